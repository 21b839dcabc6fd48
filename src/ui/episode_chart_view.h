// Progress's "This episode" section: pain a day with the band of a change not yet felt, the phase
// changes marked on it, a bar a day for the plan done; the hard activities' scores (PSFS) with their
// margin of error; and the last days' plan in words. Core shapes it all (core/episode_chart.h); this
// draws it in the theme's colours, at body text size, within the column (320 px and up), and gives
// the mirror each picture's summary in words.
#pragma once
#include "core/episode_chart.h"

namespace unclench {

void draw_episode_chart(const EpisodeChart& chart);

} // namespace unclench
