#include <doctest/doctest.h>
#include <set>
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

namespace {

std::vector<Cue> all_cues(const SessionEngine& e, int64_t now) {
    return e.upcoming_cues(now, 24 * 3600 * 1000);
}

const Cue* find_cue(const std::vector<Cue>& cues, CueKind kind, int phase) {
    for (const Cue& c : cues)
        if (c.kind == kind && c.phase == phase) return &c;
    return nullptr;
}

} // namespace

TEST_CASE("the session's cues speak our plain words at the right times") {
    SessionEngine e(sample_plan());
    e.start(1000);
    std::vector<Cue> cues = all_cues(e, 1000);
    REQUIRE(!cues.empty());
    CHECK(cues[0].words == "Get ready: knees to chest");
    CHECK(cues[0].due_ms == 1000);
    CHECK(cues[0].beep == Beep::Start);

    const Cue* hold = find_cue(cues, CueKind::PhaseStart, 1);
    REQUIRE(hold);
    CHECK(hold->words == "Hold");
    CHECK(hold->due_ms == 6000);
    const Cue* halfway = find_cue(cues, CueKind::Halfway, 1);
    REQUIRE(halfway);
    CHECK(halfway->due_ms == 16000);
    CHECK(halfway->words == "Halfway");
    const Cue* relax = find_cue(cues, CueKind::PhaseStart, 2);
    REQUIRE(relax);
    CHECK(relax->words == "Relax");
    CHECK(find_cue(cues, CueKind::LastRep, 3)->words == "Last one");
    CHECK(find_cue(cues, CueKind::ExerciseDone, 3)->due_ms == 51000);
    CHECK(find_cue(cues, CueKind::SwitchSide, 14)->words == "Switch to your left side");

    const Cue& done = cues.back();
    CHECK(done.kind == CueKind::SessionDone);
    CHECK(done.words == "Well done. Session complete.");
    CHECK(done.beep == Beep::End);
    CHECK(done.due_ms == 1000 + kSampleMs);
}

TEST_CASE("a 3-2-1 countdown with ticks ends holds, rests and get-ready, not reps") {
    SessionEngine e(sample_plan());
    e.start(0);
    std::vector<Cue> cues = all_cues(e, 0);
    std::vector<const Cue*> first_hold;
    for (const Cue& c : cues)
        if (c.kind == CueKind::Countdown && c.phase == 1) first_hold.push_back(&c);
    REQUIRE(first_hold.size() == 3);
    CHECK(first_hold[0]->words == "Three");
    CHECK(first_hold[0]->due_ms == 22000);
    CHECK(first_hold[1]->words == "Two");
    CHECK(first_hold[2]->words == "One");
    CHECK(first_hold[2]->due_ms == 24000);
    CHECK(first_hold[2]->beep == Beep::Tick);
    CHECK(find_cue(cues, CueKind::Countdown, 5) == nullptr);     // a rep of pelvic tilt
    CHECK(find_cue(cues, CueKind::Countdown, 8) != nullptr);     // the rest between its sets
}

TEST_CASE("reps and breaths get tempo words") {
    SessionEngine e(sample_plan());
    e.start(0);
    std::vector<Cue> cues = all_cues(e, 0);
    std::vector<std::string> rep_words;
    for (const Cue& c : cues)
        if (c.phase == 5) rep_words.push_back(c.words);
    CHECK(rep_words == std::vector<std::string>{"Up", "Hold", "Down"});
    CHECK(find_cue(cues, CueKind::LastRep, 7) != nullptr);
    std::vector<std::string> breath_words;
    for (const Cue& c : cues)
        if (c.phase == 17 && c.kind != CueKind::ExerciseDone) breath_words.push_back(c.words);
    CHECK(breath_words == std::vector<std::string>{"Breathe in", "Out", "In", "Out", "In", "Out", "In", "Out"});
}

TEST_CASE("alternating sides are named, and the last of the set is announced") {
    SessionEngine e(sample_plan());
    e.start(0);
    std::vector<Cue> cues = all_cues(e, 0);
    CHECK(find_cue(cues, CueKind::PhaseStart, 19)->words == "Hold, right side");
    CHECK(find_cue(cues, CueKind::PhaseStart, 21)->words == "Hold, left side");
    CHECK(find_cue(cues, CueKind::LastRep, 25)->words == "Last one, left side");
}

TEST_CASE("cue options turn the countdown, halfway and tempo words off") {
    EngineOptions options;
    options.cues.countdown = false;
    options.cues.halfway = false;
    options.cues.tempo = false;
    SessionEngine e(sample_plan(), options);
    e.start(0);
    for (const Cue& c : all_cues(e, 0)) {
        CHECK(c.kind != CueKind::Countdown);
        CHECK(c.kind != CueKind::Halfway);
        CHECK(c.kind != CueKind::TempoStep);
    }
}

TEST_CASE("cue ids are unique and stable from frame to frame") {
    SessionEngine e(sample_plan());
    e.start(0);
    std::vector<Cue> a = all_cues(e, 0);
    std::set<std::string> ids;
    for (const Cue& c : a) ids.insert(c.id);
    CHECK(ids.size() == a.size());
    std::vector<Cue> later = e.upcoming_cues(20000, 3000);
    REQUIRE(!later.empty());
    for (const Cue& c : later) {
        CHECK(ids.count(c.id) == 1);
        CHECK(c.due_ms >= 20000 - 250);
        CHECK(c.due_ms <= 23000);
    }
}

TEST_CASE("a control changes the generation so the platform reschedules, without replaying the past") {
    SessionEngine e(sample_plan());
    e.start(0);
    const uint32_t g = e.cue_generation();
    const std::string before = e.upcoming_cues(21900, 200).front().id;   // "Three" at 22 s
    e.pause(21950);
    CHECK(e.cue_generation() != g);
    CHECK(e.upcoming_cues(30000, 5000).empty());
    e.resume(30000);
    std::vector<Cue> after = e.upcoming_cues(30000, 100);
    REQUIRE(after.size() == 1);
    CHECK(after[0].words == "Three");
    CHECK(after[0].due_ms == 30050);
    CHECK(after[0].id != before);
    e.skip_phase(40000);
    std::vector<Cue> skipped = e.upcoming_cues(40010, 100);
    REQUIRE(!skipped.empty());
    CHECK(skipped[0].words == "Get ready: pelvic tilt");                 // due at the skip, caught late
    CHECK(skipped[0].due_ms == 40000);
}

TEST_CASE("the session-done cue survives the end being reached between frames") {
    SessionEngine e(sample_plan());
    e.start(0);
    const std::vector<Cue> early = e.upcoming_cues(kSampleMs - 500, 1000);
    REQUIRE(!early.empty());
    CHECK(early.back().kind == CueKind::SessionDone);
    CHECK_FALSE(e.pause(kSampleMs + 100));                               // already over
    std::vector<Cue> late = e.upcoming_cues(kSampleMs + 100, 1000);
    REQUIRE(late.size() == 1);
    CHECK(late[0].id == early.back().id);
    CHECK(e.upcoming_cues(kSampleMs + 5000, 1000).empty());
}

TEST_CASE("getting ready names the exercise without shouting acronyms") {
    SessionPlan plan;
    plan.items.push_back(make_item("SI joint stretch", WorkKind::Hold));
    plan.items[0].hold_ms = 10000;
    CHECK(phase_start_words(plan, build_timeline(plan)[0]) == "Get ready: SI joint stretch");
}
