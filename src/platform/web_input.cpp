#include "platform/web_input.h"

#include <cstring>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

namespace unclench::web {

static void (*g_on_input)() = nullptr;
static const char* kCanvas = "#canvas";

static void woke() { if (g_on_input) g_on_input(); }

//-----------------------------------------------------------------------------
// Mouse and wheel
//-----------------------------------------------------------------------------

static int imgui_button(unsigned short b) { return b == 0 ? 0 : b == 2 ? 1 : b == 1 ? 2 : -1; }

static EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent((float)e->targetX, (float)e->targetY);
    int b = imgui_button(e->button);
    if (b >= 0 && type == EMSCRIPTEN_EVENT_MOUSEDOWN) io.AddMouseButtonEvent(b, true);
    if (b >= 0 && type == EMSCRIPTEN_EVENT_MOUSEUP) io.AddMouseButtonEvent(b, false);
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    woke();
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE; // let mousedown focus the page
}

static EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // deltaMode: 0 pixels, 1 lines, 2 pages. ImGui scrolls about 5 lines per wheel unit.
    double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
    ImGui::GetIO().AddMouseWheelEvent((float)(-e->deltaX * scale), (float)(-e->deltaY * scale));
    woke();
    return EM_TRUE;
}

//-----------------------------------------------------------------------------
// Touch: the first finger drives a touch-screen mouse; others are ignored
//-----------------------------------------------------------------------------

static int g_touch_id = -1;

static EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < e->numTouches; i++) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (!t.isChanged) continue;
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART && g_touch_id < 0) g_touch_id = (int)t.identifier;
        if ((int)t.identifier != g_touch_id) continue;
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        io.AddMousePosEvent((float)t.targetX, (float)t.targetY);
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART) io.AddMouseButtonEvent(0, true);
        if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
            io.AddMouseButtonEvent(0, false);
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); // no hover left behind a lifted finger
            g_touch_id = -1;
        }
    }
    woke();
    return EM_TRUE; // no synthesized mouse events, no page scroll or zoom from the canvas
}

//-----------------------------------------------------------------------------
// Keys
//-----------------------------------------------------------------------------

struct KeyName { const char* code; ImGuiKey key; };
static const KeyName kKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"Escape", ImGuiKey_Escape}, {"Space", ImGuiKey_Space}, {"Backspace", ImGuiKey_Backspace},
    {"Delete", ImGuiKey_Delete}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End}, {"PageUp", ImGuiKey_PageUp}, {"PageDown", ImGuiKey_PageDown},
    {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
    {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
    {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
};

static ImGuiKey key_from_event(const EmscriptenKeyboardEvent* e) {
    for (const KeyName& k : kKeys)
        if (std::strcmp(e->code, k.code) == 0) return k.key;
    // Letters by their typed character, so shortcuts follow the keyboard layout.
    if (e->key[0] && !e->key[1]) {
        char c = e->key[0];
        if (c >= 'a' && c <= 'z') return (ImGuiKey)(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return (ImGuiKey)(ImGuiKey_A + (c - 'A'));
        if (c >= '0' && c <= '9') return (ImGuiKey)(ImGuiKey_0 + (c - '0'));
    }
    return ImGuiKey_None;
}

// The accessibility mirror's focused element may handle this key itself (Enter on a button, typing in
// a text field, Tab): then the canvas must not act twice. Arrows and Space on a button or a title go
// on to the canvas, so they move and pause there as they would without the mirror.
static bool mirror_takes_key(const char* code) {
    return EM_ASM_INT({ return window.unclenchMirrorTakesKey && window.unclenchMirrorTakesKey(UTF8ToString($0)) ? 1 : 0; }, code) != 0;
}

static EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    if (mirror_takes_key(e->code)) return EM_FALSE;
    ImGuiIO& io = ImGui::GetIO();
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
    ImGuiKey key = key_from_event(e);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    woke();
    // Keep Tab, Space, arrows and Backspace from scrolling or navigating the page; let the rest through
    // so typed characters reach the hidden text input.
    bool navigation = key == ImGuiKey_Tab || key == ImGuiKey_Space || key == ImGuiKey_Backspace ||
                      (key >= ImGuiKey_LeftArrow && key <= ImGuiKey_DownArrow) ||
                      key == ImGuiKey_PageUp || key == ImGuiKey_PageDown;
    return navigation && !(key == ImGuiKey_Space && io.WantTextInput);
}

// Only the page itself gaining or losing focus (another tab, another app) is the app's focus. A blur of
// an element inside the page (the hidden text input let go when a field is left, the mirror moving
// focus) is not: ImGui clears the mouse on focus loss, so taking it as one dropped the release of a
// tap held longer than a frame on a button while a text field was being edited.
static EM_BOOL on_focus(int type, const EmscriptenFocusEvent* e, void*) {
    if (std::strcmp(e->nodeName, "#window") != 0) return EM_FALSE;
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    woke();
    return EM_FALSE;
}

//-----------------------------------------------------------------------------
// Text typed into the hidden <input> (on-screen keyboards, IME, paste)
//-----------------------------------------------------------------------------

extern "C" EMSCRIPTEN_KEEPALIVE void unclench_text_input(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    woke();
}

void sync_text_input_focus(bool want) {
    EM_ASM({ if (window.unclenchSetTextInput) window.unclenchSetTextInput($0 !== 0); }, want ? 1 : 0);
}

//-----------------------------------------------------------------------------
// Installation
//-----------------------------------------------------------------------------

void install_input_handlers(void (*on_input)()) {
    g_on_input = on_input;
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseup_callback(kCanvas, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_TRUE, on_mouse);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_TRUE, on_wheel);
    emscripten_set_touchstart_callback(kCanvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchend_callback(kCanvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_TRUE, on_touch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    // Bubbling phase (useCapture false): focus and blur do not bubble, so only the window's own reach us.
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
}

} // namespace unclench::web
