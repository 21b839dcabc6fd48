// document.title shows the countdown while the page is hidden (another tab, a locked phone), so a
// glance at the tab says where the session stands. Frames stop while hidden, so the text is computed
// in JS once a second from wall-clock end times (web/cues.js), not from frames.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace unclench::web {

struct TitlePhase {
    std::string label;        // "Cold pack", "Hold", "Heat"
    int64_t end_wall_ms = 0;  // Date.now() when it ends
};

// The phases from now on, in order: while hidden the title reads "4:59 Cold pack · Unclench", moving
// to the next phase at each end, then "<done_text> · Unclench" after the last.
void set_title_phases(const std::vector<TitlePhase>& phases, const std::string& done_text = "Done");
void set_title_phase(const std::string& label, int64_t end_wall_ms);
// A fixed text while hidden ("Paused"); "" restores "Unclench".
void set_title_countdown(const std::string& text);
void clear_title();           // back to "Unclench"

bool page_hidden();           // document.hidden

} // namespace unclench::web
