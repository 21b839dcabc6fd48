#include "core/episode.h"

#include <algorithm>

namespace unclench {

const char* phase_name(RecoveryPhase phase) { return name_of(kRecoveryPhaseNames, phase, "?"); }

const char* phase_title(RecoveryPhase phase) {
    switch (phase) {
    case RecoveryPhase::Calm: return "Calm";
    case RecoveryPhase::Move: return "Move";
    case RecoveryPhase::Strengthen: return "Strengthen";
    }
    return "?";
}

//-----------------------------------------------------------------------------
// Equality (round-trip tests)
//-----------------------------------------------------------------------------

static bool same(const Activity& a, const Activity& b) { return a.id == b.id && a.name == b.name && a.retired == b.retired; }
static bool same(const ActivityScore& a, const ActivityScore& b) { return a.activity_id == b.activity_id && a.score == b.score; }
static bool same(const HurtExercise& a, const HurtExercise& b) {
    return a.exercise_id == b.exercise_id && a.choice == b.choice && a.day == b.day;
}
static bool same(const PlannedRoutine& a, const PlannedRoutine& b) {
    return a.routine_id == b.routine_id && a.times_per_day == b.times_per_day;
}
static bool same(const DoneCount& a, const DoneCount& b) { return a.day == b.day && a.item_key == b.item_key && a.done == b.done; }
static bool same(const PhaseEntry& a, const PhaseEntry& b) {
    return a.phase == b.phase && a.day == b.day && a.at == b.at && a.pain == b.pain && a.reason == b.reason;
}
static bool same(const CheckIn& a, const CheckIn& b);
static bool same(const std::string& a, const std::string& b) { return a == b; }
static bool same(CardReason a, CardReason b) { return a == b; }

template <typename T>
static bool same_list(const std::vector<T>& a, const std::vector<T>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const T& x, const T& y) { return same(x, y); });
}

static bool same(const CheckIn& a, const CheckIn& b) {
    return a.day == b.day && a.at == b.at && a.pain == b.pain && same_list(a.scores, b.scores);
}

static bool same(const std::optional<ClinicianPlan>& a, const std::optional<ClinicianPlan>& b) {
    if (a.has_value() != b.has_value()) return false;
    if (!a) return true;
    return a->clinic == b->clinic && a->phase == b->phase && same_list(a->routines, b->routines) &&
           same_list(a->lesson_ids, b->lesson_ids);
}

static bool same(const std::optional<CardDismissal>& a, const std::optional<CardDismissal>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (same_list(a->reasons, b->reasons) && a->day == b->day && a->at == b->at);
}

bool operator==(const Episode& a, const Episode& b) {
    return a.started_day == b.started_day && a.after_injury == b.after_injury && a.start_pain == b.start_pain &&
           a.created_at == b.created_at &&
           same_list(a.activities, b.activities) && same_list(a.check_ins, b.check_ins) &&
           same_list(a.phases, b.phases) && same_list(a.hurt, b.hurt) && same(a.clinician, b.clinician) &&
           a.clinician_in_control == b.clinician_in_control && same(a.card_dismissed, b.card_dismissed) &&
           same_list(a.done, b.done);
}

//-----------------------------------------------------------------------------
// Starting
//-----------------------------------------------------------------------------

static bool valid_pain(int pain) { return pain >= 0 && pain <= kPainMax; }

std::optional<Episode> start_episode(int64_t started_day, bool after_injury, int start_pain, int64_t created_at) {
    if (!valid_pain(start_pain)) return std::nullopt;
    Episode e;
    e.started_day = started_day;
    e.after_injury = after_injury;
    e.start_pain = start_pain;
    e.created_at = created_at;
    e.phases.push_back({RecoveryPhase::Calm, started_day, created_at, start_pain, "Started in Calm: ease the spasm first"});
    return e;
}

RecoveryPhase current_phase(const Episode& episode) {
    return episode.phases.empty() ? RecoveryPhase::Calm : episode.phases.back().phase;
}

int day_of_episode(const Episode& episode, int64_t day) {
    int64_t n = day - episode.started_day + 1;
    return (int)std::clamp<int64_t>(n, 1, 1000000);
}

//-----------------------------------------------------------------------------
// Hard activities
//-----------------------------------------------------------------------------

// Code points in valid UTF-8, or -1 for malformed text (which JSON could not even write).
static int utf8_length(const std::string& s) {
    int count = 0;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return -1;
        for (size_t k = 1; k < n; k++)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80) return -1;
        i += n;
        count++;
    }
    return count;
}

bool valid_activity_name(const std::string& name) {
    int length = utf8_length(name);
    if (length < 1 || (size_t)length > kMaxActivityChars) return false;
    if (std::any_of(name.begin(), name.end(), [](char c) { return (unsigned char)c < 0x20 || c == 0x7F; })) return false;
    return std::any_of(name.begin(), name.end(), [](char c) { return c != ' '; });
}

size_t active_activity_count(const Episode& episode) {
    return (size_t)std::count_if(episode.activities.begin(), episode.activities.end(),
                                 [](const Activity& a) { return !a.retired; });
}

int add_activity(Episode& episode, const std::string& name) {
    if (!valid_activity_name(name) || active_activity_count(episode) >= kMaxActiveActivities) return 0;
    if (episode.activities.size() >= kMaxActivities) return 0;
    // Activities are never deleted, only retired, so the largest id so far is never reused.
    int id = 1;
    for (const Activity& a : episode.activities) id = std::max(id, a.id + 1);
    episode.activities.push_back({id, name, false});
    return id;
}

const Activity* find_activity(const Episode& episode, int id) {
    for (const Activity& a : episode.activities)
        if (a.id == id) return &a;
    return nullptr;
}

static Activity* activity_to_edit(Episode& episode, int id) {
    for (Activity& a : episode.activities)
        if (a.id == id && !a.retired) return &a;
    return nullptr;
}

bool rename_activity(Episode& episode, int id, const std::string& name) {
    Activity* a = activity_to_edit(episode, id);
    if (!a || !valid_activity_name(name)) return false;
    a->name = name;
    return true;
}

bool retire_activity(Episode& episode, int id) {
    Activity* a = activity_to_edit(episode, id);
    if (!a) return false;
    a->retired = true;
    return true;
}

//-----------------------------------------------------------------------------
// Check-ins
//-----------------------------------------------------------------------------

bool valid_check_in(const Episode& episode, const CheckIn& check_in) {
    if (!valid_pain(check_in.pain) || check_in.day < episode.started_day) return false;
    std::vector<int> seen;
    for (const ActivityScore& s : check_in.scores) {
        const Activity* a = find_activity(episode, s.activity_id);
        if (!a || a->retired || s.score < 0 || s.score > kScoreMax) return false;
        if (std::find(seen.begin(), seen.end(), s.activity_id) != seen.end()) return false;
        seen.push_back(s.activity_id);
    }
    return true;
}

bool record_check_in(Episode& episode, const CheckIn& check_in) {
    if (!valid_check_in(episode, check_in)) return false;
    std::vector<CheckIn>& list = episode.check_ins;
    auto it = std::lower_bound(list.begin(), list.end(), check_in.day,
                               [](const CheckIn& c, int64_t day) { return c.day < day; });
    if (it != list.end() && it->day == check_in.day) *it = check_in;
    else list.insert(it, check_in);
    if (list.size() > kMaxCheckIns) list.erase(list.begin(), list.end() - (std::ptrdiff_t)kMaxCheckIns);
    return true;
}

const CheckIn* check_in_on(const Episode& episode, int64_t day) {
    for (const CheckIn& c : episode.check_ins)
        if (c.day == day) return &c;
    return nullptr;
}

const CheckIn* check_in_before(const Episode& episode, int64_t day) {
    const CheckIn* found = nullptr;
    for (const CheckIn& c : episode.check_ins)
        if (c.day < day) found = &c;
    return found;
}

std::optional<double> psfs(const CheckIn& check_in) {
    if (check_in.scores.empty()) return std::nullopt;
    int total = 0;
    for (const ActivityScore& s : check_in.scores) total += s.score;
    return (double)total / (double)check_in.scores.size();
}

//-----------------------------------------------------------------------------
// Exercises that hurt
//-----------------------------------------------------------------------------

const HurtExercise* find_hurt(const Episode& episode, const std::string& exercise_id) {
    for (const HurtExercise& h : episode.hurt)
        if (h.exercise_id == exercise_id) return &h;
    return nullptr;
}

static HurtExercise* hurt_to_edit(Episode& episode, const std::string& exercise_id) {
    for (HurtExercise& h : episode.hurt)
        if (h.exercise_id == exercise_id) return &h;
    return nullptr;
}

void remember_hurt(Episode& episode, const std::string& exercise_id, HurtChoice choice, int64_t day) {
    if (exercise_id.empty()) return;
    if (HurtExercise* h = hurt_to_edit(episode, exercise_id)) {
        h->choice = choice;
        h->day = day;
        return;
    }
    if (episode.hurt.size() >= kMaxHurt) episode.hurt.erase(episode.hurt.begin());
    episode.hurt.push_back({exercise_id, choice, day});
}

bool set_hurt_choice(Episode& episode, const std::string& exercise_id, HurtChoice choice) {
    HurtExercise* h = hurt_to_edit(episode, exercise_id);
    if (h) h->choice = choice;
    return h != nullptr;
}

bool felt_fine(Episode& episode, const std::string& exercise_id) {
    auto it = std::remove_if(episode.hurt.begin(), episode.hurt.end(),
                             [&](const HurtExercise& h) { return h.exercise_id == exercise_id; });
    bool found = it != episode.hurt.end();
    episode.hurt.erase(it, episode.hurt.end());
    return found;
}

//-----------------------------------------------------------------------------
// Done counts
//-----------------------------------------------------------------------------

int done_count(const Episode& episode, int64_t day, const std::string& item_key) {
    for (const DoneCount& d : episode.done)
        if (d.day == day && d.item_key == item_key) return d.done;
    return 0;
}

void add_done(Episode& episode, int64_t day, const std::string& item_key) {
    for (DoneCount& d : episode.done)
        if (d.day == day && d.item_key == item_key) {
            d.done++;
            return;
        }
    if (episode.done.size() >= kMaxDoneEntries) episode.done.erase(episode.done.begin());
    episode.done.push_back({day, item_key, 1});
}

} // namespace unclench
