// The accessibility mirror in the page: after each drawn frame, the widgets of ui/mirror.h become real
// DOM elements (buttons, checkboxes, sliders, links, text fields, headings) laid over their canvas
// rectangles inside <main>, and DOM activation, focus and values flow back to the widgets. The DOM
// side is web/a11y.js; this module serialises the frame's items and receives the element events.
#pragma once

namespace unclench::web {

// Call once per drawn frame, after the app's frame: updates the DOM (only when something changed),
// keeps DOM focus in step with keyboard navigation in the canvas, and speaks pending announcements.
void sync_a11y_mirror(const char* screen_id);

} // namespace unclench::web
