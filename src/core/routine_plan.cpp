#include "core/routine_plan.h"

#include "core/session_timeline.h"

namespace unclench {

namespace {

int ms(int seconds) { return seconds * 1000; }

// step > routine > user setting
int pick_ms(const std::optional<int>& step_s, const std::optional<int>& routine_s, int setting_ms) {
    if (step_s) return ms(*step_s);
    if (routine_s) return ms(*routine_s);
    return setting_ms;
}

int count(const std::optional<int>& step, const Amount& dose, int fallback) {
    if (step) return *step;
    return dose.given() ? dose.planned() : fallback;
}

Tempo resolve_tempo(const RoutineStep& step, const Dosage& dose, const TimingOverrides& routine,
                    const PlanSettings& settings) {
    Tempo t;
    t.up_ms = pick_ms(step.timing.tempo_up_s, routine.tempo_up_s, settings.tempo.up_ms);
    t.down_ms = pick_ms(step.timing.tempo_down_s, routine.tempo_down_s, settings.tempo.down_ms);
    if (step.hold_s) t.hold_ms = ms(*step.hold_s);
    else if (step.timing.tempo_hold_s) t.hold_ms = ms(*step.timing.tempo_hold_s);
    else if (dose.hold_s.given()) t.hold_ms = ms(dose.hold_s.planned());
    else if (routine.tempo_hold_s) t.hold_ms = ms(*routine.tempo_hold_s);
    else t.hold_ms = settings.tempo.hold_ms;
    return t;
}

} // namespace

PlanItem make_item(const RoutineStep& step, const Exercise& exercise, const Dosage& dose,
                   const TimingOverrides& routine, const PlanSettings& settings) {
    PlanItem item;
    item.exercise_id = exercise.id;
    item.name = exercise.name;
    item.figure = exercise.figure;
    item.steps.push_back(exercise.start);
    item.steps.insert(item.steps.end(), exercise.steps.begin(), exercise.steps.end());
    item.cautions = exercise.cautions;
    item.kind = dose.work;
    item.sets = count(step.sets, dose.sets, 1);
    item.sides = step.sides.value_or(exercise.sides);
    item.prepare_ms = pick_ms(step.timing.prepare_s, routine.prepare_s, settings.prepare_ms);
    item.rest_between_sets_ms = pick_ms(step.timing.rest_between_sets_s, routine.rest_between_sets_s,
                                        settings.rest_between_sets_ms);
    item.switch_side_ms = pick_ms(step.timing.switch_side_s, routine.switch_side_s, settings.switch_side_ms);
    item.breath_ms = pick_ms(step.timing.breath_s, routine.breath_s, settings.breath_ms);
    switch (dose.work) {
    case WorkKind::Hold:
        item.hold_ms = ms(count(step.hold_s, dose.hold_s, 1));
        item.reps = count(step.reps, dose.reps, 1);
        item.rest_between_reps_ms = pick_ms(step.timing.rest_between_reps_s, routine.rest_between_reps_s,
                                            settings.rest_between_reps_ms);
        break;
    case WorkKind::Reps:
        item.reps = count(step.reps, dose.reps, 1);
        item.tempo = resolve_tempo(step, dose, routine, settings);
        item.rest_between_reps_ms = step.timing.rest_between_reps_s ? ms(*step.timing.rest_between_reps_s) : 0;
        break;
    case WorkKind::Breaths:
        item.breaths = count(step.breaths, dose.breaths, 1);
        item.reps = 1;
        item.rest_between_reps_ms = 0;
        break;
    }
    return item;
}

SessionPlan make_plan(const Routine& routine, const Catalogue& catalogue, const PlanSettings& settings) {
    SessionPlan plan;
    plan.routine_id = routine.id;
    plan.routine_name = routine.name;
    for (const RoutineStep& step : routine.steps) {
        const Exercise* exercise = catalogue.exercise(step.exercise);
        const Dosage* dose = exercise ? exercise->dosage(step.source) : nullptr;
        if (dose) plan.items.push_back(make_item(step, *exercise, *dose, routine.timing, settings));
    }
    return plan;
}

int64_t routine_duration_ms(const Routine& routine, const Catalogue& catalogue, const PlanSettings& settings) {
    return plan_duration_ms(make_plan(routine, catalogue, settings));
}

bool suits_fresh_spasm(const Routine& routine, const Catalogue& catalogue) {
    if (routine.during_spasm) return true;
    if (routine.steps.empty()) return false;
    for (const RoutineStep& step : routine.steps) {
        const Exercise* e = catalogue.exercise(step.exercise);
        if (!e || !e->during_spasm) return false;
    }
    return true;
}

} // namespace unclench
