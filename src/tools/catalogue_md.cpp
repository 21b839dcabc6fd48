// catalogue_md: prints the whole catalogue as Markdown for review (docs/catalogue.md): every exercise
// with each source's dose, every care protocol with its timing, every routine with its steps resolved
// as the player will run them and its length to the second.
//
//   catalogue_md [catalogue.json routines.json]     (default: the shipped assets)
//
// Exits 1 and lists the problems on stderr if either file does not load cleanly.
//
// Index of this file:
// [SECTION] Text helpers
// [SECTION] Doses and plan items
// [SECTION] Clinical rules: body demands, conditions, a fresh spasm, cold
// [SECTION] Sections
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/body_demands.h"
#include "core/catalogue_json.h"
#include "core/cold_rule.h"
#include "core/duration_format.h"
#include "core/routine_plan.h"
#include "core/session_timeline.h"

using namespace unclench;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Text helpers
//-----------------------------------------------------------------------------

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

// Table cells: a pipe would end the cell.
std::string cell(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out.empty() ? "—" : out;
}

std::string join(const std::vector<std::string>& items, const char* sep = ", ") {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

std::string amount(const Amount& a) {
    if (a.up_to) return "up to " + std::to_string(a.high);
    if (a.low == a.high) return std::to_string(a.low);
    return std::to_string(a.low) + "-" + std::to_string(a.high);
}

std::string seconds(int s) {
    if (s >= 3600 && s % 3600 == 0) return std::to_string(s / 3600) + " h";
    if (s >= 60 && s % 60 == 0) return std::to_string(s / 60) + " min";
    if (s > 60) return format_clock((int64_t)s * 1000);
    return std::to_string(s) + " s";
}

std::string ms_text(int ms) {
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

//-----------------------------------------------------------------------------
// [SECTION] Doses and plan items
//-----------------------------------------------------------------------------

std::string dose_numbers(const Dosage& d) {
    std::vector<std::string> parts;
    if (d.work == WorkKind::Hold && d.hold_s.given()) parts.push_back("hold " + amount(d.hold_s) + " s");
    if (d.work == WorkKind::Hold && d.reps.given()) parts.push_back(amount(d.reps) + " times");
    if (d.work == WorkKind::Reps && d.reps.given()) parts.push_back(amount(d.reps) + " reps");
    if (d.work == WorkKind::Reps && d.hold_s.given()) parts.push_back("pause " + amount(d.hold_s) + " s at the top");
    if (d.breaths.given()) parts.push_back(amount(d.breaths) + " breaths");
    if (d.sets.given()) parts.push_back(amount(d.sets) + " sets");
    if (d.per_side) parts.push_back("each side");
    if (d.times_per_day.given()) parts.push_back(amount(d.times_per_day) + " times a day");
    return join(parts);
}

// Dose field names as words ("hold_s" -> "hold").
std::string field_words(const std::vector<std::string>& fields) {
    std::vector<std::string> out;
    for (const std::string& f : fields) {
        if (f == "hold_s") out.push_back("hold");
        else if (f == "per_side") out.push_back("per side");
        else if (f == "times_per_day") out.push_back("times a day");
        else if (f == "repeat_every_s") out.push_back("interval");
        else if (f.size() > 2 && f.compare(f.size() - 2, 2, "_s") == 0) out.push_back(f.substr(0, f.size() - 2));
        else out.push_back(f);
    }
    return join(out);
}

std::string item_dose(const PlanItem& item) {
    std::string s;
    switch (item.kind) {
    case WorkKind::Hold:
        s = std::to_string(item.reps) + " × " + ms_text(item.hold_ms) + " hold";
        if (item.reps > 1 || item.sides == SideMode::Alternating) s += ", " + ms_text(item.rest_between_reps_ms) + " rest";
        break;
    case WorkKind::Reps:
        s = std::to_string(item.reps) + " reps at " + ms_text(item.tempo.up_ms) + " up, " + ms_text(item.tempo.hold_ms) +
            " pause, " + ms_text(item.tempo.down_ms) + " down";
        if (item.rest_between_reps_ms > 0) s += ", " + ms_text(item.rest_between_reps_ms) + " rest";
        break;
    case WorkKind::Breaths:
        s = std::to_string(item.breaths) + " breaths of " + ms_text(item.breath_ms);
        break;
    }
    if (item.sets > 1) s += "; " + std::to_string(item.sets) + " sets, " + ms_text(item.rest_between_sets_ms) + " between";
    if (item.sides == SideMode::EachSide) s += "; each side (" + ms_text(item.switch_side_ms) + " to switch)";
    if (item.sides == SideMode::Alternating) s += "; sides alternating";
    s += "; get ready " + ms_text(item.prepare_ms);
    return s;
}

std::string timing_text(const CareTiming& t) {
    std::string s = std::string("**") + timing_kind_name(t.kind) + "**";
    if (!t.label.empty()) s += " \"" + t.label + "\"";
    s += ": ";
    switch (t.kind) {
    case TimingKind::Timer:
        s += seconds(t.duration_s);
        if (t.repeat_every_s) s += ", every " + seconds(t.repeat_every_s) + " (start to start)";
        if (t.times_per_day) s += ", " + std::to_string(t.times_per_day) + " times a day";
        if (t.for_days) s += ", for " + std::to_string(t.for_days) + " days";
        break;
    case TimingKind::Blocks: {
        std::vector<std::string> blocks;
        for (const CareBlock& b : t.blocks) blocks.push_back(b.label + " " + seconds(b.duration_s));
        s += join(blocks, " then ");
        if (t.rounds) s += ", " + std::to_string(t.rounds) + " rounds";
        break;
    }
    case TimingKind::Pacer:
        s += "in " + seconds(t.inhale_s);
        if (t.hold_s) s += ", hold " + seconds(t.hold_s);
        s += ", out " + seconds(t.exhale_s) + ", for " + seconds(t.duration_s);
        break;
    case TimingKind::Period:
        s += "up to " + std::to_string(t.max_days) + " days";
        break;
    case TimingKind::Reminder:
        s += "every " + seconds(t.repeat_every_s);
        break;
    }
    if (!t.source.empty()) s += " (" + t.source + ")";
    if (!t.chosen.empty()) s += "; our choice: " + field_words(t.chosen);
    if (!t.note.empty()) s += ". " + t.note;
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Clinical rules: body demands, conditions, a fresh spasm, cold
//-----------------------------------------------------------------------------

// The exercises whose avoid_if holds this condition, by name.
std::string flagged_by(const Catalogue& c, const std::string& condition) {
    std::vector<std::string> names;
    for (const Exercise& e : c.exercises)
        if (std::find(e.avoid_if.begin(), e.avoid_if.end(), condition) != e.avoid_if.end()) names.push_back(e.name);
    return join(names);
}

// The tables in core/body_demands.cpp and core/cold_rule.h, so a reviewer sees every rule and its reason.
void print_rules(std::ostream& out, const Catalogue& c) {
    out << "## Clinical rules\n\n### What an exercise asks of the body\n\n| Demand | Meaning |\n|---|---|\n";
    for (const Demand& d : kDemands) out << "| `" << d.id << "` | " << cell(d.meaning) << " |\n";
    out << "\n### Conditions and the demands they conflict with\n\n"
        << "An exercise with any of a condition's demands is marked for a person who reported that condition "
           "(its avoid_if is derived from its demands when the catalogue loads).\n\n"
        << "| Condition | Conflicts with | Exercises marked | Why |\n|---|---|---|---|\n";
    for (const ConditionRule& r : kConditionRules)
        out << "| `" << r.condition << "` | " << join(r.demands) << " | " << cell(flagged_by(c, r.condition)) << " | "
            << cell(r.reason) << " |\n";
    out << "\n### A fresh spasm\n\nAn exercise marked for a spasm, and so every routine marked for one, holds no "
           "strength work, no kneeling or all fours, and no twisting except `"
        << kSpasmSmallTwist << "` done small with the feet on the floor. Such routines may be done on a firm bed; "
           "the care entry on getting down and up says how to reach the floor and rise again.\n\n"
        << "### Cold\n\nOne rule for every timer and reminder: at most " << kColdMaxPerRunS / 60
        << " minutes of cold in one run, and " << kColdGapS / 3600
        << " hours from the start of one cold to the next, whichever protocol applied it.\n\n";
}

//-----------------------------------------------------------------------------
// [SECTION] Sections
//-----------------------------------------------------------------------------

void print_numbered(std::ostream& out, const std::vector<std::string>& lines) {
    for (size_t i = 0; i < lines.size(); i++) out << i + 1 << ". " << lines[i] << "\n";
}

void print_exercise(std::ostream& out, const Exercise& e) {
    out << "### " << e.name << " (`" << e.id << "`)\n\n";
    out << e.purpose << "\n\n";
    if (!e.other_names.empty()) out << "- Also called: " << join(e.other_names, "; ") << "\n";
    out << "- Voice cue: \"" << e.cue << "\"\n";
    std::vector<std::string> equipment;
    for (Equipment q : e.equipment) equipment.push_back(equipment_name(q));
    out << "- " << category_name(e.category) << ", " << difficulty_name(e.difficulty) << "; sides: "
        << side_mode_name(e.sides) << "; equipment: " << (equipment.empty() ? "none" : join(equipment))
        << "; figure: `" << e.figure << "`\n";
    out << "- During a spasm: " << (e.during_spasm ? "yes" : "no");
    if (!e.demands.empty()) out << "; asks for: " << join(e.demands);
    if (!e.avoid_if.empty()) out << "; marked for: " << join(e.avoid_if);
    out << "\n- Start: " << e.start << "\n\n";
    print_numbered(out, e.steps);
    out << "\n- Breathing: " << e.breathing << "\n- Feel: " << e.feel << "\n- Cautions:\n";
    for (const std::string& c : e.cautions) out << "  - " << c << "\n";
    out << "\n| Source | Dose as the source gives it | Numbers | Our choice | Note |\n|---|---|---|---|---|\n";
    for (const Dosage& d : e.dosages)
        out << "| " << d.source << " | " << cell(d.as_given) << " | " << cell(dose_numbers(d)) << " | "
            << cell(field_words(d.chosen)) << " | " << cell(d.note) << " |\n";
    out << "\n";
}

void print_care(std::ostream& out, const CareProtocol& c) {
    out << "### " << c.name << " (`" << c.id << "`, " << care_category_name(c.category) << ")\n\n";
    out << c.purpose << "\n\n- When: " << c.when << "\n- Voice cue: \"" << c.cue << "\"\n- Sources: "
        << join(c.sources) << "\n\n";
    print_numbered(out, c.steps);
    if (!c.safety.empty()) {
        out << "\nSafety:\n";
        for (const std::string& s : c.safety) out << "- " << s << "\n";
    }
    if (!c.timing.empty()) {
        out << "\nTiming:\n";
        for (const CareTiming& t : c.timing) out << "- " << timing_text(t) << "\n";
    }
    if (!c.note.empty()) out << "\nNote: " << c.note << "\n";
    out << "\n";
}

void print_routine(std::ostream& out, const Routine& r, const Catalogue& catalogue) {
    const SessionPlan plan = make_plan(r, catalogue);
    const int64_t total = plan_duration_ms(plan);
    out << "### " << r.name << " (`" << r.id << "`): " << format_clock(total) << "\n\n";
    out << r.description << "\n\n- When: " << r.when << "\n- During a spasm: " << (r.during_spasm ? "yes" : "no")
        << "\n- Length with default settings: " << format_clock(total) << " (" << total / 1000 << " s)\n";
    if (!r.timing.empty()) out << "- Routine timing: `" << routine_to_json(r)["timing"].dump() << "`\n";
    if (!r.note.empty()) out << "- Note: " << r.note << "\n";
    out << "\n| # | Exercise | Source | As played | Length | Note |\n|---|---|---|---|---|---|\n";
    for (size_t i = 0; i < r.steps.size() && i < plan.items.size(); i++) {
        const RoutineStep& step = r.steps[i];
        const Exercise* e = catalogue.exercise(step.exercise);
        const Dosage* d = e ? e->dosage(step.source) : nullptr;
        out << "| " << i + 1 << " | " << cell(plan.items[i].name) << " | " << (d ? d->source : "?") << " | "
            << cell(item_dose(plan.items[i])) << " | " << format_clock(item_duration_ms(plan.items[i])) << " | "
            << cell(step.note) << " |\n";
    }
    out << "\n";
}

void print_problems(const char* file, const std::vector<Problem>& problems) {
    for (const Problem& p : problems) std::cerr << file << ": " << to_string(p) << "\n";
}

} // namespace

int main(int argc, char** argv) {
    std::string catalogue_path = std::string(UNCLENCH_ASSETS_DIR) + "/catalogue.json";
    std::string routines_path = std::string(UNCLENCH_ASSETS_DIR) + "/routines.json";
    if (argc == 3) {
        catalogue_path = argv[1];
        routines_path = argv[2];
    } else if (argc != 1) {
        std::cerr << "usage: catalogue_md [catalogue.json routines.json]\n";
        return 2;
    }
    std::string catalogue_text, routines_text;
    if (!read_file(catalogue_path, catalogue_text) || !read_file(routines_path, routines_text)) {
        std::cerr << "catalogue_md: cannot read " << catalogue_path << " or " << routines_path << "\n";
        return 1;
    }
    LoadResult<Catalogue> catalogue = load_catalogue(catalogue_text);
    if (!catalogue.ok()) {
        print_problems("catalogue.json", catalogue.problems);
        return 1;
    }
    LoadResult<std::vector<Routine>> routines = load_routines(routines_text, *catalogue.data);
    if (!routines.ok()) {
        print_problems("routines.json", routines.problems);
        return 1;
    }

    const Catalogue& c = *catalogue.data;
    const PlanSettings defaults;
    std::ostream& out = std::cout;
    out << "# Unclench catalogue\n\n"
        << "Generated by `scripts/catalogue-md.sh` (src/tools/catalogue_md.cpp) from `assets/catalogue.json` and "
           "`assets/routines.json`. Do not edit by hand.\n\n"
        << "Doses keep each source's numbers; where a source is vague, the \"Our choice\" column names the values we "
           "chose. Routine lengths use the default settings: get ready " << ms_text(defaults.prepare_ms)
        << ", rest between holds " << ms_text(defaults.rest_between_reps_ms) << ", between sets "
        << ms_text(defaults.rest_between_sets_ms) << ", switch side " << ms_text(defaults.switch_side_ms)
        << ", rep tempo " << defaults.tempo.up_ms / 1000 << "/" << defaults.tempo.hold_ms / 1000 << "/"
        << defaults.tempo.down_ms / 1000 << " s, one breath " << ms_text(defaults.breath_ms) << ".\n\n";

    out << "## Contents\n\n- " << c.exercises.size() << " exercises\n- " << c.care.size() << " home-care protocols\n- "
        << routines.data->size() << " routines:";
    for (const Routine& r : *routines.data)
        out << " " << r.id << " (" << format_clock(routine_duration_ms(r, c)) << ")" << (&r == &routines.data->back() ? "" : ",");
    out << "\n\n## Sources\n\n| Id | File in shared/seeds | Title |\n|---|---|---|\n";
    for (const Source& s : c.sources) out << "| " << s.id << " | " << cell(s.file) << " | " << cell(s.title) << " |\n";
    out << "\n## General cautions\n\n";
    for (const std::string& g : c.general_cautions) out << "- " << g << "\n";
    out << "\n";
    print_rules(out, c);
    out << "## Exercises\n\n";
    for (const Exercise& e : c.exercises) print_exercise(out, e);
    out << "## Home care\n\n";
    for (const CareProtocol& p : c.care) print_care(out, p);
    out << "## Routines\n\n";
    for (const Routine& r : *routines.data) print_routine(out, r, c);
    return 0;
}
