// The recovery companion in real frames: an episode started from Home, the daily check-in with its
// hard activities, today's plan ticking itself when a session ends, a step back after "Stop, it hurts",
// and a lesson read and marked.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/safety_check.h"
#include "episode_steps.h"
#include "ui_harness.h"

using namespace unclench;

namespace {

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

    stop_relief_because_it_hurts(h);
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
    stop_relief_because_it_hurts(h);
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

//-----------------------------------------------------------------------------
// Progress's episode view
//-----------------------------------------------------------------------------

namespace {

void open_progress(UiHarness& h) {
    h.app.home();
    h.settle();
    REQUIRE(h.tap("Progress"));
    h.settle();
    REQUIRE(h.screen() == "progress");
}

// Start pain 7; check-ins 6, 5 and 4 over three days (Move from day 3); a walk done today.
void three_days(UiHarness& h) {
    start_episode(h, 7, false);
    check_in(h, 6);
    next_day(h);
    check_in(h, 5);
    next_day(h);
    check_in(h, 4);
    h.app.tick_plan_item(item_key(ItemKind::Walk, "walk"));
}

} // namespace

TEST_CASE("during an episode Progress shows it: pain in words, the phase changes and each day's plan done") {
    UiHarness h;
    three_days(h);
    PlanCount today = plan_count(*h.app.episode(), h.app.today_plan());
    REQUIRE(today.done == 1);
    open_progress(h);
    CHECK(h.shows("This episode"));
    CHECK(h.shows("Pain 7 on day 1, 4 today; a change you can feel."));
    CHECK(h.shows("Shaded: not yet a change you can feel. 5 or less is one."));
    CHECK(h.shows("Calm from day 1, Move from day 3."));
    CHECK(h.shows("Day 3 (today): 1 of " + std::to_string(today.planned) + " done so far"));
    CHECK(h.shows_text_containing("Day 2: 0 of "));
    CHECK(h.shows_text_containing("Day 1: 0 of "));
    const MirrorItem* summary = h.find("Pain 7 on day 1, 4 today; a change you can feel.");
    REQUIRE(summary);
    CHECK(summary->role == Role::Status);
    CHECK_FALSE(h.shows_text_containing("Activities "));   // no hard activity was named: no activity chart
}

TEST_CASE("without an episode Progress shows no episode section") {
    UiHarness h;
    open_progress(h);
    CHECK_FALSE(h.shows("This episode"));
    CHECK_FALSE(h.shows_text_containing("Pain 7 on day 1"));
    CHECK_FALSE(h.shows_text_containing(" done so far"));
}

TEST_CASE("after the episode ends Progress no longer shows it") {
    UiHarness h;
    three_days(h);
    h.app.end_episode();
    open_progress(h);
    CHECK_FALSE(h.shows("This episode"));
}

TEST_CASE("the episode view fits a 320 px wide phone, at 100% and 200% text: nothing reaches past the screen's edge") {
    float heading_at_100 = 0;
    for (int percent : {100, 200}) {
        CAPTURE(percent);
        UiHarness h;
        ImGui::GetIO().DisplaySize = ImVec2(320, 568);
        Settings settings = h.app.settings();
        settings.text_size_percent = percent;
        h.app.save_settings(settings);
        three_days(h);
        open_progress(h);
        REQUIRE(h.shows("This episode"));
        float heading = h.find("This episode")->max.y - h.find("This episode")->min.y;
        if (percent == 100) heading_at_100 = heading;
        else CHECK(heading > heading_at_100 * 1.5f);   // the larger text really is in effect
        for (const MirrorItem& m : mirror_items()) {
            CAPTURE(m.name);
            CHECK(m.min.x >= 0);
            CHECK(m.max.x <= 320);
        }
    }
}
