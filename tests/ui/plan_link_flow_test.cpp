// A clinician's plan by link in real frames: made on the plan maker, opened, followed during an
// episode or before one begins, shown as "Set by <clinic>" on Home, and handed back to the app.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/plan_link.h"
#include "episode_steps.h"
#include "ui_harness.h"

using namespace unclench;

namespace {

std::string riverside_link(UiHarness& h) {
    ClinicianPlan plan;
    plan.clinic = "Riverside Physio";
    plan.phase = RecoveryPhase::Move;
    plan.routines = {{"daily-mobility", 2}};
    plan.lesson_ids = {"scans"};
    std::optional<std::string> link = encode_plan_fragment(plan, h.app.builtin_routine_ids(), h.app.lesson_ids());
    REQUIRE(link);
    return *link;
}

void open_link(UiHarness& h, const std::string& link) {
    h.platform.new_fragments.push_back(link);
    h.settle();
    REQUIRE(h.screen() == "shared-plan");
}

} // namespace

TEST_CASE("a plan link followed during an episode sets its phase and routines, and Home says who set it") {
    UiHarness h;
    start_episode(h, 7);
    open_link(h, riverside_link(h));
    CHECK(h.shows("Set by Riverside Physio"));
    CHECK(h.shows("Start in Move"));
    CHECK(h.shows("Daily mobility: Twice a day"));
    CHECK(h.shows("Lesson: Scans are rarely needed"));
    REQUIRE(h.tap("Follow this plan"));
    h.settle();
    CHECK(h.screen() == "home");
    CHECK(h.shows("Day 1: Move"));
    CHECK(h.shows("Set by Riverside Physio"));
    CHECK(h.app.plan_status_today().clinician_in_control);
    CHECK(h.shows_text_containing("(set by Riverside Physio)"));
    const std::vector<std::string>& calls = h.platform.calls;
    CHECK(std::count(calls.begin(), calls.end(), "embed phase-changed calm move day 1 by clinician") == 1);
}

TEST_CASE("while a clinician's plan is in control a check-in changes no phase, until control is handed back") {
    UiHarness h;
    start_episode(h, 8);
    open_link(h, riverside_link(h));
    REQUIRE(h.tap("Follow this plan"));
    h.settle();
    REQUIRE(h.tap("Daily check-in"));
    h.settle();
    REQUIRE(h.tap("Pain now: 10"));   // a rise that would step back
    REQUIRE(h.tap("Save check-in"));
    h.settle();
    CHECK(h.app.plan_status_today().phase == RecoveryPhase::Move);
    CHECK(h.shows_text_containing("Your clinic's plan keeps you in Move. The app would have stepped back to Calm"));
    h.app.home();
    h.settle();
    REQUIRE(h.tap("Let the app adjust my plan"));
    h.settle();
    CHECK_FALSE(h.app.plan_status_today().clinician_in_control);
    CHECK_FALSE(h.shows("Let the app adjust my plan"));
}

TEST_CASE("a plan link opened before any episode waits for 'My back has gone' and then applies") {
    UiHarness h;
    h.settle();
    open_link(h, riverside_link(h));
    REQUIRE(h.shows("First, three quick questions about your back start the plan."));
    REQUIRE(h.tap("Follow this plan"));
    h.settle();
    REQUIRE(h.screen() == "episode-start");
    CHECK(h.shows("Your plan from Riverside Physio starts with these answers."));
    REQUIRE(h.tap("How bad is it now?: 6"));
    REQUIRE(h.tap("Start my plan"));
    h.settle();
    REQUIRE(h.tap("None of these"));
    h.settle();
    REQUIRE(h.app.episode());
    CHECK(h.app.plan_status_today().phase == RecoveryPhase::Move);
    CHECK(h.app.plan_status_today().set_by == "Set by Riverside Physio");
}

TEST_CASE("a damaged plan link says so and changes nothing") {
    UiHarness h;
    start_episode(h, 7);
    std::string link = riverside_link(h);
    link[link.size() - 4] = link[link.size() - 4] == 'A' ? 'B' : 'A';
    open_link(h, link);
    CHECK(h.shows("This plan link can't be opened"));
    CHECK(h.shows_text_containing("changed or damaged"));
    REQUIRE(h.tap("Go to Home"));
    h.settle();
    CHECK(h.app.plan_status_today().phase == RecoveryPhase::Calm);
    CHECK_FALSE(h.app.plan_status_today().clinician_in_control);
}

TEST_CASE("the plan maker makes a link only once it names the clinic and a routine, and the link opens") {
    UiHarness h;
    h.platform.embed.clinic = "Riverside Physio";
    h.settle();
    h.app.go(ScreenId::PlanMaker);
    h.settle();
    CHECK(h.shows_text_containing("at least one routine"));
    REQUIRE(h.tap("More Quick reset"));
    REQUIRE(h.tap("Keep moving"));
    h.settle();
    CHECK(h.shows_text_containing("Plan link: https://unclench.test/#p=1."));
    REQUIRE(h.tap("Copy link"));
    h.settle();
    CHECK(h.shows("Link copied. Send it to your patient."));
    REQUIRE_FALSE(h.platform.calls.empty());
    std::string copied = h.platform.calls.back();
    REQUIRE(copied.rfind("copy https://unclench.test/#p=1.", 0) == 0);

    PlanLinkResult opened = decode_plan_fragment(copied.substr(copied.find('#')), h.app.builtin_routine_ids(), h.app.lesson_ids());
    REQUIRE_MESSAGE(opened.plan, opened.message);
    CHECK(opened.plan->clinic == "Riverside Physio");
    CHECK(opened.plan->phase == RecoveryPhase::Calm);
    REQUIRE(opened.plan->routines.size() == 1);
    CHECK(opened.plan->routines[0].routine_id == "quick-reset");
    CHECK(opened.plan->routines[0].times_per_day == 1);
    CHECK(opened.plan->lesson_ids == std::vector<std::string>{"keep-moving"});
}
