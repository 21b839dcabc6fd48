// Every rule of the recovery plan, in one place. Thresholds are named below with their source.
//
// Index of this file:
// [SECTION] Thresholds
// [SECTION] Measures: pain and activity scores
// [SECTION] Words
// [SECTION] Phase rules
// [SECTION] Applying a change
// [SECTION] A clinician's plan
// [SECTION] The "see a clinician" card
// [SECTION] Status and lessons
// [SECTION] Today's plan
// [SECTION] Ticking and adherence
// [SECTION] Meaningful change, for pictures and words
// [SECTION] Exercises that hurt
#include "core/recovery_plan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/cold_rule.h"

namespace unclench {

//-----------------------------------------------------------------------------
// [SECTION] Thresholds
//-----------------------------------------------------------------------------

namespace {

// A meaningful change on the 0-10 pain rating is 2 points or 30%, whichever is met (Farrar et al. 2001,
// Pain 94:149; the low back pain consensus of Ostelo et al. 2008, Spine 33:90).
constexpr int kPainMeaningfulPoints = 2;
constexpr int kPainMeaningfulPercent = 30;
// Moving on needs the 30% drop (the relative figure: 2 points from a start of 3 would be most of it).
constexpr int kMoveOnPercent = kPainMeaningfulPercent;
// Stepping back needs a rise of 2 points since the last check-in: the meaningful change in points.
// A rise of 1 is within a day's ordinary ups and downs.
constexpr int kStepBackRisePoints = kPainMeaningfulPoints;
// PSFS (mean of the activity scores): a change of 2 points exceeds its measurement error (Stratford
// et al. 1995, Physiotherapy Canada 47:258), so a drop of 2 steps back; 1.4 points is the smallest
// improvement that counts as meaningful (issue 15's figure, within the 1.3-2.3 reported for back pain
// in reviews of the scale, e.g. Horn et al. 2012, JOSPT 42:30).
constexpr double kPsfsMeaningful = 1.4;
constexpr double kPsfsBeyondError = 2.0;
constexpr double kPsfsEpsilon = 1e-9;   // means of whole numbers: 2.0 must count as 2.0
// Moving on also needs no rise over the last 2 check-ins: each no higher than the one before it (the
// start pain counts as the one before the first), so one good day is not enough.
constexpr int kNoRiseCheckIns = 2;
// Move -> Strengthen needs 3 days in Move: the walks build for a few days, and mobility routines are
// tried on more than one day, before strength work is added; a single good day after moving on is too
// soon to call the spasm settled.
constexpr int kMinDaysInMove = 3;
// The clinician card (NHS and NICE NG59 advice for low back pain: see a GP or physiotherapist when pain
// is not improving after a few weeks, or is getting worse; pain past 6 weeks is no longer acute).
constexpr int kNoImprovementDays = 14;
constexpr int kWorseDays = 7;
constexpr int kLongEpisodeDays = 42;
// A dismissed card comes back 7 days later, or at once when a reason appears that was not on it.
constexpr int kCardReturnDays = 7;
// Cold after a strain or injury for its first 2 days, then heat (catalogue: cold-pack's and
// moist-heat's "when"); heat from the start for a spasm with no injury.
constexpr int kColdDays = 2;
// Relief now during Calm: as often as it helps, up to 3 times a day (seed 002: "up to 3 times a day
// if it stays pain free").
constexpr int kReliefNowMaxTimes = 3;
// Walks: 3 times a day (the catalogue's walk timer), building in Move from 3 minutes on its first day
// by 1 minute a day to the 10-minute timer (reached on Move day 8).
constexpr int kWalkTimesPerDay = 3;
constexpr int kCalmWalkMinutes = 2;
constexpr int kMoveWalkStartMinutes = 3;
constexpr int kMoveWalkStepMinutes = 1;
constexpr int kWalkGoalMinutes = 10;

// Ids in assets/routines.json and assets/catalogue.json (recovery_plan_test checks they exist).
const char* const kReliefNow = "relief-now";
const char* const kMobilityRoutines[] = {"daily-mobility", "seed-001"};
const char* const kPreventionRoutine = "prevention-5";
const char* const kColdPack = "cold-pack";
const char* const kMoistHeat = "moist-heat";
const char* const kWalk = "walk";
const char* const kStayActive = "rest";
const char* const kFlareUpLesson = "flare-up-plan";

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Measures: pain and activity scores
//-----------------------------------------------------------------------------

namespace {

// Where the run of phase entries ending at `last` began: a clinician's "Set by" entry naming the phase
// the episode was already in continues that phase rather than starting it anew.
size_t run_start(const Episode& e, size_t last) {
    size_t first = last;
    while (first > 0 && e.phases[first - 1].phase == e.phases[last].phase) first--;
    return first;
}

// The latest pain on or before `day`: a check-in's, or the start pain.
int pain_on(const Episode& e, int64_t day) {
    const CheckIn* c = check_in_before(e, day + 1);
    return c ? c->pain : e.start_pain;
}

// Dropped by at least `percent` from `from` (integers: no rounding at the threshold). A pain of 0
// meets any drop: nothing is left to fall.
bool dropped_by_percent(int from, int to, int percent) {
    return to == 0 || (from - to) * 100 >= percent * from;
}

bool meaningfully_better(int from, int to) {
    return from - to >= kPainMeaningfulPoints || (to < from && dropped_by_percent(from, to, kPainMeaningfulPercent));
}

// The change in PSFS from `before` to `after`, over the activities both scored (a newly added activity
// must not read as a fall), or nullopt when they share none.
std::optional<double> psfs_change(const CheckIn& before, const CheckIn& after) {
    int sum_before = 0, sum_after = 0, shared = 0;
    for (const ActivityScore& a : after.scores)
        for (const ActivityScore& b : before.scores)
            if (a.activity_id == b.activity_id) {
                sum_before += b.score;
                sum_after += a.score;
                shared++;
            }
    if (shared == 0) return std::nullopt;
    return (double)(sum_after - sum_before) / shared;
}

// Each of the last kNoRiseCheckIns check-ins up to `c` no higher than the one before it.
bool no_recent_rise(const Episode& e, const CheckIn& c) {
    std::vector<int> pains = {e.start_pain};
    for (const CheckIn& x : e.check_ins)
        if (x.day <= c.day) pains.push_back(x.pain);
    if (pains.size() < (size_t)kNoRiseCheckIns + 1) return false;
    for (size_t i = pains.size() - kNoRiseCheckIns; i < pains.size(); i++)
        if (pains[i] > pains[i - 1]) return false;
    return true;
}

bool improved_meaningfully(const Episode& e, int64_t day) {
    const CheckIn* last = check_in_before(e, day + 1);
    if (!last) return false;
    if (meaningfully_better(e.start_pain, last->pain)) return true;
    for (const CheckIn& first : e.check_ins) {
        if (first.scores.empty() || first.day >= last->day) continue;
        std::optional<double> change = psfs_change(first, *last);
        return change && *change >= kPsfsMeaningful - kPsfsEpsilon;
    }
    return false;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

namespace {

std::string points(int n) { return std::to_string(n) + (n == 1 ? " point" : " points"); }

std::string one_decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

// What a change is measured against: "since yesterday's check-in", "since your check-in on day 3",
// or "since you started" when there was no check-in before.
std::string since_words(const Episode& e, const CheckIn* before, int64_t day) {
    if (!before) return "since you started";
    if (before->day == day - 1) return "since yesterday's check-in";
    return "since your check-in on day " + std::to_string(day_of_episode(e, before->day));
}

std::string moved_to(RecoveryPhase to) { return std::string("Moved to ") + phase_title(to) + ": "; }
std::string back_to(RecoveryPhase to) { return std::string("Back to ") + phase_title(to) + ": "; }

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Phase rules
//-----------------------------------------------------------------------------

namespace {

struct Step {
    bool any = false;
    RecoveryPhase to = RecoveryPhase::Calm;
    std::string reason;
};

RecoveryPhase one_down(RecoveryPhase p) { return p == RecoveryPhase::Strengthen ? RecoveryPhase::Move : RecoveryPhase::Calm; }

// The phase already stepped back today: it holds until tomorrow (no second step back, no moving on),
// so one bad day costs one step and a corrected check-in cannot undo a "Stop, it hurts".
bool stepped_back_on(const Episode& e, int64_t day) {
    for (size_t i = 1; i < e.phases.size(); i++)
        if (e.phases[i].day == day && e.phases[i].phase < e.phases[i - 1].phase) return true;
    return false;
}

Step step_back_for(const Episode& e, const CheckIn& c) {
    RecoveryPhase now = current_phase(e);
    if (now == RecoveryPhase::Calm) return {};
    const CheckIn* before = check_in_before(e, c.day);
    int rise = c.pain - (before ? before->pain : e.start_pain);
    if (rise >= kStepBackRisePoints)
        return {true, one_down(now), back_to(one_down(now)) + "your pain rose by " + points(rise) + " " + since_words(e, before, c.day)};
    std::optional<double> change = before ? psfs_change(*before, c) : std::nullopt;
    if (change && -*change >= kPsfsBeyondError - kPsfsEpsilon)
        return {true, one_down(now), back_to(one_down(now)) + "your activity scores fell by " + one_decimal(-*change) +
                                         " points " + since_words(e, before, c.day)};
    return {};
}

Step move_on_for(const Episode& e, const CheckIn& c) {
    RecoveryPhase now = current_phase(e);
    if (now == RecoveryPhase::Strengthen || !no_recent_rise(e, c)) return {};
    if (now == RecoveryPhase::Calm) {
        // Calm -> Move: measured from the pain the episode started with.
        if (!dropped_by_percent(e.start_pain, c.pain, kMoveOnPercent)) return {};
        if (e.start_pain == 0) return {true, RecoveryPhase::Move, moved_to(RecoveryPhase::Move) + "no pain and no rise in your last two check-ins"};
        int percent = (e.start_pain - c.pain) * 100 / e.start_pain;
        return {true, RecoveryPhase::Move, moved_to(RecoveryPhase::Move) + "your pain has dropped by " + std::to_string(percent) + "% since day 1"};
    }
    // Move -> Strengthen: measured from the pain at which this Move began, after kMinDaysInMove days in
    // it; the start pain would count the same relief twice.
    const PhaseEntry* began = e.phases.empty() ? nullptr : &e.phases[run_start(e, e.phases.size() - 1)];
    if (!began || c.day - began->day < kMinDaysInMove || !dropped_by_percent(began->pain, c.pain, kMoveOnPercent)) return {};
    std::string since = " since Move began on day " + std::to_string(day_of_episode(e, began->day));
    if (began->pain == 0) return {true, RecoveryPhase::Strengthen, moved_to(RecoveryPhase::Strengthen) + "no pain and no rise" + since};
    int percent = (began->pain - c.pain) * 100 / began->pain;
    return {true, RecoveryPhase::Strengthen, moved_to(RecoveryPhase::Strengthen) + "your pain has dropped by " + std::to_string(percent) + "%" + since};
}

// Stepping back comes first: a rise outweighs an old drop.
Step rules_for(const Episode& e, const CheckIn& c) {
    if (stepped_back_on(e, c.day)) return {};
    Step back = step_back_for(e, c);
    return back.any ? back : move_on_for(e, c);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Applying a change
//-----------------------------------------------------------------------------

static std::string set_by_words(const Episode& e) { return e.clinician ? "Set by " + e.clinician->clinic : std::string(); }

// Applies a step the rules asked for, unless a clinician's plan is in control.
static PlanChange apply_step(Episode& e, const Step& step, int64_t day, int64_t at) {
    PlanChange change;
    change.from = change.to = change.suggested = current_phase(e);
    if (!step.any) return change;
    change.suggested = step.to;
    if (e.clinician_in_control) {
        change.held_by_clinician = true;
        change.reason = set_by_words(e);
        return change;
    }
    if (e.phases.size() >= kMaxPhaseEntries) e.phases.erase(e.phases.begin());
    e.phases.push_back({step.to, day, at, pain_on(e, day), step.reason});
    change.changed = true;
    change.to = step.to;
    change.reason = step.reason;
    return change;
}

PlanChange apply_check_in(Episode& episode, const CheckIn& check_in) {
    if (!record_check_in(episode, check_in)) {
        PlanChange refused;
        refused.recorded = false;
        refused.from = refused.to = refused.suggested = current_phase(episode);
        return refused;
    }
    // A check-in filled in for an earlier day is kept, but only the newest moves the phase.
    bool newest = episode.check_ins.back().day == check_in.day;
    Step step = newest ? rules_for(episode, check_in) : Step{};
    return apply_step(episode, step, check_in.day, check_in.at);
}

PlanChange apply_stop_it_hurts(Episode& episode, int64_t day, int64_t at, const std::string& exercise_id) {
    // Left out until the person chooses: a half dose that hurt again is asked about again too.
    remember_hurt(episode, exercise_id, HurtChoice::LeaveOut, day);
    RecoveryPhase now = current_phase(episode);
    Step step;
    if (now != RecoveryPhase::Calm && !stepped_back_on(episode, day))
        step = {true, one_down(now), back_to(one_down(now)) + "\"Stop, it hurts\" during a session"};
    return apply_step(episode, step, day, at);
}

//-----------------------------------------------------------------------------
// [SECTION] A clinician's plan
//-----------------------------------------------------------------------------

void set_clinician_plan(Episode& episode, const ClinicianPlan& plan, int64_t day, int64_t at) {
    episode.clinician = plan;
    episode.clinician_in_control = true;
    if (episode.phases.size() >= kMaxPhaseEntries) episode.phases.erase(episode.phases.begin());
    episode.phases.push_back({plan.phase, day, at, pain_on(episode, day), set_by_words(episode)});
}

void hand_back_control(Episode& episode) { episode.clinician_in_control = false; }

//-----------------------------------------------------------------------------
// [SECTION] The "see a clinician" card
//-----------------------------------------------------------------------------

std::vector<CardReason> card_reasons(const Episode& e, int64_t day) {
    std::vector<CardReason> reasons;
    int64_t days = day - e.started_day;
    const CheckIn* last = check_in_before(e, day + 1);
    if (days >= kNoImprovementDays && !improved_meaningfully(e, day)) reasons.push_back(CardReason::NoImprovement);
    // Worse is any rise over the start pain: a week in, even 1 point more is not the expected course.
    if (days >= kWorseDays && last && last->pain > e.start_pain) reasons.push_back(CardReason::Worse);
    if (days >= kLongEpisodeDays) reasons.push_back(CardReason::LongEpisode);
    return reasons;
}

const char* card_reason_text(CardReason reason) {
    switch (reason) {
    case CardReason::NoImprovement: return "Your pain has not eased much in 2 weeks.";
    case CardReason::Worse: return "Your pain is worse than when this began, a week or more ago.";
    case CardReason::LongEpisode: return "This back episode has lasted 6 weeks.";
    }
    return "";
}

static bool card_hidden(const Episode& e, int64_t day, const std::vector<CardReason>& reasons) {
    if (!e.card_dismissed) return false;
    if (day - e.card_dismissed->day >= kCardReturnDays) return false;
    const std::vector<CardReason>& seen = e.card_dismissed->reasons;
    return std::all_of(reasons.begin(), reasons.end(),
                       [&](CardReason r) { return std::find(seen.begin(), seen.end(), r) != seen.end(); });
}

ClinicianCard clinician_card(const Episode& episode, int64_t day) {
    ClinicianCard card;
    card.reasons = card_reasons(episode, day);
    card.show = !card.reasons.empty() && !card_hidden(episode, day, card.reasons);
    if (!card.show) return card;
    card.text = "See a GP or physiotherapist.";
    for (CardReason r : card.reasons) card.text += std::string(" ") + card_reason_text(r);
    card.text += " They can check what is going on and what would help.";
    return card;
}

void dismiss_card(Episode& episode, int64_t day, int64_t at) {
    episode.card_dismissed = CardDismissal{card_reasons(episode, day), day, at};
}

//-----------------------------------------------------------------------------
// [SECTION] Status and lessons
//-----------------------------------------------------------------------------

PlanStatus plan_status(const Episode& episode, int64_t day) {
    PlanStatus status;
    status.phase = current_phase(episode);
    status.day_of_episode = day_of_episode(episode, day);
    if (!episode.phases.empty()) status.reason = episode.phases.back().reason;
    status.clinician_in_control = episode.clinician_in_control;
    if (episode.clinician_in_control) status.set_by = set_by_words(episode);
    status.card = clinician_card(episode, day);
    return status;
}

// One lesson opens each day: day 1 the first, day 12 the twelfth. A clinician's lessons are open at once.
std::vector<std::string> unlocked_lessons(const Episode& episode, int64_t day, const std::vector<std::string>& lesson_ids) {
    size_t open = std::min(lesson_ids.size(), (size_t)day_of_episode(episode, day));
    std::vector<std::string> out(lesson_ids.begin(), lesson_ids.begin() + (std::ptrdiff_t)open);
    if (episode.clinician)
        for (const std::string& id : episode.clinician->lesson_ids)
            if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    return out;
}

std::string lesson_of_day(const Episode& episode, int64_t day, const std::vector<std::string>& lesson_ids) {
    size_t index = (size_t)day_of_episode(episode, day) - 1;
    return index < lesson_ids.size() ? lesson_ids[index] : std::string();
}

//-----------------------------------------------------------------------------
// [SECTION] Today's plan
//-----------------------------------------------------------------------------

std::string item_key(ItemKind kind, const std::string& id) { return std::string(name_of(kItemKindNames, kind, "?")) + ":" + id; }

namespace {

// Each item's words say how much, shown beside its name from the assets (routine, care or lesson).
std::string times_words(int times) {
    if (times == 1) return "once today";
    if (times == 2) return "twice today";
    return std::to_string(times) + " times today";
}

DayItem item(ItemKind kind, const std::string& id, int times, std::string words) {
    DayItem it;
    it.kind = kind;
    it.id = id;
    it.key = item_key(kind, id);
    it.times = times;
    it.words = std::move(words);
    return it;
}

DayItem as_often_as_helps(ItemKind kind, const std::string& id, int most) {
    DayItem it = item(kind, id, most, "as often as it helps, up to " + std::to_string(most) + " times today");
    it.as_often_as_helps = true;
    return it;
}

DayItem walk(int minutes) {
    DayItem it = item(ItemKind::Walk, kWalk, kWalkTimesPerDay,
                      std::to_string(minutes) + " minutes, " + times_words(kWalkTimesPerDay));
    it.minutes = minutes;
    return it;
}

// Cold in the first days after an injury, within the app's cold rule; heat otherwise.
DayItem cold_or_heat(const Episode& e, int64_t day) {
    if (e.after_injury && day - e.started_day < kColdDays) {
        DayItem it = as_often_as_helps(ItemKind::Care, kColdPack, kReliefNowMaxTimes);
        it.words = "at most " + std::to_string(kColdMaxPerRunS / 60) + " minutes at a time, " +
                   std::to_string(kColdGapS / 3600) + " hours from one cold to the next";
        return it;
    }
    return as_often_as_helps(ItemKind::Care, kMoistHeat, kReliefNowMaxTimes);
}

// The phase on a day: the last change made on or before it.
RecoveryPhase phase_on(const Episode& e, int64_t day) {
    RecoveryPhase phase = RecoveryPhase::Calm;
    for (const PhaseEntry& p : e.phases)
        if (p.day <= day) phase = p.phase;
    return phase;
}

// Days since this Move began (0 on its first day), for the walks' build-up.
int64_t days_in_move(const Episode& e, int64_t day) {
    size_t last = e.phases.size();
    while (last > 0 && e.phases[last - 1].day > day) last--;
    if (last == 0 || e.phases[last - 1].phase != RecoveryPhase::Move) return 0;
    return day - e.phases[run_start(e, last - 1)].day;
}

void add_phase_routines(DayPlan& plan) {
    switch (plan.phase) {
    case RecoveryPhase::Calm: plan.items.push_back(as_often_as_helps(ItemKind::Routine, kReliefNow, kReliefNowMaxTimes)); break;
    case RecoveryPhase::Move:
        for (const char* id : kMobilityRoutines) plan.items.push_back(item(ItemKind::Routine, id, 1, times_words(1)));
        break;
    case RecoveryPhase::Strengthen: plan.items.push_back(item(ItemKind::Routine, kPreventionRoutine, 1, times_words(1))); break;
    }
}

void add_clinician_routines(DayPlan& plan, const ClinicianPlan& clinician) {
    for (const PlannedRoutine& r : clinician.routines)
        plan.items.push_back(item(ItemKind::Routine, r.routine_id, r.times_per_day,
                                  times_words(r.times_per_day) + " (set by " + clinician.clinic + ")"));
}

void add_phase_care(DayPlan& plan, const Episode& e) {
    switch (plan.phase) {
    case RecoveryPhase::Calm:
        plan.items.push_back(cold_or_heat(e, plan.day));
        plan.items.push_back(walk(kCalmWalkMinutes));
        plan.items.push_back(item(ItemKind::MoveHourly, kStayActive, 1, "get up and move a little every hour"));
        break;
    case RecoveryPhase::Move: {
        int64_t minutes = kMoveWalkStartMinutes + kMoveWalkStepMinutes * days_in_move(e, plan.day);
        plan.items.push_back(cold_or_heat(e, plan.day));
        plan.items.push_back(walk((int)std::min<int64_t>(minutes, kWalkGoalMinutes)));
        break;
    }
    case RecoveryPhase::Strengthen:
        plan.items.push_back(walk(kWalkGoalMinutes));
        plan.items.push_back(item(ItemKind::FlareUpPlan, kFlareUpLesson, 1, "know what to do if it flares up"));
        break;
    }
}

} // namespace

DayPlan plan_for_day(const Episode& episode, int64_t day, const std::vector<std::string>& lesson_ids) {
    DayPlan plan;
    plan.day = day;
    plan.phase = phase_on(episode, day);
    if (episode.clinician_in_control && episode.clinician) add_clinician_routines(plan, *episode.clinician);
    else add_phase_routines(plan);
    add_phase_care(plan, episode);
    std::string lesson = lesson_of_day(episode, day, lesson_ids);
    if (!lesson.empty()) plan.items.push_back(item(ItemKind::Lesson, lesson, 1, "today's lesson"));
    return plan;
}

//-----------------------------------------------------------------------------
// [SECTION] Ticking and adherence
//-----------------------------------------------------------------------------

bool tick_item(Episode& episode, const DayPlan& plan, const std::string& key) {
    bool planned = std::any_of(plan.items.begin(), plan.items.end(), [&](const DayItem& it) { return it.key == key; });
    if (planned) add_done(episode, plan.day, key);
    return planned;
}

bool tick_routine(Episode& episode, const DayPlan& plan, const std::string& routine_id) {
    return tick_item(episode, plan, item_key(ItemKind::Routine, routine_id));
}

// A care timer ticks whichever item names its protocol: a care item, the walk, or moving every hour.
bool tick_care(Episode& episode, const DayPlan& plan, const std::string& protocol_id) {
    for (const DayItem& it : plan.items)
        if (it.id == protocol_id && it.kind != ItemKind::Routine && it.kind != ItemKind::Lesson &&
            it.kind != ItemKind::FlareUpPlan)
            return tick_item(episode, plan, it.key);
    return false;
}

PlanCount plan_count(const Episode& episode, const DayPlan& plan) {
    PlanCount count;
    for (const DayItem& it : plan.items) {
        int goal = it.as_often_as_helps ? 1 : it.times;
        count.planned += goal;
        count.done += std::min(goal, done_count(episode, plan.day, it.key));
    }
    return count;
}

double adherence(const Episode& episode, const DayPlan& plan) {
    PlanCount count = plan_count(episode, plan);
    return count.planned == 0 ? 0.0 : (double)count.done / count.planned;
}

//-----------------------------------------------------------------------------
// [SECTION] Meaningful change, for pictures and words
//-----------------------------------------------------------------------------

bool pain_change_felt(int from, int to) { return meaningfully_better(from, to); }

// Whichever of the two figures is met first: the smaller drop.
double pain_felt_drop(int from) {
    if (from <= 0) return 0.0;
    return std::min((double)kPainMeaningfulPoints, (double)(kPainMeaningfulPercent * from) / 100.0);
}

double psfs_error_points() { return kPsfsBeyondError; }

//-----------------------------------------------------------------------------
// [SECTION] Exercises that hurt
//-----------------------------------------------------------------------------

int halved(int value) { return std::max(1, (value + 1) / 2); }

static int dose_or(const std::optional<int>& step, const Amount& dose) {
    if (step) return *step;
    return dose.given() ? dose.planned() : 1;
}

// Half of what makes the exercise hard: the hold of a held exercise, the reps of a moving one, the
// breaths of a breathing one. Sets are left alone: a step usually has one.
static RoutineStep half_step(const RoutineStep& step, const Catalogue& catalogue) {
    RoutineStep out = step;
    const Exercise* exercise = catalogue.exercise(step.exercise);
    const Dosage* dose = exercise ? exercise->dosage(step.source) : nullptr;
    if (!dose) return out;   // make_plan leaves such a step out anyway
    switch (dose->work) {
    case WorkKind::Hold: out.hold_s = halved(dose_or(step.hold_s, dose->hold_s)); break;
    case WorkKind::Reps: out.reps = halved(dose_or(step.reps, dose->reps)); break;
    case WorkKind::Breaths: out.breaths = halved(dose_or(step.breaths, dose->breaths)); break;
    }
    return out;
}

std::vector<RoutineStep> steps_to_play(const std::vector<RoutineStep>& steps, const Catalogue& catalogue,
                                       const std::vector<HurtExercise>& hurt) {
    std::vector<RoutineStep> out;
    for (const RoutineStep& step : steps) {
        auto h = std::find_if(hurt.begin(), hurt.end(), [&](const HurtExercise& x) { return x.exercise_id == step.exercise; });
        if (h == hurt.end()) out.push_back(step);
        else if (h->choice == HurtChoice::Half) out.push_back(half_step(step, catalogue));
    }
    return out;
}

} // namespace unclench
