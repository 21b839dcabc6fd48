// Writing the catalogue and routines back to JSON, in the format the loaders read: load, save and load
// again gives equal data. Optional fields are written only when set, in the order the files use.
#include "core/catalogue_json.h"

namespace unclench {

namespace {

using Ordered = nlohmann::ordered_json;

std::string dump(const Ordered& j) {
    // replace: a string that is not valid UTF-8 (only possible in data built in code) must not throw
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void put_amount(Ordered& j, const char* key, const Amount& a) {
    if (!a.given()) return;
    if (a.up_to) j[key] = {{"up_to", a.high}};
    else if (a.low == a.high) j[key] = a.low;
    else j[key] = {a.low, a.high};
}

void put_text(Ordered& j, const char* key, const std::string& s) {
    if (!s.empty()) j[key] = s;
}

void put_list(Ordered& j, const char* key, const std::vector<std::string>& list) {
    if (!list.empty()) j[key] = list;
}

void put_int(Ordered& j, const char* key, int value) {
    if (value > 0) j[key] = value;
}

template <class J>
void put_opt(J& j, const char* key, const std::optional<int>& value) {
    if (value) j[key] = *value;
}

//-----------------------------------------------------------------------------
// Catalogue
//-----------------------------------------------------------------------------

Ordered dosage_json(const Dosage& d) {
    Ordered j;
    j["source"] = d.source;
    j["work"] = work_kind_name(d.work);
    put_amount(j, "hold_s", d.hold_s);
    put_amount(j, "reps", d.reps);
    put_amount(j, "sets", d.sets);
    put_amount(j, "breaths", d.breaths);
    put_amount(j, "times_per_day", d.times_per_day);
    if (d.per_side) j["per_side"] = true;
    j["as_given"] = d.as_given;
    put_list(j, "chosen", d.chosen);
    put_text(j, "note", d.note);
    return j;
}

Ordered exercise_json(const Exercise& e) {
    Ordered j;
    j["id"] = e.id;
    j["name"] = e.name;
    put_list(j, "other_names", e.other_names);
    j["cue"] = e.cue;
    j["purpose"] = e.purpose;
    j["category"] = category_name(e.category);
    j["difficulty"] = difficulty_name(e.difficulty);
    j["equipment"] = Ordered::array();
    for (Equipment q : e.equipment) j["equipment"].push_back(equipment_name(q));
    j["sides"] = side_mode_name(e.sides);
    j["figure"] = e.figure;
    j["during_spasm"] = e.during_spasm;
    put_list(j, "demands", e.demands);   // avoid_if is derived from these when the catalogue loads
    j["start"] = e.start;
    j["steps"] = e.steps;
    j["breathing"] = e.breathing;
    j["feel"] = e.feel;
    j["cautions"] = e.cautions;
    j["dosages"] = Ordered::array();
    for (const Dosage& d : e.dosages) j["dosages"].push_back(dosage_json(d));
    return j;
}

Ordered timing_json(const CareTiming& t) {
    Ordered j;
    j["kind"] = timing_kind_name(t.kind);
    put_text(j, "label", t.label);
    put_text(j, "source", t.source);
    switch (t.kind) {
    case TimingKind::Timer:
        put_int(j, "duration_s", t.duration_s);
        put_int(j, "repeat_every_s", t.repeat_every_s);
        put_int(j, "times_per_day", t.times_per_day);
        put_int(j, "for_days", t.for_days);
        break;
    case TimingKind::Blocks:
        j["blocks"] = Ordered::array();
        for (const CareBlock& b : t.blocks) {
            Ordered block = {{"label", b.label}, {"duration_s", b.duration_s}};
            if (b.cold) block["cold"] = true;
            j["blocks"].push_back(block);
        }
        put_int(j, "rounds", t.rounds);
        break;
    case TimingKind::Pacer:
        put_int(j, "inhale_s", t.inhale_s);
        put_int(j, "hold_s", t.hold_s);
        put_int(j, "exhale_s", t.exhale_s);
        put_int(j, "duration_s", t.duration_s);
        break;
    case TimingKind::Period:
        put_int(j, "max_days", t.max_days);
        break;
    case TimingKind::Reminder:
        put_int(j, "repeat_every_s", t.repeat_every_s);
        break;
    }
    put_list(j, "chosen", t.chosen);
    put_text(j, "note", t.note);
    return j;
}

Ordered care_json(const CareProtocol& c) {
    Ordered j;
    j["id"] = c.id;
    j["name"] = c.name;
    j["cue"] = c.cue;
    j["category"] = care_category_name(c.category);
    j["purpose"] = c.purpose;
    j["when"] = c.when;
    j["steps"] = c.steps;
    put_list(j, "safety", c.safety);
    j["sources"] = c.sources;
    if (!c.timing.empty()) {
        j["timing"] = Ordered::array();
        for (const CareTiming& t : c.timing) j["timing"].push_back(timing_json(t));
    }
    put_text(j, "note", c.note);
    return j;
}

//-----------------------------------------------------------------------------
// Routines
//-----------------------------------------------------------------------------

template <class J>
void put_overrides(J& parent, const TimingOverrides& t) {
    if (t.empty()) return;
    J j = J::object();
    put_opt(j, "prepare_s", t.prepare_s);
    put_opt(j, "rest_between_reps_s", t.rest_between_reps_s);
    put_opt(j, "rest_between_sets_s", t.rest_between_sets_s);
    put_opt(j, "switch_side_s", t.switch_side_s);
    put_opt(j, "breath_s", t.breath_s);
    put_opt(j, "tempo_up_s", t.tempo_up_s);
    put_opt(j, "tempo_hold_s", t.tempo_hold_s);
    put_opt(j, "tempo_down_s", t.tempo_down_s);
    parent["timing"] = j;
}

template <class J>
J step_json(const RoutineStep& s) {
    J j = J::object();
    j["exercise"] = s.exercise;
    if (!s.source.empty()) j["source"] = s.source;
    put_opt(j, "hold_s", s.hold_s);
    put_opt(j, "reps", s.reps);
    put_opt(j, "sets", s.sets);
    put_opt(j, "breaths", s.breaths);
    if (s.sides) j["sides"] = side_mode_name(*s.sides);
    put_overrides(j, s.timing);
    if (!s.note.empty()) j["note"] = s.note;
    return j;
}

template <class J>
J routine_json(const Routine& r) {
    J j = J::object();
    j["id"] = r.id;
    j["name"] = r.name;
    j["description"] = r.description;
    j["when"] = r.when;
    if (r.during_spasm) j["during_spasm"] = true;
    put_overrides(j, r.timing);
    j["steps"] = J::array();
    for (const RoutineStep& s : r.steps) j["steps"].push_back(step_json<J>(s));
    if (!r.note.empty()) j["note"] = r.note;
    return j;
}

} // namespace

std::string save_catalogue(const Catalogue& catalogue) {
    Ordered j;
    j["version"] = catalogue.version;
    j["sources"] = Ordered::array();
    for (const Source& s : catalogue.sources) {
        Ordered source = {{"id", s.id}};
        put_text(source, "file", s.file);
        source["title"] = s.title;
        j["sources"].push_back(source);
    }
    j["general_cautions"] = catalogue.general_cautions;
    j["exercises"] = Ordered::array();
    for (const Exercise& e : catalogue.exercises) j["exercises"].push_back(exercise_json(e));
    j["care"] = Ordered::array();
    for (const CareProtocol& c : catalogue.care) j["care"].push_back(care_json(c));
    return dump(j);
}

std::string save_routines(const std::vector<Routine>& routines) {
    Ordered j;
    j["version"] = kRoutinesFormatVersion;
    j["routines"] = Ordered::array();
    for (const Routine& r : routines) j["routines"].push_back(routine_json<Ordered>(r));
    return dump(j);
}

nlohmann::json routine_to_json(const Routine& routine) { return routine_json<nlohmann::json>(routine); }

} // namespace unclench
