// Moving between screens: Back returns where it came from, and each screen draws the same thing twice
// at the same time (no screen reads a clock of its own).
#include <doctest/doctest.h>

#include "ui_harness.h"

using namespace unclench;

// Every screen that Back leaves, with what it shows (the Player and Summary end a session instead).
static std::vector<Route> screens_with_back(const App& app) {
    return {{ScreenId::Routines, "", nullptr},
            {ScreenId::RoutineDetail, "relief-now", nullptr},
            {ScreenId::Settings, "", nullptr},
            {ScreenId::About, "", nullptr},
            {ScreenId::Exercises, "", nullptr},
            {ScreenId::ExerciseDetail, app.catalogue().exercises.front().id, nullptr},
            {ScreenId::Care, "", nullptr},
            {ScreenId::CareTimer, app.catalogue().care.front().id, nullptr},
            {ScreenId::Progress, "", nullptr},
            {ScreenId::Safety, "", nullptr},
            {ScreenId::Builder, "", nullptr},
            {ScreenId::Share, "relief-now", nullptr},
            {ScreenId::SharedRoutine, "#r=1.abc*def", nullptr}};
}

TEST_CASE("Back from every screen returns to the screen it was opened from") {
    UiHarness h;
    for (const Route& r : screens_with_back(h.app)) {
        std::string screen = screen_id_name(r.screen);
        CAPTURE(screen);
        h.app.home();
        h.frame();
        REQUIRE(h.tap("Routines"));
        REQUIRE(h.screen() == "routines");
        h.app.go(r.screen, r.param);
        h.frame();
        CHECK(h.screen() == screen);
        REQUIRE(h.tap("Back"));
        h.frame();
        CHECK(h.screen() == "routines");
    }
}

TEST_CASE("a screen draws the same at the same time: no screen reads a clock") {
    UiHarness h;
    for (const Route& r : screens_with_back(h.app)) {
        std::string screen = screen_id_name(r.screen);
        CAPTURE(screen);
        h.app.home();
        h.app.go(r.screen, r.param);
        h.settle();
        std::string first = mirror_widgets_json();
        h.frame();
        CHECK(mirror_widgets_json() == first);
    }
}

TEST_CASE("a screen's unsaved answers are forgotten when it is left, not carried into the next visit") {
    UiHarness h;
    REQUIRE(h.tap("Routines"));
    h.app.go(ScreenId::RoutineDetail, "relief-now");
    h.frame();
    REQUIRE(h.tap("Pain right now (optional): 7"));
    REQUIRE(h.find("Pain right now (optional): 7")->checked);
    REQUIRE(h.tap("Back"));
    h.app.go(ScreenId::RoutineDetail, "relief-now");
    h.frame();
    REQUIRE(h.tap("Start"));
    CHECK(h.app.session()->pain_before == kNoPain);
}
