// Progress's episode view, shaped in core: pain and activity scores a day, the bands of a change not
// yet felt, phase changes, each day's plan done, and the words a screen reader hears.
#include <doctest/doctest.h>

#include "core/episode_chart.h"
#include "core/recovery_plan.h"
#include "recovery_test_helpers.h"

using namespace unclench;
using namespace recovery_test;

namespace {

EpisodeChart chart_on(const Episode& e, int n) { return episode_chart(e, day(n), day(0), kLessons); }

std::vector<ActivityScore> scores(int a, int b) { return {{1, a}, {2, b}}; }

Episode with_two_activities(int start_pain) {
    Episode e = fresh(start_pain);
    add_activity(e, "Putting on socks");
    add_activity(e, "Sitting in the car");
    return e;
}

} // namespace

//-----------------------------------------------------------------------------
// The days
//-----------------------------------------------------------------------------

TEST_CASE("the chart has a day for every day of the episode up to today, oldest first") {
    Episode e = fresh(7);
    EpisodeChart c = chart_on(e, 4);
    REQUIRE(c.days.size() == 5);
    CHECK(c.days.front().day_of_episode == 1);
    CHECK(c.days.back().day_of_episode == 5);
    CHECK(c.today == 5);
}

TEST_CASE("a day without a check-in leaves a gap in the pain line") {
    Episode e = fresh(7);
    check(e, 1, 6);
    check(e, 3, 4);
    EpisodeChart c = chart_on(e, 3);
    CHECK(c.days[1].pain == 6);
    CHECK_FALSE(c.days[2].pain);
    CHECK(c.days[3].pain == 4);
}

TEST_CASE("day 1 without a check-in shows the pain the episode began with; a check-in that day replaces it") {
    Episode e = fresh(7);
    CHECK(chart_on(e, 0).days[0].pain == 7);
    check(e, 0, 6);
    CHECK(chart_on(e, 0).days[0].pain == 6);
    CHECK(chart_on(e, 0).start_pain == 7);
}

TEST_CASE("the activity line is the mean of each day's scores, with gaps where there were none") {
    Episode e = with_two_activities(7);
    check(e, 0, 7, scores(2, 3));
    check(e, 1, 6);
    check(e, 2, 5, scores(5, 6));
    EpisodeChart c = chart_on(e, 2);
    REQUIRE(c.days[0].psfs);
    CHECK(*c.days[0].psfs == doctest::Approx(2.5));
    CHECK_FALSE(c.days[1].psfs);
    REQUIRE(c.days[2].psfs);
    CHECK(*c.days[2].psfs == doctest::Approx(5.5));
}

TEST_CASE("the chart shows at most the last 8 weeks") {
    Episode e = fresh(7);
    EpisodeChart c = chart_on(e, 99);
    REQUIRE(c.days.size() == (size_t)kChartMaxDays);
    CHECK(c.days.back().day_of_episode == 100);
    CHECK(c.days.front().day_of_episode == 100 - kChartMaxDays + 1);
}

//-----------------------------------------------------------------------------
// The bands
//-----------------------------------------------------------------------------

TEST_CASE("the pain band runs from the start pain down by 2 points or 30%, whichever is felt first") {
    CHECK(chart_on(fresh(7), 0).pain_band.low == doctest::Approx(5.0));    // 2 points before 30% (2.1)
    CHECK(chart_on(fresh(7), 0).pain_band.high == doctest::Approx(7.0));
    CHECK(chart_on(fresh(10), 0).pain_band.low == doctest::Approx(8.0));
    CHECK(chart_on(fresh(4), 0).pain_band.low == doctest::Approx(2.8));    // 30% before 2 points
    EpisodeChart none = chart_on(fresh(0), 0);
    CHECK(none.pain_band.low == none.pain_band.high);
}

TEST_CASE("a pain at or below the band is exactly a change the rules count as felt") {
    for (int from = 1; from <= kPainMax; from++)
        for (int to = 0; to <= kPainMax; to++) {
            CAPTURE(from);
            CAPTURE(to);
            CHECK((to <= from - pain_felt_drop(from) + 1e-9) == pain_change_felt(from, to));
        }
}

TEST_CASE("the activity band is the first score plus or minus the scale's measurement error, within 0 to 10") {
    Episode e = with_two_activities(7);
    check(e, 1, 6, scores(1, 1));
    check(e, 2, 5, scores(9, 9));
    EpisodeChart c = chart_on(e, 2);
    REQUIRE(c.first_psfs);
    CHECK(*c.first_psfs == doctest::Approx(1.0));
    CHECK(c.first_psfs_day == 2);
    CHECK(c.psfs_band.low == doctest::Approx(0.0));
    CHECK(c.psfs_band.high == doctest::Approx(1.0 + psfs_error_points()));
    Episode high = with_two_activities(7);
    check(high, 0, 6, scores(9, 10));
    CHECK(chart_on(high, 0).psfs_band.high == doctest::Approx(10.0));
}

TEST_CASE("without activity scores there is no activity band and no activity summary") {
    EpisodeChart c = chart_on(fresh(7), 0);
    CHECK_FALSE(c.first_psfs);
    CHECK(psfs_summary(c).empty());
    CHECK(psfs_band_words(c).empty());
}

//-----------------------------------------------------------------------------
// Phase changes
//-----------------------------------------------------------------------------

TEST_CASE("a phase change is marked on the day it happened") {
    Episode e = in_move();   // moved to Move on day 3 (index 2)
    EpisodeChart c = chart_on(e, 3);
    REQUIRE(c.phases.size() == 1);
    CHECK(c.phases[0].day_of_episode == 3);
    CHECK(c.phases[0].phase == RecoveryPhase::Move);
    CHECK_FALSE(c.phases[0].back);
}

TEST_CASE("a step back is marked as one, and two changes on one day leave the day's last") {
    Episode e = in_move();
    apply_stop_it_hurts(e, day(2), at(2) + 60, "cat-camel");   // back to Calm the day it moved on
    apply_stop_it_hurts(e, day(3), at(3), "cat-camel");        // in Calm already: nothing to step back
    EpisodeChart c = chart_on(e, 3);
    REQUIRE(c.phases.size() == 1);
    CHECK(c.phases[0].day_of_episode == 3);
    CHECK(c.phases[0].phase == RecoveryPhase::Calm);
    CHECK(c.phases[0].back);
}

TEST_CASE("a clinician's plan that keeps the phase is not marked as a change") {
    Episode e = fresh(7);
    ClinicianPlan plan;
    plan.clinic = "Riverside Physio";
    plan.phase = RecoveryPhase::Calm;
    set_clinician_plan(e, plan, day(1), at(1));
    CHECK(chart_on(e, 1).phases.empty());
    plan.phase = RecoveryPhase::Strengthen;
    set_clinician_plan(e, plan, day(2), at(2));
    REQUIRE(chart_on(e, 2).phases.size() == 1);
    CHECK(chart_on(e, 2).phases[0].phase == RecoveryPhase::Strengthen);
}

//-----------------------------------------------------------------------------
// Plan done each day
//-----------------------------------------------------------------------------

TEST_CASE("adherence counts an as-often-as-it-helps item once") {
    Episode e = fresh(7);
    DayPlan plan = plan_for_day(e, day(0), kLessons);
    for (int i = 0; i < 3; i++) REQUIRE(tick_routine(e, plan, "relief-now"));
    ChartDay today = chart_on(e, 0).days[0];
    CHECK(today.done == 1);
    CHECK(today.planned == plan_count(e, plan).planned);
}

TEST_CASE("an item planned three times a day counts each time, up to three") {
    Episode e = fresh(7);
    DayPlan plan = plan_for_day(e, day(0), kLessons);
    std::string walk = item_key(ItemKind::Walk, "walk");
    for (int i = 0; i < 4; i++) REQUIRE(tick_item(e, plan, walk));
    CHECK(chart_on(e, 0).days[0].done == 3);
}

TEST_CASE("days before the plan began in the app count no plan") {
    Episode e = fresh(7);
    EpisodeChart c = episode_chart(e, day(3), day(2), kLessons);
    CHECK(c.days[0].planned == 0);
    CHECK(c.days[1].planned == 0);
    CHECK(c.days[2].planned > 0);
    CHECK(adherence_lines(c, 7).size() == 2);
}

TEST_CASE("the adherence lines list the last days newest first, today's as so far") {
    Episode e = fresh(7);
    for (int n = 0; n <= 8; n++) tick_routine(e, plan_for_day(e, day(n), kLessons), "relief-now");
    EpisodeChart c = chart_on(e, 8);
    std::vector<std::string> lines = adherence_lines(c, 7);
    REQUIRE(lines.size() == 7);
    int planned = c.days.back().planned;
    CHECK(lines[0] == "Day 9 (today): 1 of " + std::to_string(planned) + " done so far");
    CHECK(lines[1] == "Day 8: 1 of " + std::to_string(c.days[7].planned) + " done");
    CHECK(lines[6].rfind("Day 3: ", 0) == 0);
}

//-----------------------------------------------------------------------------
// Words
//-----------------------------------------------------------------------------

TEST_CASE("the pain summary says whether the change from day 1 is one you can feel") {
    Episode e = fresh(7);
    CHECK(pain_summary(chart_on(e, 0)) == "Pain 7 on day 1; no check-in yet.");
    check(e, 0, 6);
    CHECK(pain_summary(chart_on(e, 0)) == "Pain 7 at the start, 6 today; not yet a change you can feel.");
    check(e, 1, 5);
    CHECK(pain_summary(chart_on(e, 1)) == "Pain 7 on day 1, 5 today; a change you can feel.");
    check(e, 2, 4);
    CHECK(pain_summary(chart_on(e, 3)) == "Pain 7 on day 1, 4 on day 3; a change you can feel.");
    Episode worse = fresh(5);
    check(worse, 1, 6);
    CHECK(pain_summary(chart_on(worse, 1)) == "Pain 5 on day 1, 6 today; higher than at the start.");
}

TEST_CASE("the activity summary says whether the change is beyond the scale's margin of error") {
    Episode e = with_two_activities(7);
    check(e, 0, 7, scores(2, 3));
    CHECK(psfs_summary(chart_on(e, 0)) == "Activities 2.5 today; later check-ins show how it changes.");
    check(e, 1, 6, scores(3, 4));
    CHECK(psfs_summary(chart_on(e, 1)) == "Activities 2.5 on day 1, 3.5 today; within the scale's margin of error.");
    check(e, 2, 5, scores(4, 5));
    CHECK(psfs_summary(chart_on(e, 2)) == "Activities 2.5 on day 1, 4.5 today; better by more than the scale's margin of error.");
    check(e, 3, 5, scores(0, 0));
    CHECK(psfs_summary(chart_on(e, 3)) == "Activities 2.5 on day 1, 0.0 today; worse by more than the scale's margin of error.");
}

TEST_CASE("the phase summary names each change and its day") {
    Episode e = in_move();
    CHECK(phase_summary(chart_on(e, 2)) == "Calm from day 1, Move from day 3.");
    apply_stop_it_hurts(e, day(4), at(4), "cat-camel");
    CHECK(phase_summary(chart_on(e, 4)) == "Calm from day 1, Move from day 3, back to Calm on day 5.");
}

TEST_CASE("the band's words name the first pain that is a change you can feel") {
    CHECK(pain_band_words(chart_on(fresh(7), 0)) == "Shaded: not yet a change you can feel. 5 or less is one.");
    CHECK(pain_band_words(chart_on(fresh(4), 0)) == "Shaded: not yet a change you can feel. 2 or less is one.");
    CHECK(pain_band_words(chart_on(fresh(0), 0)).empty());
    Episode e = with_two_activities(7);
    check(e, 0, 7, scores(2, 3));
    CHECK(psfs_band_words(chart_on(e, 0)) == "Shaded: within 2.0 points of your first score, the scale's margin of error.");
}
