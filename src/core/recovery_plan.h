// The recovery plan's rules (issue 15, "Recovery companion"): when an episode moves on from Calm to
// Move to Strengthen or steps back, when to suggest seeing a clinician, what today's plan holds, which
// lesson is open, how exercises that hurt are played, and how finished sessions tick the plan.
// Every rule and threshold is in recovery_plan.cpp, with its source. Pure: days and times come in.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/episode.h"
#include "core/routine.h"

namespace unclench {

//---- Phase changes

struct PlanChange {
    bool recorded = true;          // apply_check_in: false when the check-in was not valid (nothing changed)
    bool changed = false;          // the phase changed
    RecoveryPhase from = RecoveryPhase::Calm;
    RecoveryPhase to = RecoveryPhase::Calm;        // the phase now
    std::string reason;            // the words shown: why it changed, or why it would have ("" for no change)
    bool held_by_clinician = false;   // the rules asked for a change a clinician's plan overrides
    RecoveryPhase suggested = RecoveryPhase::Calm;    // what the rules asked for (equals `to` unless held)
};

// Records the check-in (replacing one on the same day), then applies the rules.
PlanChange apply_check_in(Episode& episode, const CheckIn& check_in);
// "Stop, it hurts" in a session on `day`: remembers the exercise (left out until the person chooses
// otherwise) and steps back one phase.
PlanChange apply_stop_it_hurts(Episode& episode, int64_t day, int64_t at, const std::string& exercise_id);

//---- A clinician's plan

// The clinician takes control: their phase applies at once ("Set by <clinic>"), the rules change
// nothing until the person hands control back. A clinician may set any phase.
void set_clinician_plan(Episode& episode, const ClinicianPlan& plan, int64_t day, int64_t at);
// Back to automatic: the phase stays where it is, and the rules apply from the next check-in.
void hand_back_control(Episode& episode);

//---- The "see a clinician" card

struct ClinicianCard {
    bool show = false;
    std::vector<CardReason> reasons;   // every reason that applies today, dismissed or not
    std::string text;                  // the card's words ("" when hidden)
};
std::vector<CardReason> card_reasons(const Episode& episode, int64_t day);
ClinicianCard clinician_card(const Episode& episode, int64_t day);
void dismiss_card(Episode& episode, int64_t day, int64_t at);
const char* card_reason_text(CardReason reason);

//---- Status

struct PlanStatus {
    RecoveryPhase phase = RecoveryPhase::Calm;
    int day_of_episode = 1;
    std::string reason;        // why the episode is in this phase (the last change's words)
    bool clinician_in_control = false;
    std::string set_by;        // "Set by Riverside Physio" while a clinician is in control
    ClinicianCard card;
};
PlanStatus plan_status(const Episode& episode, int64_t day);

//---- Lessons: one opens each day of the episode, in the order given (assets/lessons.json)

std::vector<std::string> unlocked_lessons(const Episode& episode, int64_t day, const std::vector<std::string>& lesson_ids);
// The lesson that opens on `day`, or "" once every lesson is open.
std::string lesson_of_day(const Episode& episode, int64_t day, const std::vector<std::string>& lesson_ids);

//---- Today's plan

enum class ItemKind { Routine, Care, Walk, MoveHourly, FlareUpPlan, Lesson };
inline constexpr EnumName<ItemKind> kItemKindNames[] = {
    {ItemKind::Routine, "routine"}, {ItemKind::Care, "care"},           {ItemKind::Walk, "walk"},
    {ItemKind::MoveHourly, "move-hourly"}, {ItemKind::FlareUpPlan, "flare-up-plan"}, {ItemKind::Lesson, "lesson"}};

struct DayItem {
    ItemKind kind = ItemKind::Routine;
    std::string id;                   // routine id, care protocol id or lesson id (assets)
    std::string key;                  // item_key(kind, id): what done counts are kept under
    int times = 1;                    // times a day planned
    bool as_often_as_helps = false;   // `times` is a most, not a goal: one counts as done
    int minutes = 0;                  // walks: minutes each time
    std::string words;                // the line shown
};

struct DayPlan {
    int64_t day = 0;
    RecoveryPhase phase = RecoveryPhase::Calm;
    std::vector<DayItem> items;
};

std::string item_key(ItemKind kind, const std::string& id);   // "routine:relief-now", "walk:walk"
DayPlan plan_for_day(const Episode& episode, int64_t day, const std::vector<std::string>& lesson_ids);

//---- Ticking and adherence

// Finishing a session of routine R or a care timer P on the plan's day ticks its item. False when the
// plan has no such item (nothing is counted).
bool tick_routine(Episode& episode, const DayPlan& plan, const std::string& routine_id);
bool tick_care(Episode& episode, const DayPlan& plan, const std::string& protocol_id);
bool tick_item(Episode& episode, const DayPlan& plan, const std::string& key);
// Items done and planned on the plan's day: each item counts up to its planned times (one for an
// "as often as it helps" item), so doing one thing three times does not stand for three others.
struct PlanCount {
    int done = 0;
    int planned = 0;
};
PlanCount plan_count(const Episode& episode, const DayPlan& plan);
// Done over planned, 0..1 (plan_count's numbers). 0 for an empty plan.
double adherence(const Episode& episode, const DayPlan& plan);

//---- Meaningful change: the thresholds the rules above use, for pictures and words that show them

// A drop in pain from `from` to `to` the person can feel: 2 points or 30%, whichever is met.
bool pain_change_felt(int from, int to);
// The smallest drop from `from` that is felt (0 when `from` is 0: nothing is left to fall). For a
// `from` above 0, a pain at or below from - pain_felt_drop(from) is exactly what pain_change_felt says.
double pain_felt_drop(int from);
// A change in PSFS smaller than this is within the scale's measurement error.
double psfs_error_points();

//---- Exercises that hurt

// The steps to play: an exercise that hurt is left out, or played at half its hold (held exercises),
// reps (moving ones) or breaths, rounded up and never below 1. The catalogue gives the dose a step
// does not set. Other steps are unchanged.
std::vector<RoutineStep> steps_to_play(const std::vector<RoutineStep>& steps, const Catalogue& catalogue,
                                       const std::vector<HurtExercise>& hurt);
int halved(int value);   // 7 -> 4, 1 -> 1

} // namespace unclench
