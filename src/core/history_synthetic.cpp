#include "core/history_synthetic.h"

#include "core/progress_calendar.h"

namespace unclench {

// splitmix64: tiny, well mixed, and the same on every platform (std:: distributions are not).
struct SyntheticRandom {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

struct SyntheticRoutine {
    const char* id;
    const char* name;
    int items;
};

static const SyntheticRoutine kRoutines[] = {
    {"gentle-start", "Gentle start", 5},
    {"knee-to-chest", "Knee to chest", 4},
    {"side-knee-drop", "Side knee drop", 6},
    {"cat-camel", "Cat and camel", 5},
    {"evening-release", "Evening release", 8},
    {"desk-break", "Desk break", 3},
};

static const char* kNotes[] = {
    "Tight after driving", "Better than yesterday", "Slept badly, stiff in the morning",
    "Left side worse", "Could not finish the last stretch", "Felt loose afterwards",
};

static int synthetic_pain(SyntheticRandom& rng) {
    return rng.chance(60) ? rng.below(11) : kNoPain;
}

static void fill_session(SessionRecord& r, SyntheticRandom& rng) {
    const SyntheticRoutine& routine = kRoutines[rng.below(6)];
    r.id = make_session_id(r.start, uint32_t(rng.next()));
    r.routine_id = routine.id;
    r.routine_name = routine.name;
    r.active_seconds = 240 + rng.below(600);
    r.end = r.start + r.active_seconds + rng.below(120);
    r.steps.assign(size_t(routine.items), StepOutcome::Done);
    if (rng.chance(10)) r.steps[size_t(rng.below(routine.items))] = StepOutcome::Skipped;
    int end_roll = rng.below(100);
    if (end_roll < 3) {
        r.ended = SessionEnd::Pain;
        r.pain_item = rng.below(routine.items);
        r.pain_phase = "hold";
        for (size_t i = size_t(r.pain_item); i < r.steps.size(); i++) r.steps[i] = StepOutcome::NotReached;
    } else if (end_roll < 10) {
        r.ended = SessionEnd::Early;
        r.steps.back() = StepOutcome::NotReached;
    }
    r.pain_before = synthetic_pain(rng);
    r.pain_after = r.pain_before == kNoPain ? kNoPain : (r.pain_before > 2 ? r.pain_before - rng.below(3) : r.pain_before);
    if (rng.chance(5)) r.note = kNotes[rng.below(6)];
}

SessionRecord make_synthetic_session(int64_t start, uint64_t seed) {
    SyntheticRandom rng{seed};
    SessionRecord r;
    r.start = start;
    r.tz_offset_min = 60;
    fill_session(r, rng);
    return r;
}

std::vector<SessionRecord> make_synthetic_history(int years, uint64_t seed, int64_t first_day) {
    static const int kLocalMinutes[] = {7 * 60 + 30, 12 * 60 + 15, 17 * 60 + 45, 21 * 60 + 30};
    SyntheticRandom rng{seed};
    std::vector<SessionRecord> out;
    int64_t days = int64_t(years) * 365;
    out.reserve(size_t(days * 4));
    for (int64_t day = 0; day < days; day++) {
        int64_t midnight_utc = first_day + day * 86400;
        int month = civil_from_days(local_day(midnight_utc, 0)).month;
        int tz = (month >= 4 && month <= 10) ? 120 : 60;   // summer time, roughly
        for (int minutes : kLocalMinutes) {
            SessionRecord r;
            r.tz_offset_min = tz;
            r.start = midnight_utc + int64_t(minutes - tz + rng.below(40)) * 60 + rng.below(60);
            fill_session(r, rng);
            out.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace unclench
