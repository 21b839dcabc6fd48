// The App as the only writer of state: what a screen asks for reaches storage through the App, its
// notices reach the banner, and running work goes on whatever screen is shown.
#include <doctest/doctest.h>

#include "core/care_timer.h"
#include "ui_harness.h"

using namespace unclench;

static void add_first_exercise(UiHarness& h) {
    REQUIRE(h.tap("Add exercise"));
    REQUIRE(h.shows("Tap one to add it to the end of your routine."));
    REQUIRE(h.tap(h.app.catalogue().exercises.front().name));
    REQUIRE(h.tap("Done"));
}

TEST_CASE("a routine saved into a full store shows the notice, on the screen that saved it") {
    UiHarness h;
    REQUIRE(h.tap("Build a routine"));
    CHECK(h.screen() == "builder");
    add_first_exercise(h);
    h.store->quota = h.store->used_units();   // nothing more fits
    REQUIRE(h.tap("Save routine"));
    CHECK(h.screen() == "builder");
    CHECK(h.shows_text_containing("storage for Unclench is full"));
    CHECK(h.shows("Try saving again"));
}

TEST_CASE("a routine saved with room to spare is stored and offered for sharing") {
    UiHarness h;
    REQUIRE(h.tap("Build a routine"));
    add_first_exercise(h);
    REQUIRE(h.tap("Save routine"));
    CHECK(h.shows("Share this routine"));
    CHECK(h.app.progress().data().routines.size() == 1);
    CHECK_FALSE(h.shows_text_containing("is full"));
}

// The shortest care timer in the catalogue, for tests that run one to its end.
static const CareProtocol& shortest_timer(const App& app) {
    const CareProtocol* best = nullptr;
    int64_t best_ms = 0;
    for (const CareProtocol& p : app.catalogue().care)
        if (std::optional<CareTimerPlan> plan = care_timer_plan(p))
            if (!best || plan->total_ms() < best_ms) { best = &p; best_ms = plan->total_ms(); }
    REQUIRE(best != nullptr);
    return *best;
}

TEST_CASE("a care timer ends with its cue, its history entry and the screen lock let go while Settings is shown") {
    UiHarness h;
    const CareProtocol& p = shortest_timer(h.app);
    h.app.go(ScreenId::CareTimer, p.id);
    h.settle();
    const MirrorItem* start = nullptr;
    for (const MirrorItem& m : mirror_items())
        if (m.name.rfind("Start ", 0) == 0 && m.name.find(" timer") != std::string::npos) start = &m;
    REQUIRE(start != nullptr);
    REQUIRE(h.tap(std::string(start->name)));
    REQUIRE(h.app.care().active() != nullptr);
    CHECK(h.platform.wake_lock_held);
    h.app.home();
    REQUIRE(h.tap("Settings"));
    CHECK(h.screen() == "settings");
    h.platform.calls.clear();
    h.wait(care_timer_plan(p)->total_ms() + 2000);
    CHECK(h.screen() == "settings");
    CHECK(h.app.progress().data().care.size() == 1);
    CHECK(h.app.progress().data().care.front().completed);
    CHECK_FALSE(h.platform.wake_lock_held);
    CHECK(h.platform.called("wake-lock off"));
    CHECK(h.platform.called("speak "));   // the end words, spoken on the Settings screen
}

TEST_CASE("the session's cues and screen lock follow it, and its end opens the Summary") {
    UiHarness h;
    REQUIRE(h.tap("Relief now"));
    CHECK(h.screen() == "player");
    CHECK(h.platform.wake_lock_held);
    CHECK(h.platform.called("embed session-started relief-now"));
    h.wait(3000);
    CHECK((h.platform.called("beep ") || h.platform.called("speak ")));
    REQUIRE(h.tap("Stop, it hurts"));
    h.frame();
    CHECK(h.screen() == "summary");
    CHECK_FALSE(h.platform.wake_lock_held);
    REQUIRE(h.tap("Save"));
    CHECK(h.screen() == "home");
    CHECK(h.app.progress().data().sessions.size() == 1);
    CHECK(h.platform.called("embed session-completed pain"));
}

TEST_CASE("pausing keeps the session's time; the Summary's answers go with its visit") {
    UiHarness h;
    REQUIRE(h.tap("Relief now"));
    REQUIRE(h.tap("Pause"));
    int64_t left = h.app.session()->engine->snapshot(h.app.now_ms()).session_remaining_ms;
    h.wait(5000);
    CHECK(h.app.session()->engine->snapshot(h.app.now_ms()).session_remaining_ms == left);
    REQUIRE(h.tap("Resume"));
    h.wait(1000);
    CHECK(h.app.session()->engine->snapshot(h.app.now_ms()).session_remaining_ms < left);
}

TEST_CASE("after a cold pack, ice and heat says when cold may go on again, 2 hours after the first began") {
    UiHarness h;
    const CareProtocol* cold = h.app.catalogue().care_protocol("cold-pack");
    const CareProtocol* both = h.app.catalogue().care_protocol("ice-and-heat");
    REQUIRE(cold);
    REQUIRE(both);
    h.app.go(ScreenId::CareTimer, both->id);
    h.settle();
    CHECK_FALSE(h.shows_text_containing("Cold again from"));
    h.app.care().start(*cold);
    h.wait(care_timer_plan(*cold)->total_ms() + 2000);
    h.app.care().close();
    h.settle();
    CHECK(h.shows_text_containing("Cold again from"));
    h.wall_ms += 2 * 3600 * 1000;
    h.settle();
    CHECK_FALSE(h.shows_text_containing("Cold again from"));
}
