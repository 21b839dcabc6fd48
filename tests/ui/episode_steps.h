// Steps the recovery companion's UI tests share: an episode started from Home, and a Relief now
// session stopped because it hurt.
#pragma once
#include <doctest/doctest.h>

#include <string>

#include "ui_harness.h"

namespace unclench {

// From Home: "My back has gone", the three questions (no hard activity), then the emergency signs.
inline void start_episode(UiHarness& h, int pain, bool injury = false) {
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

// Relief now started, then "Stop, it hurts" in its first step: the summary shows next.
inline void stop_relief_because_it_hurts(UiHarness& h) {
    const Routine* relief = h.app.find_routine("relief-now");
    REQUIRE(relief);
    REQUIRE(h.app.start_routine(*relief));
    h.settle();
    h.app.control_session(SessionControl::StopItHurts);
    h.settle();
}

} // namespace unclench
