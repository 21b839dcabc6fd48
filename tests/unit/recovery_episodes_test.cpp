// Whole episodes, day by day: every change the person sees, in the exact words, and the plan each day.
#include <doctest/doctest.h>

#include "core/recovery_plan.h"
#include "recovery_test_helpers.h"

using namespace unclench;
using namespace recovery_test;

namespace {

std::string first_routine(const Episode& e, int n) {
    for (const DayItem& it : plan_for_day(e, day(n), kLessons).items)
        if (it.kind == ItemKind::Routine) return it.id;
    return "";
}

int walk_minutes(const Episode& e, int n) {
    for (const DayItem& it : plan_for_day(e, day(n), kLessons).items)
        if (it.kind == ItemKind::Walk) return it.minutes;
    return 0;
}

// The check-in's change, or "" when the phase held.
std::string said(Episode& e, int n, int pain) { return check(e, n, pain).reason; }

} // namespace

TEST_CASE("an improving episode: Calm, Move on day 3, Strengthen on day 6, no clinician card") {
    Episode e = fresh(8);
    CHECK(first_routine(e, 0) == "relief-now");
    CHECK(said(e, 0, 8) == "");
    CHECK(said(e, 1, 7) == "");
    CHECK(said(e, 2, 5) == "Moved to Move: your pain has dropped by 37% since day 1");
    CHECK(first_routine(e, 2) == "daily-mobility");
    CHECK(walk_minutes(e, 2) == 3);
    CHECK(said(e, 3, 4) == "");
    CHECK(said(e, 4, 4) == "");
    CHECK(walk_minutes(e, 4) == 5);
    CHECK(said(e, 5, 3) == "Moved to Strengthen: your pain has dropped by 40% since Move began on day 3");
    CHECK(first_routine(e, 5) == "prevention-5");
    CHECK(walk_minutes(e, 5) == 10);
    for (int n = 6; n < 20; n++) CHECK(said(e, n, 2) == "");
    CHECK(e.phases.size() == 3);
    CHECK_FALSE(clinician_card(e, day(19)).show);
    PlanStatus s = plan_status(e, day(19));
    CHECK(s.phase == RecoveryPhase::Strengthen);
    CHECK(s.day_of_episode == 20);
    CHECK(s.reason == "Moved to Strengthen: your pain has dropped by 40% since Move began on day 3");
}

TEST_CASE("a flaring episode after an injury: forward, back, forward, back, and the worse-pain card") {
    Episode e = fresh(7, true);
    CHECK(plan_for_day(e, day(0), kLessons).items[1].id == "cold-pack");
    CHECK(said(e, 0, 7) == "");
    CHECK(said(e, 1, 6) == "");
    CHECK(said(e, 2, 4) == "Moved to Move: your pain has dropped by 42% since day 1");
    CHECK(plan_for_day(e, day(2), kLessons).items[2].id == "moist-heat");   // after the 2 days of cold
    CHECK(said(e, 3, 6) == "Back to Calm: your pain rose by 2 points since yesterday's check-in");
    CHECK(said(e, 4, 5) == "");
    CHECK(said(e, 5, 4) == "Moved to Move: your pain has dropped by 42% since day 1");
    PlanChange stop = apply_stop_it_hurts(e, day(6), at(6), "cat-cow");
    CHECK(stop.reason == "Back to Calm: \"Stop, it hurts\" during a session");
    CHECK(find_hurt(e, "cat-cow"));
    CHECK(said(e, 7, 4) == "Moved to Move: your pain has dropped by 42% since day 1");
    CHECK(said(e, 8, 8) == "Back to Calm: your pain rose by 4 points since yesterday's check-in");
    ClinicianCard card = clinician_card(e, day(8));
    CHECK(card.show);
    CHECK(card.reasons == std::vector<CardReason>{CardReason::Worse});
    // Every change, in order, one step each.
    std::vector<RecoveryPhase> phases;
    for (const PhaseEntry& p : e.phases) phases.push_back(p.phase);
    CHECK(phases == std::vector<RecoveryPhase>{RecoveryPhase::Calm, RecoveryPhase::Move, RecoveryPhase::Calm, RecoveryPhase::Move, RecoveryPhase::Calm, RecoveryPhase::Move,
                                       RecoveryPhase::Calm});
}

TEST_CASE("a stuck episode: Calm for two weeks, the card on day 15, dismissed, back a week later") {
    Episode e = fresh(6);
    for (int n = 0; n < 14; n++) CHECK(said(e, n, n % 2 ? 5 : 6) == "");
    CHECK(current_phase(e) == RecoveryPhase::Calm);
    CHECK_FALSE(clinician_card(e, day(13)).show);
    CHECK(said(e, 14, 6) == "");
    ClinicianCard card = clinician_card(e, day(14));
    REQUIRE(card.show);
    CHECK(card.text == "See a GP or physiotherapist. Your pain has not eased much in 2 weeks. "
                       "They can check what is going on and what would help.");
    dismiss_card(e, day(14), at(14));
    CHECK_FALSE(plan_status(e, day(20)).card.show);
    CHECK(plan_status(e, day(21)).card.show);
    CHECK(plan_status(e, day(42)).card.reasons.size() == 2);   // not improved, and 6 weeks
}

TEST_CASE("a clinician's plan: the phase is theirs until control is handed back") {
    Episode e = fresh(9);
    CHECK(said(e, 0, 9) == "");
    ClinicianPlan plan;
    plan.clinic = "Riverside Physio";
    plan.phase = RecoveryPhase::Move;
    plan.routines = {{"seed-002", 3}};
    set_clinician_plan(e, plan, day(1), at(1));
    CHECK(plan_status(e, day(1)).reason == "Set by Riverside Physio");
    CHECK(first_routine(e, 1) == "seed-002");
    CHECK(said(e, 2, 5) == "");
    CHECK(said(e, 3, 4) == "");
    PlanChange held = check(e, 4, 3);   // would move on to Strengthen
    CHECK(held.held_by_clinician);
    CHECK(held.suggested == RecoveryPhase::Strengthen);
    CHECK(held.reason == "Set by Riverside Physio");
    held = check(e, 5, 6);   // would step back to Calm
    CHECK(held.suggested == RecoveryPhase::Calm);
    CHECK(current_phase(e) == RecoveryPhase::Move);
    hand_back_control(e);
    CHECK(first_routine(e, 6) == "daily-mobility");
    CHECK(said(e, 6, 3) == "");   // 3 -> 6 was a rise one check-in ago
    CHECK(said(e, 7, 3) == "Moved to Strengthen: your pain has dropped by 66% since Move began on day 2");
}
