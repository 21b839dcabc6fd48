// One back episode as data: how and when it began, the person's own hard activities, a check-in a
// day, the phases it went through and why, the exercises that hurt, a clinician's plan if there is
// one, the dismissed "see a clinician" card, and what was done each day.
// Pure data with small edits that keep it consistent; every rule that reads it (phases, today's plan,
// the clinician card) lives in recovery_plan.h. Days are local day numbers (progress_calendar.h
// local_day); times are epoch seconds passed in by the caller.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/enum_names.h"
#include "core/progress_notice.h"

namespace unclench {

// The recovery phases (not session_timeline.h's Phase, a step of a session).
enum class RecoveryPhase { Calm, Move, Strengthen };
inline constexpr EnumName<RecoveryPhase> kRecoveryPhaseNames[] = {
    {RecoveryPhase::Calm, "calm"}, {RecoveryPhase::Move, "move"}, {RecoveryPhase::Strengthen, "strengthen"}};
const char* phase_name(RecoveryPhase phase);    // "calm", "move", "strengthen"
const char* phase_title(RecoveryPhase phase);   // "Calm", "Move", "Strengthen": the words shown

// What to do with an exercise that hurt, until the person says it felt fine.
enum class HurtChoice { LeaveOut, Half };
inline constexpr EnumName<HurtChoice> kHurtChoiceNames[] = {{HurtChoice::LeaveOut, "leave-out"}, {HurtChoice::Half, "half"}};

// Why the "see a clinician" card shows (recovery_plan.h has the rules).
enum class CardReason { NoImprovement, Worse, LongEpisode };
inline constexpr EnumName<CardReason> kCardReasonNames[] = {
    {CardReason::NoImprovement, "no-improvement"}, {CardReason::Worse, "worse"}, {CardReason::LongEpisode, "long"}};

// Limits. Names count characters (UTF-8 code points), not bytes.
constexpr int kPainMax = 10;                 // the 0-10 numeric pain rating scale
constexpr int kScoreMax = 10;                // PSFS: 0 = unable, 10 = as before the problem
constexpr size_t kMaxActiveActivities = 3;   // the PSFS asks for up to 3 activities
constexpr size_t kMaxActivities = 12;        // retired ones included, so old scores keep their name
constexpr size_t kMaxActivityChars = 60;
constexpr size_t kMaxCheckIns = 400;         // more than a year of days; the oldest go first
constexpr size_t kMaxPhaseEntries = 400;
constexpr size_t kMaxHurt = 100;
constexpr size_t kMaxDoneEntries = 4000;     // 400 days of about ten plan items
constexpr size_t kMaxClinicChars = 80;
constexpr size_t kMaxReasonChars = 200;
constexpr size_t kMaxClinicianRoutines = 10;
constexpr size_t kMaxClinicianLessons = 20;

// A hard activity: the id never changes, so renaming keeps its old scores attributed to it, and a
// removed one is kept, retired, for the same reason.
struct Activity {
    int id = 0;
    std::string name;
    bool retired = false;
};

struct ActivityScore {
    int activity_id = 0;
    int score = 0;   // 0-10
};

struct CheckIn {
    int64_t day = 0;   // local day number
    int64_t at = 0;    // epoch seconds
    int pain = 0;      // 0-10
    std::vector<ActivityScore> scores;
};

// One entry of the phase history. `pain` is the pain the change was measured at (the check-in's, or
// the start pain): Move -> Strengthen measures from the pain at which Move began.
struct PhaseEntry {
    RecoveryPhase phase = RecoveryPhase::Calm;
    int64_t day = 0;
    int64_t at = 0;
    int pain = 0;
    std::string reason;   // the words shown to the person
};

struct HurtExercise {
    std::string exercise_id;
    HurtChoice choice = HurtChoice::LeaveOut;
    int64_t day = 0;   // when it last hurt
};

struct PlannedRoutine {
    std::string routine_id;
    int times_per_day = 1;
};

// A plan a clinician set up. While they are in control the app's rules change no phase.
struct ClinicianPlan {
    std::string clinic;
    RecoveryPhase phase = RecoveryPhase::Calm;
    std::vector<PlannedRoutine> routines;   // replace the phase's routines
    std::vector<std::string> lesson_ids;    // unlocked from the start
};

struct CardDismissal {
    std::vector<CardReason> reasons;   // the reasons shown when it was dismissed
    int64_t day = 0;
    int64_t at = 0;
};

// How many times one plan item was done on one day (recovery_plan.h item_key).
struct DoneCount {
    int64_t day = 0;
    std::string item_key;
    int done = 0;
};

struct Episode {
    int64_t started_day = 0;
    bool after_injury = false;   // followed a strain or injury
    int start_pain = 0;
    int64_t created_at = 0;
    std::vector<Activity> activities;    // in the order added, retired ones included; ids rise
    std::vector<CheckIn> check_ins;      // in day order, at most one a day
    std::vector<PhaseEntry> phases;      // oldest first; the first is the start in Calm
    std::vector<HurtExercise> hurt;
    std::optional<ClinicianPlan> clinician;
    bool clinician_in_control = false;
    std::optional<CardDismissal> card_dismissed;
    std::vector<DoneCount> done;
};

bool operator==(const Episode& a, const Episode& b);
inline bool operator!=(const Episode& a, const Episode& b) { return !(a == b); }

//---- Starting

// Every episode starts in Calm. Pain outside 0-10 is refused (nullopt).
std::optional<Episode> start_episode(int64_t started_day, bool after_injury, int start_pain, int64_t created_at);
RecoveryPhase current_phase(const Episode& episode);
// 1 on the day it started, 2 the next day; never below 1.
int day_of_episode(const Episode& episode, int64_t day);

//---- Hard activities

// 1-60 characters of valid UTF-8, no control characters, not blank.
bool valid_activity_name(const std::string& name);
// The new activity's id, or 0 when the name is not valid or 3 activities are already active.
int add_activity(Episode& episode, const std::string& name);
bool rename_activity(Episode& episode, int id, const std::string& name);
bool retire_activity(Episode& episode, int id);
const Activity* find_activity(const Episode& episode, int id);
size_t active_activity_count(const Episode& episode);

//---- Check-ins

// Pain and scores 0-10, each score for a known activity once, on or after the start day.
bool valid_check_in(const Episode& episode, const CheckIn& check_in);
// Keeps day order; a check-in on a day that has one replaces it. False (nothing changes) when not valid.
bool record_check_in(Episode& episode, const CheckIn& check_in);
const CheckIn* check_in_on(const Episode& episode, int64_t day);
// The check-in before `day` (the latest on an earlier day), or nullptr.
const CheckIn* check_in_before(const Episode& episode, int64_t day);
// PSFS (Patient-Specific Functional Scale, Stratford 1995): the mean of the check-in's activity
// scores; nullopt when it has none.
std::optional<double> psfs(const CheckIn& check_in);

//---- Exercises that hurt

const HurtExercise* find_hurt(const Episode& episode, const std::string& exercise_id);
// Remembers (or updates) an exercise that hurt.
void remember_hurt(Episode& episode, const std::string& exercise_id, HurtChoice choice, int64_t day);
bool set_hurt_choice(Episode& episode, const std::string& exercise_id, HurtChoice choice);
// "It felt fine": the exercise plays as written again.
bool felt_fine(Episode& episode, const std::string& exercise_id);

//---- Done counts

int done_count(const Episode& episode, int64_t day, const std::string& item_key);
void add_done(Episode& episode, int64_t day, const std::string& item_key);

//---- JSON (episode_json.cpp)

nlohmann::json episode_to_json(const Episode& episode);
// Never throws. Each malformed part (a check-in, an activity, a phase entry...) is left out with a
// notice naming what was wrong; nothing is clamped. Nullopt, with a notice, when the start itself
// (day, pain, time) cannot be read: there is no episode without it.
std::optional<Episode> episode_from_json(const nlohmann::json& doc, Notices& notices);

} // namespace unclench
