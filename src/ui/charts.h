// Pictures of progress, drawn with ImDrawList in the theme's palette: big-number tiles, minutes per day
// of this week, a month calendar with active days filled, and pain before/after over time. Each sizes
// itself from the column width and the current font size, so it reads at 320 px wide and at 200% text,
// and reports a plain-words summary to the accessibility mirror (a picture is not read by a screen reader).
#pragma once
#include "core/date_text.h"   // short_date_text, full_month_name
#include <cstdint>
#include <imgui.h>
#include <string>
#include <vector>

#include "core/progress_stats.h"

namespace unclench {

// Layout helpers shared with the progress screens.
float content_width();                   // the screen column's width at the cursor
ImU32 with_alpha(ImU32 colour, int alpha);
// Reserves the space a picture took and tells the mirror, in words, what it shows.
void finish_picture(const ImVec2& min, const ImVec2& size, const std::string& summary);

struct StatTile {
    std::string value;   // "12"
    std::string label;   // "days in a row"
    const char* icon;    // ICON_* or nullptr
};

// One row of tiles (wraps to fewer per row when narrow or when text is large).
void stat_tiles(const std::vector<StatTile>& tiles);

// Minutes per local day of one week, Monday first; `today` is 0..6, or -1 when the week is not this one.
void week_bars(const int minutes[7], int today);

// A month grid, Monday first. active[d - 1] marks day d; `today` is the day of the month, or 0.
void month_calendar(int year, int month, const std::vector<bool>& active, int today);

// Pain before and after each session, oldest left, x placed by date. A meaningful drop (2 points or 30%)
// is drawn as a filled band between the two scores and a filled marker.
void pain_chart(const std::vector<PainPoint>& points);

} // namespace unclench
