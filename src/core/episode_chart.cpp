#include "core/episode_chart.h"

#include <algorithm>
#include <cstdio>

#include "core/recovery_plan.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Shaping the days
//-----------------------------------------------------------------------------

namespace {

constexpr double kEpsilon = 1e-9;   // means of whole numbers: 2.0 must count as 2.0

ChartDay chart_day(const Episode& e, int64_t day, int64_t opened_day, const std::vector<std::string>& lesson_ids) {
    ChartDay d;
    d.day = day;
    d.day_of_episode = day_of_episode(e, day);
    if (const CheckIn* c = check_in_on(e, day)) {
        d.pain = c->pain;
        d.psfs = psfs(*c);
    } else if (day == e.started_day) {
        d.pain = e.start_pain;   // the rules measure from it as day 1's pain
    }
    if (day >= opened_day) {
        PlanCount count = plan_count(e, plan_for_day(e, day, lesson_ids));
        d.done = count.done;
        d.planned = count.planned;
    }
    return d;
}

// A change of phase, not a clinician confirming the phase the episode was in; several on one day leave
// the day's last.
std::vector<PhaseMark> phase_marks(const Episode& e) {
    std::vector<PhaseMark> marks;
    for (size_t i = 1; i < e.phases.size(); i++) {
        const PhaseEntry& p = e.phases[i];
        if (p.phase == e.phases[i - 1].phase) continue;
        PhaseMark mark{day_of_episode(e, p.day), p.phase, p.phase < e.phases[i - 1].phase};
        if (!marks.empty() && marks.back().day_of_episode == mark.day_of_episode) marks.back() = mark;
        else marks.push_back(mark);
    }
    return marks;
}

void find_psfs(const Episode& e, EpisodeChart& chart) {
    for (const CheckIn& c : e.check_ins) {
        std::optional<double> value = psfs(c);
        if (!value) continue;
        if (!chart.first_psfs) {
            chart.first_psfs = value;
            chart.first_psfs_day = day_of_episode(e, c.day);
        }
        chart.latest_psfs = value;
        chart.latest_psfs_day = day_of_episode(e, c.day);
    }
    if (!chart.first_psfs) return;
    double error = psfs_error_points();
    chart.psfs_band = {std::max(0.0, *chart.first_psfs - error), std::min((double)kScoreMax, *chart.first_psfs + error)};
}

} // namespace

EpisodeChart episode_chart(const Episode& episode, int64_t today, int64_t opened_day,
                           const std::vector<std::string>& lesson_ids) {
    EpisodeChart chart;
    chart.start_pain = episode.start_pain;
    chart.today = day_of_episode(episode, today);
    double drop = pain_felt_drop(episode.start_pain);
    chart.pain_band = {episode.start_pain - drop, (double)episode.start_pain};
    int64_t first = std::max(episode.started_day, today - (kChartMaxDays - 1));
    for (int64_t day = first; day <= today; day++) chart.days.push_back(chart_day(episode, day, opened_day, lesson_ids));
    chart.phases = phase_marks(episode);
    if (const CheckIn* latest = check_in_before(episode, today + 1)) {
        chart.latest_pain = latest->pain;
        chart.latest_pain_day = day_of_episode(episode, latest->day);
    }
    find_psfs(episode, chart);
    return chart;
}

//-----------------------------------------------------------------------------
// Words
//-----------------------------------------------------------------------------

namespace {

std::string one_decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string on_day(int day, int today) { return day == today ? "today" : "on day " + std::to_string(day); }

// The highest pain that is a change the person feels from `from`, or -1 when none is (from 0).
int felt_at_or_below(int from) {
    for (int pain = from - 1; pain >= 0; pain--)
        if (pain_change_felt(from, pain)) return pain;
    return -1;
}

std::string pain_verdict(int from, int to) {
    if (pain_change_felt(from, to)) return "a change you can feel";
    if (to > from) return "higher than at the start";
    return "not yet a change you can feel";
}

std::string psfs_verdict(double change) {
    double error = psfs_error_points();
    if (change >= error - kEpsilon) return "better by more than the scale's margin of error";
    if (-change >= error - kEpsilon) return "worse by more than the scale's margin of error";
    return "within the scale's margin of error";
}

} // namespace

std::string pain_summary(const EpisodeChart& c) {
    std::string start = "Pain " + std::to_string(c.start_pain);
    if (!c.latest_pain) return start + " on day 1; no check-in yet.";
    // A check-in on day 1 itself is a second reading of that day: the first was the start.
    std::string from = c.latest_pain_day == 1 ? " at the start, " : " on day 1, ";
    return start + from + std::to_string(*c.latest_pain) + " " + on_day(c.latest_pain_day, c.today) + "; " +
           pain_verdict(c.start_pain, *c.latest_pain) + ".";
}

std::string psfs_summary(const EpisodeChart& c) {
    if (!c.first_psfs || !c.latest_psfs) return "";
    std::string first = "Activities " + one_decimal(*c.first_psfs) + " " + on_day(c.first_psfs_day, c.today);
    if (c.latest_psfs_day == c.first_psfs_day) return first + "; later check-ins show how it changes.";
    return first + ", " + one_decimal(*c.latest_psfs) + " " + on_day(c.latest_psfs_day, c.today) + "; " +
           psfs_verdict(*c.latest_psfs - *c.first_psfs) + ".";
}

std::string phase_summary(const EpisodeChart& c) {
    std::string words = "Calm from day 1";
    for (const PhaseMark& m : c.phases)
        words += std::string(m.back ? ", back to " : ", ") + phase_title(m.phase) + (m.back ? " on day " : " from day ") +
                 std::to_string(m.day_of_episode);
    return words + ".";
}

std::string pain_band_words(const EpisodeChart& c) {
    int felt = felt_at_or_below(c.start_pain);
    if (felt < 0) return "";
    return "Shaded: not yet a change you can feel. " + std::to_string(felt) + " or less is one.";
}

std::string psfs_band_words(const EpisodeChart& c) {
    if (!c.first_psfs) return "";
    return "Shaded: within " + one_decimal(psfs_error_points()) + " points of your first score, the scale's margin of error.";
}

std::string adherence_line(const ChartDay& day, bool is_today) {
    std::string counts = std::to_string(day.done) + " of " + std::to_string(day.planned) + " done";
    if (is_today) return "Day " + std::to_string(day.day_of_episode) + " (today): " + counts + " so far";
    return "Day " + std::to_string(day.day_of_episode) + ": " + counts;
}

std::vector<std::string> adherence_lines(const EpisodeChart& chart, size_t count) {
    std::vector<std::string> lines;
    for (auto d = chart.days.rbegin(); d != chart.days.rend() && lines.size() < count; ++d)
        if (d->planned > 0) lines.push_back(adherence_line(*d, d->day_of_episode == chart.today));
    return lines;
}

} // namespace unclench
