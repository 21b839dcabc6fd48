// Progress's picture of the current back episode (issue 15, "Progress gains an episode view"): pain and
// the activity scores (PSFS) of each day, the bands inside which a change is not yet one that counts,
// the phase changes, and how much of each day's plan was done; and the words a screen reader says for
// it. The thresholds are the recovery plan's own (recovery_plan.h). Pure: today comes in.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/episode.h"

namespace unclench {

// At most the last 8 weeks: a phone's width shows no more days legibly, and by then the clinician card
// has long asked the person to see someone (6 weeks).
constexpr int kChartMaxDays = 56;

struct ChartDay {
    int64_t day = 0;              // local day number
    int day_of_episode = 1;
    std::optional<int> pain;      // the day's check-in; on day 1 without one, the pain the episode began with
    std::optional<double> psfs;   // the mean of the day's activity scores
    int done = 0;                 // plan items done and planned (recovery_plan.h plan_count); planned is
    int planned = 0;              // 0 before the plan began in the app
};

// A stretch of the 0-10 scale, low <= high.
struct ScaleBand {
    double low = 0;
    double high = 0;
};

struct PhaseMark {
    int day_of_episode = 1;
    RecoveryPhase phase = RecoveryPhase::Calm;
    bool back = false;   // a step back rather than moving on
};

struct EpisodeChart {
    std::vector<ChartDay> days;       // oldest first, one for every day up to today
    int start_pain = 0;               // day 1's pain, which changes are measured from (as the rules do)
    // Not yet a change the person feels: from the start pain down by the smallest drop that is felt.
    // Empty (low == high) when the start pain is 0.
    ScaleBand pain_band;
    std::optional<double> first_psfs;   // the first check-in's with activity scores
    int first_psfs_day = 0;             // its day of the episode
    ScaleBand psfs_band;                // first_psfs plus or minus the scale's measurement error, within 0-10
    std::vector<PhaseMark> phases;      // each change of phase after the start, the day's last if several
    std::optional<int> latest_pain;     // the newest check-in's, and its day of the episode
    int latest_pain_day = 0;
    std::optional<double> latest_psfs;
    int latest_psfs_day = 0;
    int today = 1;                      // today's day of the episode
};

// `opened_day` is the local day the episode was started in the app: a plan is counted from then on
// (someone whose back went three days before opening the app had no plan to follow on those days).
EpisodeChart episode_chart(const Episode& episode, int64_t today, int64_t opened_day,
                           const std::vector<std::string>& lesson_ids);

//---- Words: what the chart says to a screen reader, and the lines shown under it

// "Pain 7 on day 1, 4 today; a change you can feel."
std::string pain_summary(const EpisodeChart& chart);
// "Activities 3.0 on day 1, 5.5 today; better by more than the scale's margin of error." "" without scores.
std::string psfs_summary(const EpisodeChart& chart);
// "Calm from day 1, Move from day 3, back to Calm on day 5."
std::string phase_summary(const EpisodeChart& chart);
// What the shaded pain band means for this episode: "Shaded: not yet a change you can feel. 5 or less is one."
std::string pain_band_words(const EpisodeChart& chart);
std::string psfs_band_words(const EpisodeChart& chart);
// "Day 3: 4 of 5 done", or "Day 3 (today): 2 of 5 done so far".
std::string adherence_line(const ChartDay& day, bool is_today);
// The last `count` days that had a plan, newest first.
std::vector<std::string> adherence_lines(const EpisodeChart& chart, size_t count);

} // namespace unclench
