// The accessibility mirror in the page: after each drawn frame, the frame's widgets (as JSON, made by
// the UI's mirror model) become real DOM elements laid over their canvas rectangles inside <main>
// (web/a11y.js), and DOM activation, focus and values come back through the handlers.
#pragma once
#include <string>

namespace unclench::web {

// What the page's elements tell the app, by widget id (the composition root points these at the UI).
struct MirrorHandlers {
    void (*press)(unsigned id) = nullptr;                       // click, Enter or Space
    void (*focus)(unsigned id, bool by_keyboard) = nullptr;     // the element got DOM focus
    void (*value)(unsigned id, double value) = nullptr;         // a range input moved
    void (*text)(unsigned id, const std::string& text) = nullptr;   // a text input changed
};
void set_mirror_handlers(const MirrorHandlers& handlers);

// Call once per drawn frame: updates the DOM (only when `doc` changed), moves DOM focus to the
// widget keyboard navigation reached in the canvas, and speaks a pending announcement.
void sync_a11y_mirror(const std::string& doc, unsigned nav_focus, bool nav_by_keyboard, const std::string& announcement);

} // namespace unclench::web
