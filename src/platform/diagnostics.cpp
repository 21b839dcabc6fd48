#include "platform/diagnostics.h"

#include <emscripten.h>
#include <emscripten/heap.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>
#include <string>

#include "core/version.h"

namespace unclench::web {

static long g_frames_drawn = 0;
static CanvasSize g_canvas;
static std::string g_screen = "home";
static std::string g_storage = "local";
static std::string g_json;
static bool (*g_read_session)(SessionInfo&) = nullptr;
static std::string (*g_read_widgets)() = nullptr;
static int (*g_read_frames_owed)() = nullptr;
static bool (*g_read_plan)(PlanInfo&) = nullptr;

void note_frame_drawn(const CanvasSize& canvas, const char* screen_id) {
    if (g_frames_drawn++ == 0) EM_ASM({ performance.mark('unclench:first-frame'); document.body.classList.add('ready'); });
    g_canvas = canvas;
    g_screen = screen_id;
}

void set_storage_mode(const char* mode) { g_storage = mode; }

void set_session_reader(bool (*read)(SessionInfo& out)) { g_read_session = read; }
void set_widgets_reader(std::string (*read)()) { g_read_widgets = read; }
void set_frames_owed_reader(int (*read)()) { g_read_frames_owed = read; }
void set_plan_reader(bool (*read)(PlanInfo&)) { g_read_plan = read; }

static nlohmann::json plan_json() {
    PlanInfo p;
    if (!g_read_plan || !g_read_plan(p)) return nullptr;
    return {{"phase", p.phase}, {"day", p.day}, {"reason", p.reason}};
}

static nlohmann::json session_json() {
    SessionInfo s;
    if (!g_read_session || !g_read_session(s)) return nullptr;
    return {{"routine", s.routine}, {"phaseIndex", s.phase_index}, {"phaseRemainingMs", s.phase_remaining_ms},
            {"sessionRemainingMs", s.session_remaining_ms}, {"paused", s.paused}, {"finished", s.finished}};
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* unclench_diagnostics() {
    nlohmann::json j = {
        {"version", kVersion},
        {"framesDrawn", g_frames_drawn},
        {"framesOwed", g_read_frames_owed ? g_read_frames_owed() : 0},
        {"dpr", g_canvas.dpr},
        {"canvas", {{"cssWidth", g_canvas.css_width}, {"cssHeight", g_canvas.css_height},
                    {"width", g_canvas.width}, {"height", g_canvas.height}}},
        {"storage", g_storage},
        {"screen", g_screen},
        {"heapBytes", emscripten_get_heap_size()},
        {"session", session_json()},
        {"plan", plan_json()},
    };
    // Keyboard navigation inside the canvas: the focused window and item, and whether its ring shows.
    if (ImGuiContext* g = ImGui::GetCurrentContext())
        j["nav"] = {{"window", g->NavWindow ? g->NavWindow->Name : ""}, {"id", g->NavId}, {"cursor", g->NavCursorVisible}};
    g_json = j.dump();
    return g_json.c_str();
}

// Every interactive widget of the last frame with its CSS-pixel rectangle: tests find what to tap.
extern "C" EMSCRIPTEN_KEEPALIVE const char* unclench_widgets() {
    g_json = g_read_widgets ? g_read_widgets() : "[]";
    return g_json.c_str();
}

void report_fatal(const char* message) {
    EM_ASM({ if (window.unclenchShowError) window.unclenchShowError(UTF8ToString($0)); }, message);
}

void install_page_hooks() {
    EM_ASM({ if (window.unclenchInstallHooks) window.unclenchInstallHooks(); });
}

} // namespace unclench::web
