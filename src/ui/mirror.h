// The accessibility mirror's model: every interactive widget drawn this frame, in reading order, with
// its role, accessible name, state and rectangle. The platform turns it into real DOM elements
// (platform/a11y_mirror.h, web/a11y.js) and sends back what the person did with them.
//
// What a widget does to take part:
//  - after drawing, mirror_add() its item (role, name, ImGuiID, rect in CSS pixels, state);
//  - buttons, rows and checkboxes built on pressable() (an ImGui invisible button) need nothing more: a press on the
//    DOM element activates the ImGuiID through ImGui's own activation, so the widget's "pressed" is true;
//  - a slider also calls mirror_consume_value(id, &v) each frame and applies the value if it returns true;
//  - a text field also calls mirror_consume_text(id, &s) likewise.
// Role::Text carries text a screen reader should read (paragraphs); Role::Status a value read in place
// (the countdown). Spoken announcements go through announce(), never every second.
#pragma once
#include <deque>
#include <map>
#include <string>
#include <vector>
#include <imgui.h>

namespace unclench {

enum class Role { Button, Link, Checkbox, Slider, TextField, Heading, Status, Text };

struct MirrorItem {
    MirrorItem(Role r, std::string n, ImGuiID i, ImVec2 lo, ImVec2 hi)
        : role(r), name(std::move(n)), id(i), min(lo), max(hi) {}
    Role role;
    std::string name;
    ImGuiID id;
    ImVec2 min, max;      // CSS pixels
    bool checked = false; // Checkbox
    float value = 0, value_min = 0, value_max = 0; // Slider
    bool disabled = false;
    int level = 2;        // Heading: 1 for the screen title, 2 for sections
    std::string text;     // TextField: current text; Slider: spoken value ("4 out of 10"), optional
};

const char* role_name(Role role);

// What the mirror holds between calls. The App owns one (in its UiContext, ui/ui_context.h); the
// functions below work on the current context's.
struct MirrorState {
    // Requests from the DOM arrive between frames ("incoming") and are readable during the next frame
    // only ("current"), so a value meant for a widget on the old screen never leaks into a later one.
    struct Requests {
        std::map<ImGuiID, float> values;
        std::map<ImGuiID, std::string> texts;
    };
    std::vector<MirrorItem> items;
    Requests incoming, current;
    ImGuiID focus_incoming = 0, focus_request = 0;
    bool focus_show_cursor = false;
    std::deque<ImGuiID> presses;
    std::string announcement;
};   // "button", "link", "checkbox", "slider", "textbox", "heading", "status", "text"

// The frame's items as the DOM mirror reads them (web/a11y.js), and as tests find widgets to tap.
std::string mirror_dom_json(const char* screen_id);
std::string mirror_widgets_json();

// Per frame (App::frame) ------------------------------------------------------------------------------
void mirror_begin_frame();
void mirror_add(const MirrorItem& item);
const std::vector<MirrorItem>& mirror_items();

// Live announcements: the Player calls this at phase changes and countdown milestones. The platform
// speaks the newest one through an aria-live region after the frame.
void announce(const std::string& text);
std::string take_announcement();   // the newest pending announcement, cleared; "" when none

// From the DOM mirror (called by the platform between frames) -------------------------------------------
void mirror_request_press(ImGuiID id);                        // click, Enter or Space on the element
void mirror_request_focus(ImGuiID id, bool show_cursor);      // the element got DOM focus
void mirror_request_value(ImGuiID id, float value);           // a range input moved
void mirror_request_text(ImGuiID id, const std::string& text);// a text input changed
bool mirror_presses_waiting();   // presses not yet seen by a frame: the loop keeps drawing for them

// Widgets read these during the frame.
bool mirror_consume_value(ImGuiID id, float* value);
bool mirror_consume_text(ImGuiID id, std::string* text);

// ImGui keyboard focus of the last frame (0: none) and whether it moved there by keyboard, so the
// platform can move DOM focus to the same element.
ImGuiID mirror_nav_focus();
bool mirror_nav_by_keyboard();

} // namespace unclench
