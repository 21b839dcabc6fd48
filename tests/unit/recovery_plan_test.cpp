// The recovery plan's rules (issue 15): each threshold on both sides, the clinician's plan, the
// clinician card, today's plan, lessons, ticking and exercises that hurt.
#include <doctest/doctest.h>

#include <set>

#include "catalogue_fixture.h"
#include "core/catalogue_json.h"
#include "core/recovery_plan.h"
#include "recovery_test_helpers.h"

using namespace unclench;
using namespace recovery_test;

namespace {

ClinicianPlan riverside(RecoveryPhase phase) {
    ClinicianPlan plan;
    plan.clinic = "Riverside Physio";
    plan.phase = phase;
    plan.routines = {{"seed-004", 2}};
    plan.lesson_ids = {"pacing"};
    return plan;
}

RoutineStep step(const char* exercise) {
    RoutineStep s;
    s.exercise = exercise;
    return s;
}

const DayItem* find_item(const DayPlan& plan, ItemKind kind) {
    for (const DayItem& it : plan.items)
        if (it.kind == kind) return &it;
    return nullptr;
}

std::vector<std::string> ids(const DayPlan& plan, ItemKind kind) {
    std::vector<std::string> out;
    for (const DayItem& it : plan.items)
        if (it.kind == kind) out.push_back(it.id);
    return out;
}

} // namespace

//-----------------------------------------------------------------------------
// Starting
//-----------------------------------------------------------------------------

TEST_CASE("every episode starts in Calm on day 1 and says why") {
    Episode e = fresh(8);
    PlanStatus s = plan_status(e, day(0));
    CHECK(s.phase == RecoveryPhase::Calm);
    CHECK(s.day_of_episode == 1);
    CHECK(s.reason == "Started in Calm: ease the spasm first");
    CHECK(plan_status(e, day(11)).day_of_episode == 12);
    CHECK_FALSE(start_episode(kStartDay, false, 11, at(0)));
    CHECK_FALSE(start_episode(kStartDay, false, -1, at(0)));
}

TEST_CASE("phase names come from one table") {
    CHECK(std::string(phase_name(RecoveryPhase::Calm)) == "calm");
    CHECK(std::string(phase_name(RecoveryPhase::Move)) == "move");
    CHECK(std::string(phase_name(RecoveryPhase::Strengthen)) == "strengthen");
    RecoveryPhase p = RecoveryPhase::Calm;
    CHECK(value_of(kRecoveryPhaseNames, "strengthen", p));
    CHECK(p == RecoveryPhase::Strengthen);
}

//-----------------------------------------------------------------------------
// Moving on
//-----------------------------------------------------------------------------

TEST_CASE("pain down 30% with no rise in the last two check-ins moves Calm to Move") {
    Episode e = fresh(10);
    CHECK_FALSE(check(e, 1, 8).changed);
    PlanChange c = check(e, 2, 7);
    CHECK(c.changed);
    CHECK(c.from == RecoveryPhase::Calm);
    CHECK(c.to == RecoveryPhase::Move);
    CHECK(c.reason == "Moved to Move: your pain has dropped by 30% since day 1");
    CHECK(current_phase(e) == RecoveryPhase::Move);
    CHECK(plan_status(e, day(2)).reason == c.reason);
}

TEST_CASE("pain down just under 30% (7 to 5, 28.6%) keeps Calm; 7 to 4 moves") {
    Episode e = fresh(7);
    check(e, 1, 6);
    CHECK_FALSE(check(e, 2, 5).changed);
    PlanChange c = check(e, 3, 4);
    CHECK(c.changed);
    CHECK(c.reason == "Moved to Move: your pain has dropped by 42% since day 1");
}

TEST_CASE("a single check-in is not enough to move on, however big the drop") {
    Episode e = fresh(8);
    CHECK_FALSE(check(e, 0, 2).changed);
    CHECK(check(e, 1, 2).changed);
}

TEST_CASE("a rise in either of the last two check-ins keeps Calm") {
    Episode e = fresh(10);
    check(e, 1, 6);
    CHECK_FALSE(check(e, 2, 7).changed);   // rose 6 -> 7
    CHECK_FALSE(check(e, 3, 7).changed);   // level, but the one before rose
    CHECK(check(e, 4, 6).changed);         // 7 -> 7 -> 6: no rise in the last two
}

TEST_CASE("Move to Strengthen is measured from the pain at which Move began, after 3 days in Move") {
    Episode e = in_move();   // Move began on day 2 (episode day 3) at pain 6
    REQUIRE(current_phase(e) == RecoveryPhase::Move);
    CHECK(e.phases.back().pain == 6);
    CHECK_FALSE(check(e, 3, 5).changed);   // 17% below 6
    CHECK_FALSE(check(e, 4, 4).changed);   // 33% below 6, but only 2 days in Move
    PlanChange c = check(e, 5, 4);         // 3 days in Move
    CHECK(c.changed);
    CHECK(c.to == RecoveryPhase::Strengthen);
    CHECK(c.reason == "Moved to Strengthen: your pain has dropped by 33% since Move began on day 3");
}

TEST_CASE("3 days in Move with less than 30% below Move's starting pain keeps Move") {
    Episode e = in_move();
    check(e, 3, 5);
    check(e, 4, 5);
    CHECK_FALSE(check(e, 5, 5).changed);   // 17%: the 40% since day 1 does not count twice
    CHECK(current_phase(e) == RecoveryPhase::Move);
}

TEST_CASE("Strengthen is the last phase") {
    Episode e = in_strengthen();
    REQUIRE(current_phase(e) == RecoveryPhase::Strengthen);
    CHECK_FALSE(check(e, 6, 0).changed);
    CHECK_FALSE(check(e, 7, 0).changed);
}

TEST_CASE("a start pain of 0 moves on once two check-ins show no rise") {
    Episode e = fresh(0);
    CHECK_FALSE(check(e, 0, 0).changed);
    PlanChange c = check(e, 1, 0);
    CHECK(c.changed);
    CHECK(c.reason == "Moved to Move: no pain and no rise in your last two check-ins");
}

//-----------------------------------------------------------------------------
// Stepping back
//-----------------------------------------------------------------------------

TEST_CASE("pain up 1 point since the last check-in keeps Move; up 2 points steps back to Calm") {
    Episode e = in_move();   // last check-in: 6
    CHECK_FALSE(check(e, 3, 7).changed);
    PlanChange c = check(e, 4, 9);
    CHECK(c.changed);
    CHECK(c.from == RecoveryPhase::Move);
    CHECK(c.to == RecoveryPhase::Calm);
    CHECK(c.reason == "Back to Calm: your pain rose by 2 points since yesterday's check-in");
}

TEST_CASE("a rise is measured from the last check-in, whichever day it was") {
    Episode e = in_move();   // day 2: 6
    PlanChange c = check(e, 5, 9);
    CHECK(c.reason == "Back to Calm: your pain rose by 3 points since your check-in on day 3");
}

TEST_CASE("Strengthen steps back one step only, to Move") {
    Episode e = in_strengthen();   // last check-in: 4
    PlanChange c = check(e, 6, 10);
    CHECK(c.to == RecoveryPhase::Move);
    CHECK(c.reason == "Back to Move: your pain rose by 6 points since yesterday's check-in");
}

TEST_CASE("Calm has nowhere to step back to") {
    Episode e = fresh(5);
    PlanChange c = check(e, 0, 9);
    CHECK_FALSE(c.changed);
    CHECK(c.reason.empty());
    CHECK(current_phase(e) == RecoveryPhase::Calm);
}

TEST_CASE("activity scores down 2.0 points on average step back; down 1.67 does not") {
    Episode e = in_move();
    int a = add_activity(e, "Putting on socks"), b = add_activity(e, "Sitting at work"), c = add_activity(e, "Lifting");
    check(e, 3, 6, {{a, 6}, {b, 6}, {c, 6}});
    CHECK_FALSE(check(e, 4, 6, {{a, 4}, {b, 4}, {c, 5}}).changed);   // 5/3 = 1.67 down
    // 4,4,5 -> 2,2,3: 2.0 down (the closest a mean of three whole scores comes to 1.9 is 1.67)
    PlanChange change = check(e, 5, 6, {{a, 2}, {b, 2}, {c, 3}});
    CHECK(change.changed);
    CHECK(change.to == RecoveryPhase::Calm);
    CHECK(change.reason == "Back to Calm: your activity scores fell by 2.0 points since yesterday's check-in");
}

TEST_CASE("a newly added activity with a low score is not a fall in activity scores") {
    Episode e = in_move();
    int a = add_activity(e, "Putting on socks");
    check(e, 3, 6, {{a, 8}});
    int b = add_activity(e, "Bending to the floor");
    CHECK_FALSE(check(e, 4, 6, {{a, 8}, {b, 1}}).changed);
    CHECK(*psfs(*check_in_on(e, day(4))) == doctest::Approx(4.5));
}

TEST_CASE("\"Stop, it hurts\" steps back one phase, names the reason and leaves the exercise out") {
    Episode e = in_strengthen();
    PlanChange c = apply_stop_it_hurts(e, day(6), at(6), "bridge");
    CHECK(c.changed);
    CHECK(c.from == RecoveryPhase::Strengthen);
    CHECK(c.to == RecoveryPhase::Move);
    CHECK(c.reason == "Back to Move: \"Stop, it hurts\" during a session");
    REQUIRE(find_hurt(e, "bridge"));
    CHECK(find_hurt(e, "bridge")->choice == HurtChoice::LeaveOut);
    CHECK(e.phases.back().pain == 4);   // the pain it was measured at: the last check-in's
}

TEST_CASE("\"Stop, it hurts\" in Calm remembers the exercise and changes no phase") {
    Episode e = fresh(8);
    PlanChange c = apply_stop_it_hurts(e, day(0), at(0), "knees-to-chest");
    CHECK_FALSE(c.changed);
    CHECK(current_phase(e) == RecoveryPhase::Calm);
    CHECK(find_hurt(e, "knees-to-chest"));
}

TEST_CASE("after a step back the phase holds for the rest of that day") {
    Episode e = in_strengthen();
    CHECK(apply_stop_it_hurts(e, day(6), at(6), "bridge").to == RecoveryPhase::Move);
    CHECK_FALSE(apply_stop_it_hurts(e, day(6), at(6) + 600, "locust").changed);
    CHECK_FALSE(check(e, 6, 10).changed);   // no second step back the same day
    CHECK(current_phase(e) == RecoveryPhase::Move);
    CHECK(apply_stop_it_hurts(e, day(7), at(7), "locust").to == RecoveryPhase::Calm);
}

TEST_CASE("a check-in cannot undo a step back made earlier the same day") {
    Episode e = fresh(10);
    check(e, 1, 8);
    check(e, 2, 6);
    check(e, 3, 4);   // still Move
    REQUIRE(apply_stop_it_hurts(e, day(4), at(4), "cat-cow").to == RecoveryPhase::Calm);
    CHECK_FALSE(check(e, 4, 3).changed);
    CHECK(check(e, 5, 3).to == RecoveryPhase::Move);
}

//-----------------------------------------------------------------------------
// Check-ins
//-----------------------------------------------------------------------------

TEST_CASE("a second check-in on the same day replaces the first") {
    Episode e = fresh(8);
    check(e, 1, 7);
    check(e, 1, 5);
    REQUIRE(e.check_ins.size() == 1);
    CHECK(e.check_ins[0].pain == 5);
}

TEST_CASE("a check-in filled in for an earlier day is kept but moves nothing") {
    Episode e = fresh(10);
    check(e, 3, 7);
    PlanChange c = check(e, 1, 7);
    CHECK(c.recorded);
    CHECK_FALSE(c.changed);
    CHECK(e.check_ins.size() == 2);
    CHECK(e.check_ins[0].day == day(1));
}

TEST_CASE("check-ins out of range or scoring an unknown or retired activity are refused") {
    Episode e = fresh(8);
    int a = add_activity(e, "Socks");
    int b = add_activity(e, "Stairs");
    retire_activity(e, b);
    CHECK_FALSE(check(e, 1, 11).recorded);
    CHECK_FALSE(check(e, 1, -1).recorded);
    CHECK_FALSE(check(e, 1, 5, {{a, 11}}).recorded);
    CHECK_FALSE(check(e, 1, 5, {{99, 5}}).recorded);
    CHECK_FALSE(check(e, 1, 5, {{b, 5}}).recorded);
    CHECK_FALSE(check(e, 1, 5, {{a, 5}, {a, 6}}).recorded);
    CHECK_FALSE(check(e, -1, 5).recorded);
    CHECK(e.check_ins.empty());
    CHECK(check(e, 1, 5, {{a, 5}}).recorded);
}

TEST_CASE("PSFS is the mean of the check-in's activity scores") {
    CHECK(*psfs(check_in(0, 5, {{1, 3}, {2, 4}, {3, 8}})) == doctest::Approx(5.0));
    CHECK_FALSE(psfs(check_in(0, 5)));
}

//-----------------------------------------------------------------------------
// Hard activities
//-----------------------------------------------------------------------------

TEST_CASE("at most 3 hard activities are in use; a retired one frees a place and keeps its scores") {
    Episode e = fresh(8);
    int a = add_activity(e, "Socks");
    add_activity(e, "Stairs");
    add_activity(e, "Driving");
    CHECK(add_activity(e, "Lifting") == 0);
    check(e, 1, 7, {{a, 3}});
    CHECK(retire_activity(e, a));
    int d = add_activity(e, "Lifting");
    CHECK(d == 4);
    REQUIRE(find_activity(e, a));
    CHECK(find_activity(e, a)->retired);
    CHECK(e.check_ins[0].scores[0].activity_id == a);
    CHECK_FALSE(rename_activity(e, a, "Shoes"));   // retired
}

TEST_CASE("renaming an activity keeps its old scores attributed to it") {
    Episode e = fresh(8);
    int a = add_activity(e, "Socks");
    check(e, 1, 7, {{a, 3}});
    CHECK(rename_activity(e, a, "Putting on socks and shoes"));
    CHECK(find_activity(e, e.check_ins[0].scores[0].activity_id)->name == "Putting on socks and shoes");
}

TEST_CASE("activity names are 1 to 60 characters of plain text") {
    CHECK(valid_activity_name(std::string(60, 'a')));
    CHECK_FALSE(valid_activity_name(std::string(61, 'a')));
    CHECK(valid_activity_name("Ein Glas Wasser tragen \xC3\xBC"));
    std::string sixty_umlauts;
    for (int i = 0; i < 60; i++) sixty_umlauts += "\xC3\xBC";   // 120 bytes, 60 characters
    CHECK(valid_activity_name(sixty_umlauts));
    CHECK_FALSE(valid_activity_name(""));
    CHECK_FALSE(valid_activity_name("   "));
    CHECK_FALSE(valid_activity_name(std::string("So\0cks", 6)));
    CHECK_FALSE(valid_activity_name("Line\nbreak"));
    CHECK_FALSE(valid_activity_name("\xC3"));   // cut UTF-8
}

//-----------------------------------------------------------------------------
// A clinician's plan
//-----------------------------------------------------------------------------

TEST_CASE("a clinician's plan sets the phase and holds it against the rules") {
    Episode e = fresh(10);
    set_clinician_plan(e, riverside(RecoveryPhase::Calm), day(0), at(0));
    CHECK(plan_status(e, day(0)).set_by == "Set by Riverside Physio");
    CHECK(plan_status(e, day(0)).reason == "Set by Riverside Physio");
    check(e, 1, 8);
    PlanChange c = check(e, 2, 6);
    CHECK_FALSE(c.changed);
    CHECK(c.held_by_clinician);
    CHECK(c.suggested == RecoveryPhase::Move);
    CHECK(c.reason == "Set by Riverside Physio");
    CHECK(current_phase(e) == RecoveryPhase::Calm);
    CHECK(apply_stop_it_hurts(e, day(2), at(2), "bridge").reason.empty());   // Calm: nothing to hold
}

TEST_CASE("a clinician may set any phase, and stop-it-hurts steps are held too") {
    Episode e = fresh(8);
    set_clinician_plan(e, riverside(RecoveryPhase::Strengthen), day(3), at(3));
    CHECK(current_phase(e) == RecoveryPhase::Strengthen);
    PlanChange c = apply_stop_it_hurts(e, day(4), at(4), "bridge");
    CHECK_FALSE(c.changed);
    CHECK(c.held_by_clinician);
    CHECK(c.suggested == RecoveryPhase::Move);
    CHECK(find_hurt(e, "bridge"));   // still remembered
}

TEST_CASE("handing control back lets the rules change the phase again") {
    Episode e = fresh(10);
    set_clinician_plan(e, riverside(RecoveryPhase::Calm), day(0), at(0));
    check(e, 1, 8);
    check(e, 2, 6);
    hand_back_control(e);
    CHECK(plan_status(e, day(2)).set_by.empty());
    PlanChange c = check(e, 3, 6);
    CHECK(c.changed);
    CHECK(c.to == RecoveryPhase::Move);
    CHECK(c.reason == "Moved to Move: your pain has dropped by 40% since day 1");
}

TEST_CASE("a clinician's routines replace the phase's routines; care and walks stay") {
    Episode e = fresh(8);
    set_clinician_plan(e, riverside(RecoveryPhase::Calm), day(0), at(0));
    DayPlan plan = plan_for_day(e, day(1), kLessons);
    CHECK(ids(plan, ItemKind::Routine) == std::vector<std::string>{"seed-004"});
    CHECK(find_item(plan, ItemKind::Routine)->times == 2);
    CHECK(find_item(plan, ItemKind::Routine)->words == "twice today (set by Riverside Physio)");
    CHECK(find_item(plan, ItemKind::Walk));
    hand_back_control(e);
    CHECK(ids(plan_for_day(e, day(1), kLessons), ItemKind::Routine) == std::vector<std::string>{"relief-now"});
}

//-----------------------------------------------------------------------------
// The "see a clinician" card
//-----------------------------------------------------------------------------

TEST_CASE("no meaningful improvement shows the card from day 14, not day 13") {
    Episode e = fresh(6);
    check(e, 13, 5);
    CHECK_FALSE(clinician_card(e, day(13)).show);
    ClinicianCard card = clinician_card(e, day(14));
    CHECK(card.show);
    CHECK(card.reasons == std::vector<CardReason>{CardReason::NoImprovement});
    CHECK(card.text == "See a GP or physiotherapist. Your pain has not eased much in 2 weeks. "
                       "They can check what is going on and what would help.");
}

TEST_CASE("a 2-point or 30% drop in pain is meaningful improvement; 1 point from 6 is not") {
    Episode a = fresh(6);
    check(a, 14, 4);   // 2 points
    CHECK_FALSE(clinician_card(a, day(14)).show);
    Episode b = fresh(3);
    check(b, 14, 2);   // 1 point, 33%
    CHECK_FALSE(clinician_card(b, day(14)).show);
    Episode c = fresh(6);
    check(c, 14, 5);   // 1 point, 17%
    CHECK(clinician_card(c, day(14)).show);
}

TEST_CASE("activity scores up 1.5 points count as improvement; up 1.0 do not") {
    Episode e = fresh(6);
    int a = add_activity(e, "Socks"), b = add_activity(e, "Stairs");
    check(e, 1, 6, {{a, 3}, {b, 3}});
    check(e, 14, 6, {{a, 4}, {b, 4}});
    CHECK(clinician_card(e, day(14)).show);
    check(e, 14, 6, {{a, 5}, {b, 4}});
    CHECK_FALSE(clinician_card(e, day(14)).show);
}

TEST_CASE("pain worse than at the start shows the card from day 7, not day 6") {
    Episode e = fresh(5);
    check(e, 6, 6);
    CHECK_FALSE(clinician_card(e, day(6)).show);
    ClinicianCard card = clinician_card(e, day(7));
    CHECK(card.show);
    CHECK(card.reasons == std::vector<CardReason>{CardReason::Worse});
    CHECK(card.text.find("Your pain is worse than when this began") != std::string::npos);
}

TEST_CASE("an episode 42 days old shows the card; 41 days does not") {
    Episode e = fresh(8);
    check(e, 1, 2);   // much better: only the age counts
    CHECK(clinician_card(e, day(41)).reasons.empty());
    CHECK(clinician_card(e, day(42)).reasons == std::vector<CardReason>{CardReason::LongEpisode});
}

TEST_CASE("a dismissed card comes back 7 days later, or at once with a new reason") {
    Episode e = fresh(6);
    check(e, 7, 7);   // worse
    REQUIRE(clinician_card(e, day(7)).show);
    dismiss_card(e, day(7), at(7));
    CHECK_FALSE(clinician_card(e, day(7)).show);
    CHECK_FALSE(clinician_card(e, day(13)).show);
    CHECK(clinician_card(e, day(14)).show);   // 7 days on, and a new reason too
    dismiss_card(e, day(14), at(14));
    CHECK_FALSE(clinician_card(e, day(20)).show);
    CHECK(clinician_card(e, day(21)).show);
    dismiss_card(e, day(36), at(36));
    CHECK_FALSE(clinician_card(e, day(41)).show);
    CHECK(clinician_card(e, day(42)).show);   // new: 6 weeks
    CHECK(clinician_card(e, day(42)).reasons.size() == 3);
}

//-----------------------------------------------------------------------------
// Lessons
//-----------------------------------------------------------------------------

TEST_CASE("one lesson opens each day: day 1 one, day 12 all twelve") {
    Episode e = fresh(8);
    CHECK(unlocked_lessons(e, day(0), kLessons) == std::vector<std::string>{"common"});
    CHECK(lesson_of_day(e, day(0), kLessons) == "common");
    CHECK(unlocked_lessons(e, day(3), kLessons).size() == 4);
    CHECK(lesson_of_day(e, day(3), kLessons) == "scans");
    CHECK(unlocked_lessons(e, day(11), kLessons) == kLessons);
    CHECK(lesson_of_day(e, day(11), kLessons) == "get-help");
    CHECK(unlocked_lessons(e, day(30), kLessons) == kLessons);
    CHECK(lesson_of_day(e, day(12), kLessons).empty());
    CHECK(unlocked_lessons(e, day(-3), kLessons).size() == 1);
}

TEST_CASE("a clinician's lessons are open at once") {
    Episode e = fresh(8);
    set_clinician_plan(e, riverside(RecoveryPhase::Calm), day(0), at(0));
    CHECK(unlocked_lessons(e, day(0), kLessons) == std::vector<std::string>{"common", "pacing"});
}

//-----------------------------------------------------------------------------
// Today's plan
//-----------------------------------------------------------------------------

TEST_CASE("Calm's plan: relief now as often as it helps, heat, short walks, moving every hour, the lesson") {
    Episode e = fresh(8);
    DayPlan plan = plan_for_day(e, day(0), kLessons);
    CHECK(plan.phase == RecoveryPhase::Calm);
    REQUIRE(plan.items.size() == 5);
    CHECK(plan.items[0].key == "routine:relief-now");
    CHECK(plan.items[0].as_often_as_helps);
    CHECK(plan.items[0].times == 3);
    CHECK(plan.items[0].words == "as often as it helps, up to 3 times today");
    CHECK(plan.items[1].key == "care:moist-heat");
    CHECK(plan.items[2].key == "walk:walk");
    CHECK(plan.items[2].minutes == 2);
    CHECK(plan.items[3].key == "move-hourly:rest");
    CHECK(plan.items[3].words == "get up and move a little every hour");
    CHECK(plan.items[4].key == "lesson:common");
}

TEST_CASE("after an injury Calm's plan has cold for the first 2 days, then heat") {
    Episode e = fresh(8, true);
    const DayPlan plan = plan_for_day(e, day(1), kLessons);
    const DayItem* cold = find_item(plan, ItemKind::Care);
    REQUIRE(cold);
    CHECK(cold->id == "cold-pack");
    CHECK(cold->words == "at most 20 minutes at a time, 2 hours from one cold to the next");
    CHECK(find_item(plan_for_day(e, day(2), kLessons), ItemKind::Care)->id == "moist-heat");
}

TEST_CASE("Move's walks build from 3 minutes by 1 a day to 10") {
    Episode e = in_move();   // Move began on day 2
    CHECK(ids(plan_for_day(e, day(2), kLessons), ItemKind::Routine) == std::vector<std::string>{"daily-mobility", "seed-001"});
    CHECK(find_item(plan_for_day(e, day(2), kLessons), ItemKind::Walk)->minutes == 3);
    CHECK(find_item(plan_for_day(e, day(3), kLessons), ItemKind::Walk)->minutes == 4);
    CHECK(find_item(plan_for_day(e, day(9), kLessons), ItemKind::Walk)->minutes == 10);
    CHECK(find_item(plan_for_day(e, day(20), kLessons), ItemKind::Walk)->minutes == 10);
    CHECK(find_item(plan_for_day(e, day(2), kLessons), ItemKind::Walk)->words == "3 minutes, 3 times today");
    CHECK(find_item(plan_for_day(e, day(2), kLessons), ItemKind::Care)->id == "moist-heat");
    CHECK_FALSE(find_item(plan_for_day(e, day(2), kLessons), ItemKind::MoveHourly));
}

TEST_CASE("a past day's plan is the plan of the phase it was in") {
    Episode e = in_move();
    CHECK(plan_for_day(e, day(1), kLessons).phase == RecoveryPhase::Calm);
    CHECK(plan_for_day(e, day(2), kLessons).phase == RecoveryPhase::Move);
}

TEST_CASE("Strengthen's plan: prevention, 10-minute walks and the flare-up plan") {
    Episode e = in_strengthen();
    DayPlan plan = plan_for_day(e, day(5), kLessons);
    CHECK(ids(plan, ItemKind::Routine) == std::vector<std::string>{"prevention-5"});
    CHECK(find_item(plan, ItemKind::Walk)->minutes == 10);
    CHECK(find_item(plan, ItemKind::FlareUpPlan)->id == "flare-up-plan");
    CHECK_FALSE(find_item(plan, ItemKind::Care));
}

TEST_CASE("every routine and care id the plan names exists in the shipped assets") {
    const Catalogue catalogue = *load_catalogue(fixture::read_asset("catalogue.json")).data;
    const std::vector<Routine> routines = *load_routines(fixture::read_asset("routines.json"), catalogue).data;
    std::set<std::string> routine_ids;
    for (const Routine& r : routines) routine_ids.insert(r.id);
    std::vector<Episode> episodes = {fresh(8), fresh(8, true), in_move(), in_strengthen()};
    for (const Episode& e : episodes) {
        for (int n = 0; n < 14; n++) {
            for (const DayItem& it : plan_for_day(e, day(n), kLessons).items) {
                CAPTURE(it.key);
                if (it.kind == ItemKind::Routine) CHECK(routine_ids.count(it.id) == 1);
                else if (it.kind == ItemKind::Lesson || it.kind == ItemKind::FlareUpPlan)
                    CHECK(std::find(kLessons.begin(), kLessons.end(), it.id) != kLessons.end());
                else CHECK(catalogue.care_protocol(it.id) != nullptr);
            }
        }
    }
    // Calm's routine is gentle enough for a spasm.
    for (const Routine& r : routines)
        if (r.id == "relief-now") CHECK(r.during_spasm);
}

//-----------------------------------------------------------------------------
// Ticking and adherence
//-----------------------------------------------------------------------------

TEST_CASE("finishing a session ticks its plan item for that day; adherence is done over planned") {
    Episode e = fresh(8);
    DayPlan plan = plan_for_day(e, day(0), kLessons);   // relief now (1 of up to 3), heat (1), walk 3x, hourly 1, lesson 1
    CHECK(adherence(e, plan) == doctest::Approx(0.0));
    CHECK(tick_routine(e, plan, "relief-now"));
    CHECK(tick_routine(e, plan, "relief-now"));
    CHECK(done_count(e, day(0), "routine:relief-now") == 2);
    CHECK(adherence(e, plan) == doctest::Approx(1.0 / 7));   // as often as it helps: one counts
    CHECK(tick_care(e, plan, "walk"));
    CHECK(tick_care(e, plan, "walk"));
    CHECK(adherence(e, plan) == doctest::Approx(3.0 / 7));
    CHECK_FALSE(tick_routine(e, plan, "prevention-5"));   // not in today's plan
    CHECK_FALSE(tick_care(e, plan, "cold-pack"));
    CHECK(done_count(e, day(1), "routine:relief-now") == 0);
    CHECK(tick_care(e, plan, "moist-heat"));
    CHECK(tick_care(e, plan, "rest"));
    CHECK(tick_item(e, plan, "lesson:common"));
    CHECK(tick_care(e, plan, "walk"));
    CHECK(tick_care(e, plan, "walk"));   // a fourth walk counts no further
    CHECK(adherence(e, plan) == doctest::Approx(1.0));
}

//-----------------------------------------------------------------------------
// Exercises that hurt
//-----------------------------------------------------------------------------

TEST_CASE("an exercise that hurt is left out, or played at half its hold, reps or breaths") {
    const Catalogue catalogue = fixture::loaded_catalogue();
    RoutineStep hug = step("knees-to-chest"), bridge = step("bridge"), breathe = step("relaxed-breathing"),
                drop = step("side-knee-drop");
    std::vector<RoutineStep> steps = {hug, bridge, breathe, drop};
    Episode e = fresh(8);
    remember_hurt(e, "knees-to-chest", HurtChoice::Half, day(1));   // hold 7 s -> 4
    remember_hurt(e, "bridge", HurtChoice::Half, day(1));           // reps 15-20 plays 15 -> 8
    remember_hurt(e, "relaxed-breathing", HurtChoice::Half, day(1));   // 5-10 breaths plays 5 -> 3
    remember_hurt(e, "side-knee-drop", HurtChoice::LeaveOut, day(1));
    std::vector<RoutineStep> play = steps_to_play(steps, catalogue, e.hurt);
    REQUIRE(play.size() == 3);
    CHECK(play[0].hold_s == 4);
    CHECK_FALSE(play[0].reps);
    CHECK(play[1].reps == 8);
    CHECK(play[2].breaths == 3);
    CHECK(felt_fine(e, "side-knee-drop"));
    CHECK(steps_to_play(steps, catalogue, e.hurt).size() == 4);
    CHECK(steps_to_play(steps, catalogue, e.hurt)[3] == drop);
}

TEST_CASE("halving uses the step's own dose when it sets one, rounds up and never goes below 1") {
    const Catalogue catalogue = fixture::loaded_catalogue();
    RoutineStep hug = step("knees-to-chest");
    hug.hold_s = 1;
    std::vector<HurtExercise> hurt = {{"knees-to-chest", HurtChoice::Half, day(0)}};
    CHECK(steps_to_play({hug}, catalogue, hurt)[0].hold_s == 1);
    hug.hold_s = 45;
    CHECK(steps_to_play({hug}, catalogue, hurt)[0].hold_s == 23);
    CHECK(halved(7) == 4);
    CHECK(halved(2) == 1);
    CHECK(halved(1) == 1);
    CHECK(halved(0) == 1);
}

TEST_CASE("the person's choice for an exercise that hurt can change, and felt fine removes it") {
    Episode e = fresh(8);
    apply_stop_it_hurts(e, day(0), at(0), "bridge");
    CHECK(set_hurt_choice(e, "bridge", HurtChoice::Half));
    CHECK(find_hurt(e, "bridge")->choice == HurtChoice::Half);
    apply_stop_it_hurts(e, day(2), at(2), "bridge");   // hurt again at half: left out until asked again
    CHECK(find_hurt(e, "bridge")->choice == HurtChoice::LeaveOut);
    CHECK(find_hurt(e, "bridge")->day == day(2));
    CHECK(felt_fine(e, "bridge"));
    CHECK_FALSE(find_hurt(e, "bridge"));
    CHECK_FALSE(felt_fine(e, "bridge"));
    CHECK_FALSE(set_hurt_choice(e, "bridge", HurtChoice::Half));
}
