// Browser input -> Dear ImGui input events, in CSS pixels: mouse, touch (as a touch-screen mouse so a
// first tap activates and nothing jumps), wheel, keys, text from the hidden <input>, and focus.
#pragma once

namespace unclench::web {

// on_input is called after every event we feed to ImGui, so the app wakes up and draws.
void install_input_handlers(void (*on_input)());

// While ImGui wants text, the page keeps a hidden <input> focused so phones show their keyboard.
void sync_text_input_focus(bool want_text_input);

} // namespace unclench::web
