// Reading and validating routines: assets/routines.json, and single custom routines from the builder
// or a share link (the same format and rules). Rules, each reported with the path of the value:
//  - routines.json: an object with version (1) and routines (1 or more, unique ids); nothing else
//  - a routine: id, name, description, when, steps (1-40); optional during_spasm, timing, note
//  - a step: a known exercise; a source the exercise has a dose from; overrides that fit the dose's kind
//    of work (no hold_s or reps on a breaths dose, no breaths on the others); sides changed only between
//    each_side and alternating; numbers in sane limits (a hold of at most 10 minutes)
//  - timing: whole seconds within limits (get ready up to 2 minutes, rests up to 10, a breath 2-30 s)
//  - a routine marked during_spasm uses only exercises marked during_spasm in the catalogue (which keep
//    the fresh-spasm rule, body_demands.h). In routines.json that is a problem; a single routine (custom,
//    shared or resumed) saved before an exercise lost its mark simply loses the tag, so a catalogue
//    change never hides a person's own routine
#include "core/catalogue_json.h"

#include "core/json_reader.h"

namespace unclench {

namespace {

constexpr size_t kMaxRoutineText = 256 * 1024;   // a share link or stored custom routine never comes near

TimingOverrides read_overrides(ObjectReader& parent, const char* key, Problems& problems) {
    TimingOverrides t;
    const Json* v = parent.field(key, Need::Optional);
    if (!v) return t;
    ObjectReader r(*v, parent.path_of(key), problems);
    t.prepare_s = r.integer("prepare_s", Need::Optional, 0, 120, "seconds");
    t.rest_between_reps_s = r.integer("rest_between_reps_s", Need::Optional, 0, 600, "seconds");
    t.rest_between_sets_s = r.integer("rest_between_sets_s", Need::Optional, 0, 600, "seconds");
    t.switch_side_s = r.integer("switch_side_s", Need::Optional, 0, 120, "seconds");
    t.breath_s = r.integer("breath_s", Need::Optional, 2, 30, "seconds");
    t.tempo_up_s = r.integer("tempo_up_s", Need::Optional, 1, 30, "seconds");
    t.tempo_hold_s = r.integer("tempo_hold_s", Need::Optional, 0, 60, "seconds");
    t.tempo_down_s = r.integer("tempo_down_s", Need::Optional, 1, 30, "seconds");
    r.done();
    return t;
}

void check_step_against_catalogue(ObjectReader& r, const RoutineStep& s, const Exercise& e, bool during_spasm) {
    const Dosage* dose = e.dosage(s.source);
    if (!dose) {
        r.problem("source", "exercise " + quote_value(e.id) + " has no dose from source " + quote_value(s.source));
        return;
    }
    const std::string kind = work_kind_name(dose->work);
    auto forbids = [&](const char* key) { if (r.has(key)) r.problem(key, "does not apply to " + quote_value(e.id) + " (a " + kind + " dose)"); };
    if (dose->work == WorkKind::Breaths) { forbids("hold_s"); forbids("reps"); }
    else forbids("breaths");
    if (s.sides) {
        if (e.sides == SideMode::None && *s.sides != SideMode::None)
            r.problem("sides", quote_value(e.id) + " has no sides");
        if (e.sides != SideMode::None && *s.sides == SideMode::None)
            r.problem("sides", quote_value(e.id) + " works one side at a time: use each_side or alternating");
    }
    if (during_spasm && !e.during_spasm)
        r.problem("exercise", quote_value(e.id) + " is not gentle enough for a routine used during a spasm");
}

RoutineStep read_step(const Json& v, const std::string& path, const Catalogue& catalogue, bool during_spasm,
                      Problems& problems) {
    RoutineStep s;
    ObjectReader r(v, path, problems);
    s.exercise = r.id("exercise", Need::Required);
    s.source = r.id("source", Need::Optional);
    s.hold_s = r.integer("hold_s", Need::Optional, 1, 600, "seconds");
    s.reps = r.integer("reps", Need::Optional, 1, 100, "");
    s.sets = r.integer("sets", Need::Optional, 1, 20, "");
    s.breaths = r.integer("breaths", Need::Optional, 1, 60, "");
    SideMode sides = SideMode::None;
    if (r.choice("sides", Need::Optional, kSideModeNames, sides)) s.sides = sides;
    s.timing = read_overrides(r, "timing", problems);
    s.note = r.text("note", Need::Optional, 400);
    if (!s.exercise.empty()) {
        if (const Exercise* e = catalogue.exercise(s.exercise))
            check_step_against_catalogue(r, s, *e, during_spasm);
        else
            r.problem("exercise", "unknown exercise " + quote_value(s.exercise));
    }
    r.done();
    return s;
}

// A single routine's spasm tag follows today's catalogue: it holds only if every exercise still may.
bool all_during_spasm(const Routine& routine, const Catalogue& catalogue) {
    for (const RoutineStep& s : routine.steps) {
        const Exercise* e = catalogue.exercise(s.exercise);
        if (e && !e->during_spasm) return false;
    }
    return true;
}

enum class SpasmTag { Checked, Follows };   // routines.json: a problem; a single routine: the tag follows

Routine read_routine(const Json& v, const std::string& path, const Catalogue& catalogue, Problems& problems,
                     SpasmTag spasm_tag) {
    Routine routine;
    ObjectReader r(v, path, problems);
    routine.id = r.id("id", Need::Required);
    routine.name = r.text("name", Need::Required, 60);
    routine.description = r.text("description", Need::Required, 200);
    routine.when = r.text("when", Need::Required, 200);
    const bool tagged = r.boolean("during_spasm", false);
    routine.during_spasm = spasm_tag == SpasmTag::Checked && tagged;   // a followed tag is set below
    routine.timing = read_overrides(r, "timing", problems);
    if (const Json* list = r.list("steps", Need::Required, 1, 40))
        for (size_t i = 0; i < list->size(); i++)
            routine.steps.push_back(
                read_step((*list)[i], path_join(r.path_of("steps"), i), catalogue, routine.during_spasm, problems));
    routine.note = r.text("note", Need::Optional, 400);
    if (spasm_tag == SpasmTag::Follows) routine.during_spasm = tagged && all_during_spasm(routine, catalogue);
    r.done();
    return routine;
}

std::vector<Routine> read_routines(const Json& root, const Catalogue& catalogue, Problems& problems) {
    std::vector<Routine> out;
    ObjectReader r(root, "", problems);
    if (auto version = r.integer("version", Need::Required, 1, 1000000, ""); version && *version != kRoutinesFormatVersion)
        r.problem("version", "unsupported version " + std::to_string(*version) + "; this app reads version " +
                                 std::to_string(kRoutinesFormatVersion));
    if (const Json* list = r.list("routines", Need::Required, 1, 200)) {
        std::vector<std::pair<std::string, std::string>> ids;
        for (size_t i = 0; i < list->size(); i++) {
            out.push_back(read_routine((*list)[i], path_join("/routines", i), catalogue, problems, SpasmTag::Checked));
            ids.push_back({out.back().id, path_join(path_join("/routines", i), "id")});
        }
        check_unique_ids(ids, "routine", problems);
    }
    r.done();
    return out;
}

// Runs a reader so that nothing escapes and nothing half-read is kept.
template <class T, class Read>
LoadResult<T> guarded(Read read) {
    LoadResult<T> result;
    try {
        T value = read(result.problems);
        if (result.problems.empty()) result.data = std::move(value);
    } catch (const std::exception& e) {
        result.data.reset();
        result.problems.push_back({"", std::string("could not be read: ") + e.what()});
    }
    return result;
}

} // namespace

LoadResult<std::vector<Routine>> load_routines(std::string_view json_text, const Catalogue& catalogue) {
    return guarded<std::vector<Routine>>([&](Problems& problems) {
        auto root = parse_json(json_text, problems);
        return root ? read_routines(*root, catalogue, problems) : std::vector<Routine>{};
    });
}

LoadResult<Routine> load_routine(const nlohmann::json& value, const Catalogue& catalogue) {
    return guarded<Routine>([&](Problems& problems) { return read_routine(value, "", catalogue, problems, SpasmTag::Follows); });
}

LoadResult<Routine> load_routine_text(std::string_view json_text, const Catalogue& catalogue) {
    return guarded<Routine>([&](Problems& problems) {
        if (json_text.size() > kMaxRoutineText) {
            problems.push_back({"", "is too large to be a routine"});
            return Routine{};
        }
        auto root = parse_json(json_text, problems);
        return root ? read_routine(*root, "", catalogue, problems, SpasmTag::Follows) : Routine{};
    });
}

LoadResult<Routine> load_routine(std::string_view json_text, const Catalogue& catalogue) {
    return load_routine_text(json_text, catalogue);
}

LoadResult<Routine> load_routine(const std::string& json_text, const Catalogue& catalogue) {
    return load_routine_text(json_text, catalogue);
}

LoadResult<Routine> load_routine(const char* json_text, const Catalogue& catalogue) {
    return load_routine_text(json_text ? std::string_view(json_text) : std::string_view(), catalogue);
}

} // namespace unclench
