// The recovery companion in real frames: an episode started from Home, the daily check-in with its
// hard activities, today's plan ticking itself when a session ends, a step back after "Stop, it hurts",
// and a lesson read and marked.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/safety_check.h"
#include "ui_harness.h"

using namespace unclench;

namespace {

// From Home: "My back has gone", the three questions, one hard activity, then the emergency signs.
void start_episode(UiHarness& h, int pain, bool injury) {
    h.settle();
    REQUIRE(h.tap("My back has gone"));
    h.settle();
    REQUIRE(h.screen() == "episode-start");
    if (injury) REQUIRE(h.tap("Yes"));
    REQUIRE(h.tap("How bad is it now?: " + std::to_string(pain)));
    h.settle();
    REQUIRE(h.tap("Start my plan"));
    h.settle();
    REQUIRE(h.screen() == "safety");
    REQUIRE(h.tap("None of these"));
    h.settle();
    h.app.home();
    h.settle();
}

void check_in(UiHarness& h, int pain) {
    REQUIRE(h.tap(h.shows("Daily check-in") ? "Daily check-in" : "Today's check-in: pain"));
    h.settle();
    REQUIRE(h.screen() == "check-in");
    REQUIRE(h.tap("Pain now: " + std::to_string(pain)));
    h.settle();
    REQUIRE(h.tap("Save check-in"));
    h.settle();
}

void next_day(UiHarness& h) {
    h.wall_ms += 86400 * 1000;
    h.monotonic_ms += 86400 * 1000;
    h.app.home();
    h.settle();
}

} // namespace

TEST_CASE("starting an episode shows day 1 in Calm with today's plan, and the pain it started at is kept") {
    UiHarness h;
    start_episode(h, 7, true);
    CHECK(h.screen() == "home");
    CHECK(h.shows("Day 1: Calm"));
    CHECK(h.shows("Daily check-in"));
    CHECK(h.shows("Lessons"));
    REQUIRE(h.app.episode());
    CHECK(h.app.episode()->start_pain == 7);
    CHECK(h.app.episode()->after_injury);
    CHECK_FALSE(h.app.today_plan().items.empty());
}

TEST_CASE("three days of check-ins with falling pain move the plan to Move, and the words say why") {
    UiHarness h;
    start_episode(h, 8, false);
    check_in(h, 7);
    CHECK(h.shows_text_containing("stays in Calm"));
    next_day(h);
    check_in(h, 6);
    next_day(h);
    check_in(h, 5);
    CHECK(h.shows_text_containing("Move"));
    REQUIRE(h.tap("Done"));
    h.settle();
    CHECK(h.shows("Day 3: Move"));
    CHECK(h.app.plan_status_today().reason == "Moved to Move: your pain has dropped by 37% since day 1");
}

TEST_CASE("the embedding clinic hears each check-in and each phase change, a step back after \"Stop, it hurts\" included") {
    UiHarness h;
    auto heard = [&](const std::string& call) {
        return std::count(h.platform.calls.begin(), h.platform.calls.end(), call);
    };
    start_episode(h, 8, false);
    check_in(h, 7);
    CHECK(heard("embed check-in day 1 pain 7 calm") == 1);
    next_day(h);
    check_in(h, 6);
    next_day(h);
    check_in(h, 5);
    CHECK(heard("embed check-in day 3 pain 5 move") == 1);
    CHECK(heard("embed phase-changed calm move day 3") == 1);

    const Routine* relief = h.app.find_routine("relief-now");
    REQUIRE(relief);
    REQUIRE(h.app.start_routine(*relief));
    h.settle();
    h.app.control_session(SessionControl::StopItHurts);
    h.settle();
    h.app.finish_session(6, "");
    h.settle();
    CHECK(heard("embed phase-changed move calm day 3") == 1);
}

TEST_CASE("finishing Relief now ticks its item in today's plan by itself") {
    UiHarness h;
    start_episode(h, 6, false);
    std::string key = item_key(ItemKind::Routine, "relief-now");
    CHECK(done_count(*h.app.episode(), h.app.today(), key) == 0);
    const Routine* relief = h.app.find_routine("relief-now");
    REQUIRE(relief);
    REQUIRE(h.app.start_routine(*relief));
    h.settle();
    REQUIRE(h.screen() == "player");
    h.app.control_session(SessionControl::EndEarly);
    h.settle();
    h.app.finish_session(3, "");
    h.settle();
    CHECK(done_count(*h.app.episode(), h.app.today(), key) == 1);
}

TEST_CASE("\"Stop, it hurts\" steps the plan back and leaves that exercise out of the next session") {
    UiHarness h;
    start_episode(h, 8, false);
    check_in(h, 7);
    next_day(h);
    check_in(h, 5);
    next_day(h);
    check_in(h, 4);
    REQUIRE(h.app.plan_status_today().phase == RecoveryPhase::Move);
    const Routine* relief = h.app.find_routine("relief-now");
    REQUIRE(relief);
    REQUIRE(h.app.start_routine(*relief));
    h.settle();
    std::string first = relief->steps[0].exercise;
    h.app.control_session(SessionControl::StopItHurts);
    h.settle();
    h.app.finish_session(6, "");
    h.settle();
    CHECK(h.app.plan_status_today().phase == RecoveryPhase::Calm);
    CHECK_FALSE(h.app.plan_status_today().reason.empty());
    REQUIRE(find_hurt(*h.app.episode(), first));
    REQUIRE(h.app.start_routine(*relief));
    h.settle();
    for (const RoutineStep& s : h.app.session()->routine.steps) CHECK(s.exercise != first);
}

TEST_CASE("a lesson opens from the list, can be read aloud, and is marked read") {
    UiHarness h;
    start_episode(h, 6, false);
    REQUIRE(h.tap("Lessons"));
    h.settle();
    REQUIRE(h.screen() == "lessons");
    const Lesson& first = h.app.lessons().front();
    CHECK(h.shows_text_containing("opens on day 2"));
    REQUIRE(h.tap(first.title));
    h.settle();
    REQUIRE(h.screen() == "lesson");
    REQUIRE(h.tap("Read it aloud"));
    h.settle();
    bool spoken = false;
    for (const std::string& c : h.platform.calls) spoken |= c.rfind("speak " + first.title, 0) == 0;
    CHECK(spoken);
    REQUIRE(h.tap("Mark as read"));
    h.settle();
    CHECK(lesson_read(h.app.recovery(), first.id));
    CHECK(done_count(*h.app.episode(), h.app.today(), item_key(ItemKind::Lesson, first.id)) == 1);
}

TEST_CASE("after \"Stop, it hurts\" the summary offers half as much, and Home brings it back once it feels fine") {
    UiHarness h;
    start_episode(h, 6, false);
    const Routine* relief = h.app.find_routine("relief-now");
    REQUIRE(relief);
    REQUIRE(h.app.start_routine(*relief));
    h.settle();
    h.app.control_session(SessionControl::StopItHurts);
    h.settle();
    REQUIRE(h.screen() == "summary");
    REQUIRE(h.tap("Half as much"));
    h.settle();
    REQUIRE(h.tap("Save"));
    h.settle();
    REQUIRE(h.screen() == "home");
    REQUIRE(h.app.episode()->hurt.size() == 1);
    const HurtExercise hurt = h.app.episode()->hurt[0];
    CHECK(hurt.choice == HurtChoice::Half);
    const Exercise* ex = h.app.catalogue().exercise(hurt.exercise_id);
    REQUIRE(ex);
    REQUIRE(h.tap(ex->name + ". Played at half since it hurt"));
    h.settle();
    CHECK(h.app.episode()->hurt.empty());
}
