// Reading and validating assets/catalogue.json. Rules, each reported with the path of the value:
//  - the document: an object with version (1), sources, general_cautions, exercises, care; nothing else
//  - every object: required fields present, each of the right type, no unknown fields
//  - ids: lowercase words with dashes, unique among sources, among exercises, among care protocols
//  - text: not empty, one line, not absurdly long
//  - exercises: known category, difficulty, equipment, sides, demands (each once); at least one step, one
//    caution and one dose; avoid_if is never stored: it is derived from the demands (body_demands.h); an
//    exercise marked during_spasm keeps the fresh-spasm rule (no strength work, kneeling or twisting
//    beyond the small knee rock)
//  - doses: from a known source, one per source; the fields their kind of work needs and no others;
//    amounts are a number, a range [low, high] or {"up_to": n}, within sane limits (a hold of at most
//    10 minutes, 100 reps, 20 sets, 60 breaths, 24 times a day); per_side only on a sided exercise;
//    "chosen" names only fields the dose sets
//  - care: timing fields that fit their kind and sane limits; the cold rule (cold_rule.h: 20 minutes of
//    cold a run at most, 2 hours between colds), with a contrast protocol marking its cold blocks;
//    medication carries no timing and no number anywhere in its text, so it can never state a dose
//  - sources: a file in shared/seeds, or none for our own clinical choices
//
// Index of this file:
// [SECTION] Amounts and doses
// [SECTION] Exercises
// [SECTION] Care protocols
// [SECTION] The document
#include "core/catalogue_json.h"

#include <algorithm>

#include "core/body_demands.h"
#include "core/cold_rule.h"
#include "core/json_reader.h"

namespace unclench {

namespace {

constexpr size_t kName = 60, kLine = 200, kStep = 120, kNote = 400;

//-----------------------------------------------------------------------------
// [SECTION] Amounts and doses
//-----------------------------------------------------------------------------

Amount read_amount(const Json& v, const std::string& path, int lo, int hi, const char* unit, Problems& problems) {
    if (v.is_number()) {
        auto n = read_integer(v, path, lo, hi, unit, problems);
        return n ? Amount::exactly(*n) : Amount{};
    }
    if (v.is_array()) {
        if (v.size() != 2) {
            problems.push_back({path, "a range must be two numbers, like [15, 20]"});
            return {};
        }
        auto a = read_integer(v[0], path_join(path, 0), lo, hi, unit, problems);
        auto b = read_integer(v[1], path_join(path, 1), lo, hi, unit, problems);
        if (!a || !b) return {};
        if (*a > *b) {
            problems.push_back({path, "a range must go from low to high"});
            return {};
        }
        return Amount::range(*a, *b);
    }
    if (v.is_object()) {
        ObjectReader r(v, path, problems);
        auto n = r.integer("up_to", Need::Required, lo, hi, unit);
        r.done();
        return n ? Amount::at_most(*n) : Amount{};
    }
    problems.push_back({path, "must be a number, a range like [15, 20], or {\"up_to\": 10}"});
    return {};
}

Amount amount_field(ObjectReader& r, const char* key, int lo, int hi, const char* unit, Problems& problems) {
    const Json* v = r.field(key, Need::Optional);
    return v ? read_amount(*v, r.path_of(key), lo, hi, unit, problems) : Amount{};
}

bool dose_sets(const Dosage& d, const std::string& field) {
    if (field == "hold_s") return d.hold_s.given();
    if (field == "reps") return d.reps.given();
    if (field == "sets") return d.sets.given();
    if (field == "breaths") return d.breaths.given();
    if (field == "times_per_day") return d.times_per_day.given();
    if (field == "per_side") return d.per_side;
    return false;
}

Dosage read_dosage(const Json& v, const std::string& path, const Catalogue& catalogue, const Exercise& exercise,
                   Problems& problems) {
    Dosage d;
    ObjectReader r(v, path, problems);
    d.source = r.id("source", Need::Required);
    if (!d.source.empty() && !catalogue.source(d.source))
        r.problem("source", "unknown source " + quote_value(d.source));
    const bool has_work = r.choice("work", Need::Required, kWorkKindNames, d.work);
    d.hold_s = amount_field(r, "hold_s", 1, 600, "seconds", problems);
    d.reps = amount_field(r, "reps", 1, 100, "", problems);
    d.sets = amount_field(r, "sets", 1, 20, "", problems);
    d.breaths = amount_field(r, "breaths", 1, 60, "", problems);
    d.times_per_day = amount_field(r, "times_per_day", 1, 24, "", problems);
    d.per_side = r.boolean("per_side", false);
    d.as_given = r.text("as_given", Need::Required, kLine);
    d.chosen = r.text_list("chosen", Need::Optional, 6, 20);
    d.note = r.text("note", Need::Optional, kNote);

    if (has_work) {
        const char* kind = work_kind_name(d.work);
        auto needs = [&](const char* key) { if (!r.has(key)) r.problem(key, std::string("is missing: a ") + kind + " dose needs it"); };
        auto forbids = [&](const char* key) { if (r.has(key)) r.problem(key, std::string("does not apply to a ") + kind + " dose"); };
        if (d.work == WorkKind::Hold) { needs("hold_s"); forbids("breaths"); }
        if (d.work == WorkKind::Reps) { needs("reps"); forbids("breaths"); }
        if (d.work == WorkKind::Breaths) { needs("breaths"); forbids("hold_s"); forbids("reps"); }
    }
    if (d.per_side && exercise.sides == SideMode::None)
        r.problem("per_side", "the exercise has no sides (sides is \"none\")");
    for (size_t i = 0; i < d.chosen.size(); i++)
        if (!d.chosen[i].empty() && !dose_sets(d, d.chosen[i]))
            problems.push_back({path_join(r.path_of("chosen"), i), quote_value(d.chosen[i]) + " is not a field this dose sets"});
    r.done();
    return d;
}

//-----------------------------------------------------------------------------
// [SECTION] Exercises
//-----------------------------------------------------------------------------

// Demands are known tags, each once; avoid_if follows from them, so one table decides every flag.
void read_demands(ObjectReader& r, Exercise& e, Problems& problems) {
    e.demands = r.id_list("demands", Need::Optional, kDemands.size());
    for (size_t i = 0; i < e.demands.size(); i++) {
        const std::string& d = e.demands[i];
        if (d.empty()) continue;
        if (!known_demand(d)) problems.push_back({path_join(r.path_of("demands"), i), "unknown demand " + quote_value(d)});
        else if (std::find(e.demands.begin(), e.demands.begin() + (long)i, d) != e.demands.begin() + (long)i)
            problems.push_back({path_join(r.path_of("demands"), i), "is listed twice"});
    }
    if (r.has("avoid_if")) {
        r.field("avoid_if", Need::Optional);
        r.problem("avoid_if", "is derived from demands; tag what the exercise asks of the body instead");
    }
    e.avoid_if = conditions_for_demands(e.demands);
}

Exercise read_exercise(const Json& v, const std::string& path, const Catalogue& catalogue, Problems& problems) {
    Exercise e;
    ObjectReader r(v, path, problems);
    e.id = r.id("id", Need::Required);
    e.name = r.text("name", Need::Required, kName);
    e.other_names = r.text_list("other_names", Need::Optional, 10, kName);
    e.cue = r.text("cue", Need::Required, 30);
    e.purpose = r.text("purpose", Need::Required, kLine);
    r.choice("category", Need::Required, kCategoryNames, e.category);
    r.choice("difficulty", Need::Required, kDifficultyNames, e.difficulty);
    if (const Json* list = r.list("equipment", Need::Required, 0, 3)) {
        for (size_t i = 0; i < list->size(); i++) {
            const Json& item = (*list)[i];
            std::string item_path = path_join(r.path_of("equipment"), i);
            Equipment kind = Equipment::Floor;
            if (!item.is_string() || !value_of(kEquipmentNames, item.get_ref<const std::string&>(), kind)) {
                problems.push_back({item_path, "must be one of: floor, mat, chair"});
                continue;
            }
            if (std::find(e.equipment.begin(), e.equipment.end(), kind) != e.equipment.end())
                problems.push_back({item_path, "is listed twice"});
            e.equipment.push_back(kind);
        }
    }
    r.choice("sides", Need::Required, kSideModeNames, e.sides);
    e.figure = r.id("figure", Need::Required);
    e.during_spasm = r.boolean("during_spasm", false);
    read_demands(r, e, problems);
    e.start = r.text("start", Need::Required, kLine);
    e.steps = r.text_list("steps", Need::Required, 12, kStep);
    e.breathing = r.text("breathing", Need::Required, kLine);
    e.feel = r.text("feel", Need::Required, kLine);
    e.cautions = r.text_list("cautions", Need::Required, 10, kLine);
    if (const Json* list = r.list("dosages", Need::Required, 1, 8)) {
        std::vector<std::pair<std::string, std::string>> seen;
        for (size_t i = 0; i < list->size(); i++) {
            std::string dose_path = path_join(r.path_of("dosages"), i);
            e.dosages.push_back(read_dosage((*list)[i], dose_path, catalogue, e, problems));
            seen.push_back({e.dosages.back().source, path_join(dose_path, "source")});
        }
        check_unique_ids(seen, "dose source", problems);
    }
    if (e.during_spasm) {
        std::string why = fresh_spasm_problem(e);
        if (!why.empty()) r.problem("during_spasm", "cannot be true: " + why);
    }
    r.done();
    return e;
}

//-----------------------------------------------------------------------------
// [SECTION] Care protocols
//-----------------------------------------------------------------------------

// Which timing fields each kind takes (TimingKind order).
const std::vector<std::vector<std::string>> kTimingFields = {
    {"duration_s", "repeat_every_s", "times_per_day", "for_days"},
    {"blocks", "rounds"},
    {"inhale_s", "hold_s", "exhale_s", "duration_s"},
    {"max_days"},
    {"repeat_every_s"},
};
const std::vector<std::string> kAllTimingFields = {"duration_s", "repeat_every_s", "times_per_day", "for_days",
                                                   "blocks", "rounds", "inhale_s", "hold_s", "exhale_s", "max_days"};

bool timing_sets(const CareTiming& t, const std::string& field) {
    if (field == "duration_s") return t.duration_s > 0;
    if (field == "repeat_every_s") return t.repeat_every_s > 0;
    if (field == "times_per_day") return t.times_per_day > 0;
    if (field == "for_days") return t.for_days > 0;
    if (field == "blocks") return !t.blocks.empty();
    if (field == "rounds") return t.rounds > 0;
    if (field == "inhale_s") return t.inhale_s > 0;
    if (field == "hold_s") return t.hold_s > 0;
    if (field == "exhale_s") return t.exhale_s > 0;
    if (field == "max_days") return t.max_days > 0;
    return false;
}

CareTiming read_timing(const Json& v, const std::string& path, const Catalogue& catalogue, Problems& problems) {
    CareTiming t;
    ObjectReader r(v, path, problems);
    const bool has_kind = r.choice("kind", Need::Required, kTimingKindNames, t.kind);
    t.label = r.text("label", Need::Optional, kName);
    t.source = r.id("source", Need::Optional);
    if (!t.source.empty() && !catalogue.source(t.source)) r.problem("source", "unknown source " + quote_value(t.source));
    t.chosen = r.text_list("chosen", Need::Optional, 10, 20);
    t.note = r.text("note", Need::Optional, kNote);
    if (!has_kind) {
        for (const std::string& f : kAllTimingFields) r.field(f.c_str(), Need::Optional);   // judged once the kind is known
        r.done();
        return t;
    }
    const std::vector<std::string>& fits = kTimingFields[(size_t)t.kind];
    for (const std::string& f : kAllTimingFields) {
        if (std::find(fits.begin(), fits.end(), f) != fits.end() || !r.has(f.c_str())) continue;
        r.field(f.c_str(), Need::Optional);
        r.problem(f.c_str(), std::string("does not apply to a ") + timing_kind_name(t.kind) + " timing");
    }
    auto get = [&](const char* key, Need need, int lo, int hi, const char* unit) {
        return r.integer(key, need, lo, hi, unit).value_or(0);
    };
    switch (t.kind) {
    case TimingKind::Timer:
        t.duration_s = get("duration_s", Need::Required, 1, 4 * 3600, "seconds");
        t.repeat_every_s = get("repeat_every_s", Need::Optional, 60, 7 * 86400, "seconds");
        t.times_per_day = get("times_per_day", Need::Optional, 1, 24, "");
        t.for_days = get("for_days", Need::Optional, 1, 30, "days");
        if (t.repeat_every_s > 0 && t.duration_s > t.repeat_every_s)
            r.problem("repeat_every_s", "must be at least the duration (" + std::to_string(t.duration_s) + " seconds)");
        break;
    case TimingKind::Blocks:
        if (const Json* list = r.list("blocks", Need::Required, 2, 10)) {
            for (size_t i = 0; i < list->size(); i++) {
                ObjectReader b((*list)[i], path_join(r.path_of("blocks"), i), problems);
                CareBlock block;
                block.label = b.text("label", Need::Required, kName);
                block.duration_s = b.integer("duration_s", Need::Required, 1, 2 * 3600, "seconds").value_or(0);
                block.cold = b.boolean("cold", false);
                b.done();
                t.blocks.push_back(block);
            }
        }
        t.rounds = get("rounds", Need::Optional, 1, 20, "");
        break;
    case TimingKind::Pacer:
        t.inhale_s = get("inhale_s", Need::Required, 1, 20, "seconds");
        t.hold_s = get("hold_s", Need::Optional, 0, 20, "seconds");
        t.exhale_s = get("exhale_s", Need::Required, 1, 20, "seconds");
        t.duration_s = get("duration_s", Need::Required, 10, 3600, "seconds");
        break;
    case TimingKind::Period:
        t.max_days = get("max_days", Need::Required, 1, 30, "days");
        break;
    case TimingKind::Reminder:
        t.repeat_every_s = get("repeat_every_s", Need::Required, 60, 86400, "seconds");
        break;
    }
    for (size_t i = 0; i < t.chosen.size(); i++)
        if (!t.chosen[i].empty() && !timing_sets(t, t.chosen[i]))
            problems.push_back({path_join(r.path_of("chosen"), i), quote_value(t.chosen[i]) + " is not a field this timing sets"});
    r.done();
    return t;
}

bool has_digit(const std::string& s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

// Medication notes name medicines and their risks in general terms, never a dose: no numbers at all.
void check_no_dose(const Json& v, const std::string& path, Problems& problems) {
    if (v.is_string()) {
        if (has_digit(v.get_ref<const std::string&>()))
            problems.push_back({path, "medication notes must not contain numbers (never a dose)"});
    } else if (v.is_array()) {
        for (size_t i = 0; i < v.size(); i++) check_no_dose(v[i], path_join(path, i), problems);
    }
}

// One cold rule for every protocol; a contrast protocol must say which of its blocks are cold, or the
// rule could not count them.
void check_cold(ObjectReader& r, const CareProtocol& c) {
    if (c.category == CareCategory::Contrast && !c.timing.empty() && !applies_cold(c))
        r.problem("timing", "a contrast protocol marks its cold blocks with \"cold\": true");
    std::string why = cold_rule_problem(c);
    if (!why.empty()) r.problem("timing", why);
}

CareProtocol read_care(const Json& v, const std::string& path, const Catalogue& catalogue, Problems& problems) {
    CareProtocol c;
    ObjectReader r(v, path, problems);
    c.id = r.id("id", Need::Required);
    c.name = r.text("name", Need::Required, kName);
    c.cue = r.text("cue", Need::Required, 30);
    r.choice("category", Need::Required, kCareCategoryNames, c.category);
    c.purpose = r.text("purpose", Need::Required, kLine);
    c.when = r.text("when", Need::Required, kLine);
    c.steps = r.text_list("steps", Need::Required, 12, kStep);
    c.safety = r.text_list("safety", Need::Optional, 12, kLine);
    c.sources = r.id_list("sources", Need::Required, 10);
    for (size_t i = 0; i < c.sources.size(); i++)
        if (!c.sources[i].empty() && !catalogue.source(c.sources[i]))
            problems.push_back({path_join(r.path_of("sources"), i), "unknown source " + quote_value(c.sources[i])});
    if (const Json* list = r.list("timing", Need::Optional, 0, 6))
        for (size_t i = 0; i < list->size(); i++)
            c.timing.push_back(read_timing((*list)[i], path_join(r.path_of("timing"), i), catalogue, problems));
    c.note = r.text("note", Need::Optional, kNote);
    check_cold(r, c);
    if (c.category == CareCategory::Medication && r.is_object()) {
        if (!c.timing.empty()) r.problem("timing", "medication notes carry no timing (never a dose or schedule)");
        for (const char* key : {"name", "cue", "purpose", "when", "steps", "safety", "note"})
            if (r.has(key)) check_no_dose(v[key], r.path_of(key), problems);
    }
    r.done();
    return c;
}

//-----------------------------------------------------------------------------
// [SECTION] The document
//-----------------------------------------------------------------------------

Source read_source(const Json& v, const std::string& path, Problems& problems) {
    Source s;
    ObjectReader r(v, path, problems);
    s.id = r.id("id", Need::Required);
    s.file = r.text("file", Need::Optional, 120);   // none: our own clinical choice
    s.title = r.text("title", Need::Required, kLine);
    r.done();
    return s;
}

Catalogue read_catalogue(const Json& root, Problems& problems) {
    Catalogue c;
    ObjectReader r(root, "", problems);
    if (auto version = r.integer("version", Need::Required, 1, 1000000, ""); version && *version != kCatalogueFormatVersion)
        r.problem("version", "unsupported version " + std::to_string(*version) + "; this app reads version " +
                                 std::to_string(kCatalogueFormatVersion));
    std::vector<std::pair<std::string, std::string>> ids;
    if (const Json* list = r.list("sources", Need::Required, 1, 100)) {
        for (size_t i = 0; i < list->size(); i++) {
            c.sources.push_back(read_source((*list)[i], path_join("/sources", i), problems));
            ids.push_back({c.sources.back().id, path_join(path_join("/sources", i), "id")});
        }
        check_unique_ids(ids, "source", problems);
    }
    c.general_cautions = r.text_list("general_cautions", Need::Required, 12, kLine);
    ids.clear();
    if (const Json* list = r.list("exercises", Need::Required, 1, 200)) {
        for (size_t i = 0; i < list->size(); i++) {
            c.exercises.push_back(read_exercise((*list)[i], path_join("/exercises", i), c, problems));
            ids.push_back({c.exercises.back().id, path_join(path_join("/exercises", i), "id")});
        }
        check_unique_ids(ids, "exercise", problems);
    }
    ids.clear();
    if (const Json* list = r.list("care", Need::Required, 0, 100)) {
        for (size_t i = 0; i < list->size(); i++) {
            c.care.push_back(read_care((*list)[i], path_join("/care", i), c, problems));
            ids.push_back({c.care.back().id, path_join(path_join("/care", i), "id")});
        }
        check_unique_ids(ids, "care protocol", problems);
    }
    r.done();
    return c;
}

} // namespace

LoadResult<Catalogue> load_catalogue(std::string_view json_text) {
    LoadResult<Catalogue> result;
    try {
        if (auto root = parse_json(json_text, result.problems)) {
            Catalogue c = read_catalogue(*root, result.problems);
            if (result.problems.empty()) result.data = std::move(c);
        }
    } catch (const std::exception& e) {   // a bug here must not take the app down with it
        result.data.reset();
        result.problems.push_back({"", std::string("could not be read: ") + e.what()});
    }
    return result;
}

} // namespace unclench
