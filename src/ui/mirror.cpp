#include "ui/mirror.h"

#include <imgui_internal.h>
#include <deque>
#include <map>

namespace unclench {

//-----------------------------------------------------------------------------
// Items of the current frame
//-----------------------------------------------------------------------------

static std::vector<MirrorItem> g_items;

const char* role_name(Role role) {
    static const char* kNames[] = {"button", "link", "checkbox", "slider", "textbox", "heading", "status", "text"};
    return kNames[(int)role];
}

// Requests from the DOM arrive between frames ("incoming") and are readable during the next frame only
// ("current"), so a value meant for a widget on the old screen never leaks into a later one.
struct Requests {
    std::map<ImGuiID, float> values;
    std::map<ImGuiID, std::string> texts;
};
static Requests g_incoming, g_current;
static ImGuiID g_focus_incoming = 0, g_focus_request = 0;
static bool g_focus_show_cursor = false;
static std::deque<ImGuiID> g_presses;

static void activate_next_press();

void mirror_begin_frame() {
    activate_next_press();
    g_items.clear();
    g_current = std::move(g_incoming);
    g_incoming = Requests{};
    g_focus_request = g_focus_incoming;
    g_focus_incoming = 0;
}

// A DOM focus request is applied while its widget is being drawn: SetFocusID needs the item's window.
static void apply_focus_request(const MirrorItem& item) {
    if (item.id == 0 || item.id != g_focus_request) return;
    g_focus_request = 0;
    ImGuiContext& g = *GImGui;
    if (g.LastItemData.ID != item.id || !g.CurrentWindow) return;
    ImGui::SetFocusID(item.id, g.CurrentWindow);
    if (g_focus_show_cursor) ImGui::SetNavCursorVisible(true);
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
}

void mirror_add(const MirrorItem& item) {
    g_items.push_back(item);
    apply_focus_request(item);
}

const std::vector<MirrorItem>& mirror_items() { return g_items; }

//-----------------------------------------------------------------------------
// Announcements
//-----------------------------------------------------------------------------

static std::string g_announcement;

void announce(const std::string& text) { g_announcement = text; }

std::string take_announcement() {
    std::string out;
    out.swap(g_announcement);
    return out;
}

//-----------------------------------------------------------------------------
// Requests from the DOM mirror
//-----------------------------------------------------------------------------

// ImGui's own programmatic activation: the widget's ButtonBehavior reports a press next frame, exactly
// as a tap or Enter on the canvas would (even when the item is scrolled out of view). ImGui holds one
// activation at a time and a second one before the next frame would replace the first, so presses
// wait their turn: a checkbox and then "Save" pressed quickly must both happen, in that order.
void mirror_request_press(ImGuiID id) {
    if (!id) return;
    g_presses.push_back(id);
    activate_next_press();
}

static void activate_next_press() {
    if (g_presses.empty() || !GImGui || GImGui->NavNextActivateId != 0) return;
    ImGui::ActivateItemByID(g_presses.front());
    g_presses.pop_front();
}

bool mirror_presses_waiting() { return !g_presses.empty() || (GImGui && GImGui->NavNextActivateId != 0); }

void mirror_request_focus(ImGuiID id, bool show_cursor) {
    // Focus on an element without a widget (a screen title): no canvas item has focus, so no ring.
    if (id == 0 && GImGui) ImGui::SetNavCursorVisible(false);
    g_focus_incoming = id;
    g_focus_show_cursor = show_cursor;
}

void mirror_request_value(ImGuiID id, float value) { g_incoming.values[id] = value; }
void mirror_request_text(ImGuiID id, const std::string& text) { g_incoming.texts[id] = text; }

bool mirror_consume_value(ImGuiID id, float* value) {
    auto it = g_current.values.find(id);
    if (it == g_current.values.end()) return false;
    *value = it->second;
    g_current.values.erase(it);
    return true;
}

bool mirror_consume_text(ImGuiID id, std::string* text) {
    auto it = g_current.texts.find(id);
    if (it == g_current.texts.end()) return false;
    *text = std::move(it->second);
    g_current.texts.erase(it);
    return true;
}

ImGuiID mirror_nav_focus() { return GImGui ? GImGui->NavId : 0; }
bool mirror_nav_by_keyboard() { return GImGui && GImGui->NavCursorVisible; }

} // namespace unclench
