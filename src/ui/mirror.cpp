#include "ui/mirror.h"

#include <cmath>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "core/enum_names.h"
#include "ui/ui_context.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Items of the current frame
//-----------------------------------------------------------------------------

static MirrorState& m() { return ui_context().mirror; }

static constexpr EnumName<Role> kRoleNames[] = {
    {Role::Button, "button"},     {Role::Link, "link"},       {Role::Checkbox, "checkbox"}, {Role::Slider, "slider"},
    {Role::TextField, "textbox"}, {Role::Heading, "heading"}, {Role::Status, "status"},     {Role::Text, "text"}};

const char* role_name(Role role) { return name_of(kRoleNames, role, "text"); }

static void activate_next_press();

void mirror_begin_frame() {
    activate_next_press();
    m().items.clear();
    m().current = std::move(m().incoming);
    m().incoming = MirrorState::Requests{};
    m().focus_request = m().focus_incoming;
    m().focus_incoming = 0;
}

// A DOM focus request is applied while its widget is being drawn: SetFocusID needs the item's window.
static void apply_focus_request(const MirrorItem& item) {
    if (item.id == 0 || item.id != m().focus_request) return;
    m().focus_request = 0;
    ImGuiContext& g = *GImGui;
    if (g.LastItemData.ID != item.id || !g.CurrentWindow) return;
    ImGui::SetFocusID(item.id, g.CurrentWindow);
    if (m().focus_show_cursor) ImGui::SetNavCursorVisible(true);
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
}

void mirror_add(const MirrorItem& item) {
    m().items.push_back(item);
    apply_focus_request(item);
}

const std::vector<MirrorItem>& mirror_items() { return m().items; }

//-----------------------------------------------------------------------------
// Items as JSON
//-----------------------------------------------------------------------------

// Whole CSS pixels: sub-pixel motion would rewrite the DOM without anything a person could notice.
static int px(float v) { return (int)std::lround(v); }

static nlohmann::json item_json(const MirrorItem& item) {
    nlohmann::json j = {{"r", role_name(item.role)}, {"n", item.name}, {"id", item.id},
                        {"x", px(item.min.x)}, {"y", px(item.min.y)}, {"w", px(item.max.x - item.min.x)}, {"h", px(item.max.y - item.min.y)}};
    if (item.role == Role::Checkbox) j["c"] = item.checked;
    if (item.role == Role::Slider) j["v"] = {item.value, item.value_min, item.value_max};
    if (item.role == Role::Heading) j["l"] = item.level;
    if (!item.text.empty()) j["t"] = item.text;
    if (item.disabled) j["d"] = true;
    return j;
}

std::string mirror_dom_json(const char* screen_id) {
    nlohmann::json items = nlohmann::json::array();
    for (const MirrorItem& item : mirror_items()) items.push_back(item_json(item));
    return nlohmann::json{{"screen", screen_id}, {"items", items}}.dump();
}

std::string mirror_widgets_json() {
    nlohmann::json list = nlohmann::json::array();
    for (const MirrorItem& item : mirror_items())
        list.push_back({{"role", role_name(item.role)}, {"name", item.name},
                        {"x", item.min.x}, {"y", item.min.y}, {"w", item.max.x - item.min.x}, {"h", item.max.y - item.min.y}});
    return list.dump();
}

//-----------------------------------------------------------------------------
// Announcements
//-----------------------------------------------------------------------------

void announce(const std::string& text) { m().announcement = text; }

std::string take_announcement() {
    std::string out;
    out.swap(m().announcement);
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
    m().presses.push_back(id);
    activate_next_press();
}

static void activate_next_press() {
    if (m().presses.empty() || !GImGui || GImGui->NavNextActivateId != 0) return;
    ImGui::ActivateItemByID(m().presses.front());
    m().presses.pop_front();
}

bool mirror_presses_waiting() { return !m().presses.empty() || (GImGui && GImGui->NavNextActivateId != 0); }

void mirror_request_focus(ImGuiID id, bool show_cursor) {
    // Focus on an element without a widget (a screen title): no canvas item has focus, so no ring.
    if (id == 0 && GImGui) ImGui::SetNavCursorVisible(false);
    m().focus_incoming = id;
    m().focus_show_cursor = show_cursor;
}

void mirror_request_value(ImGuiID id, float value) { m().incoming.values[id] = value; }
void mirror_request_text(ImGuiID id, const std::string& text) { m().incoming.texts[id] = text; }

bool mirror_consume_value(ImGuiID id, float* value) {
    auto it = m().current.values.find(id);
    if (it == m().current.values.end()) return false;
    *value = it->second;
    m().current.values.erase(it);
    return true;
}

bool mirror_consume_text(ImGuiID id, std::string* text) {
    auto it = m().current.texts.find(id);
    if (it == m().current.texts.end()) return false;
    *text = std::move(it->second);
    m().current.texts.erase(it);
    return true;
}

ImGuiID mirror_nav_focus() { return GImGui ? GImGui->NavId : 0; }
bool mirror_nav_by_keyboard() { return GImGui && GImGui->NavCursorVisible; }

} // namespace unclench
