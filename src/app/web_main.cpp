// The browser entry point and composition root: a WebGL2 context on #canvas, Dear ImGui with its OpenGL3
// (WebGL2) renderer, our own input layer, the App wired to the browser (WebPlatform, localStorage, the
// accessibility mirror, diagnostics), and an animation-frame loop that runs only while something needs
// drawing. The only file besides web_platform.cpp that sees both ui/ and platform/.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>   // InputEventsQueue: taps still waiting to be processed

#include "app/web_platform.h"
#include "core/frame_pacer.h"
#include "core/embed_protocol.h"
#include "platform/a11y_mirror.h"
#include "platform/clock.h"
#include "platform/diagnostics.h"
#include "platform/local_store.h"
#include "platform/page_url.h"
#include "platform/web_canvas.h"
#include "platform/web_input.h"
#include "platform/embed_bridge.h"
#include "platform/wake.h"
#include "ui/app.h"
#include "ui/mirror.h"

namespace unclench::web {

static FramePacer g_pacer;
static CanvasSize g_canvas;
static WebPlatform g_platform;
static App g_app;
static bool g_loop_running = false;
static long g_wake_timer = 0;
static double g_last_frame_ms = 0;

static void ensure_loop();

//-----------------------------------------------------------------------------
// One frame
//-----------------------------------------------------------------------------

static void draw_frame(double now_ms) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2((float)g_canvas.css_width, (float)g_canvas.css_height);
    io.DisplayFramebufferScale = ImVec2((float)g_canvas.dpr, (float)g_canvas.dpr);
    double dt = g_last_frame_ms > 0 ? (now_ms - g_last_frame_ms) / 1000.0 : 1.0 / 60.0;
    io.DeltaTime = (float)(dt < 0.0001 ? 0.0001 : dt > 0.1 ? 0.1 : dt); // after a sleep, no leap in animations
    g_last_frame_ms = now_ms;

    g_app.tick(monotonic_ms(), wall_ms(), tz_offset_minutes());
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    FrameNeeds needs = g_app.frame(now_ms);
    ImGui::Render();

    glViewport(0, 0, g_canvas.width, g_canvas.height);
    ImVec4 bg = g_app.background();
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    sync_text_input_focus(io.WantTextInput);
    g_pacer.after_frame(now_ms, needs.animating, needs.redraw_at_ms);
    // ImGui takes one button change per frame (trickled input), and the mirror one press per frame:
    // quick taps or presses outlast the frames owed to the first. Keep drawing until all are seen.
    if (ImGui::GetCurrentContext()->InputEventsQueue.Size > 0 || mirror_presses_waiting()) g_pacer.on_input();
    set_storage_mode(g_app.progress().memory_only() ? "memory" : "local");
    note_frame_drawn(g_canvas, g_app.drawn_screen_id());
    sync_a11y_mirror(mirror_dom_json(g_app.drawn_screen_id()), mirror_nav_focus(), mirror_nav_by_keyboard(), take_announcement());
}

//-----------------------------------------------------------------------------
// The loop: stops itself when idle; input, resizes and timers restart it
//-----------------------------------------------------------------------------

static void on_wake_timer(void*) {
    g_wake_timer = 0;
    ensure_loop();
}

static void schedule_wake(double now_ms) {
    if (g_wake_timer) emscripten_clear_timeout(g_wake_timer);
    g_wake_timer = 0;
    double at = g_pacer.wake_at_ms();
    if (at < FramePacer::kNever) g_wake_timer = emscripten_set_timeout(on_wake_timer, at - now_ms, nullptr);
}

static EM_BOOL on_animation_frame(double now_ms, void*) {
    bool resized = sync_canvas_size(g_canvas);
    if (resized || g_pacer.should_draw(now_ms)) draw_frame(now_ms);
    if (g_pacer.can_sleep()) {
        schedule_wake(now_ms);
        g_loop_running = false;
        return EM_FALSE;
    }
    return EM_TRUE;
}

static void ensure_loop() {
    if (g_loop_running) return;
    g_loop_running = true;
    emscripten_request_animation_frame_loop(on_animation_frame, nullptr);
}

static void on_input() {
    g_pacer.on_input();
    ensure_loop();
}

// Another tab wrote (perhaps freeing space, perhaps deleting): our refused saves may fit now.
static void on_storage_changed(const std::string& key) {
    g_app.storage_changed(key);
    on_input();
}

static void on_page_shown() {
    g_app.retry_saves_soon();
    on_input();
}

// What diagnostics report of the session, at the last frame's clock.
static bool read_session(SessionInfo& out) {
    const ActiveSession* s = g_app.session();
    if (!s) return false;
    SessionSnapshot snap = s->engine->snapshot(g_app.now_ms());
    out = {s->routine.id, snap.phase_index, snap.phase_remaining_ms, snap.session_remaining_ms, snap.paused, snap.finished};
    return true;
}

static int frames_owed() { return g_pacer.frames_owed(); }

static bool read_plan(PlanInfo& out) {
    if (!g_app.episode()) return false;
    PlanStatus s = g_app.plan_status_today();
    out = {phase_name(s.phase), s.day_of_episode, s.reason};
    return true;
}

// Called from web/app.js on resize, DPR change, visibility change and system theme change.
extern "C" EMSCRIPTEN_KEEPALIVE void unclench_wake() { on_input(); }

// The page's accessibility mirror reaches the UI's mirror model through these.
static void mirror_press(unsigned id) { mirror_request_press(id); }
static void mirror_focus(unsigned id, bool by_keyboard) { mirror_request_focus(id, by_keyboard); }
static void mirror_value(unsigned id, double value) { mirror_request_value(id, (float)value); }
static void mirror_text(unsigned id, const std::string& text) { mirror_request_text(id, text); }

//-----------------------------------------------------------------------------
// Start-up
//-----------------------------------------------------------------------------

static bool create_context() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;   // ImGui anti-aliases its own shapes
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) return false;
    emscripten_webgl_make_context_current(ctx);
    return true;
}

static int run() {
    if (!create_context()) {
        report_fatal("WebGL 2 could not be started on this device.");
        return 1;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;   // layout is ours, not remembered window positions
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;   // a blinking caret would keep the app drawing
    ImGui_ImplOpenGL3_Init("#version 300 es");

    sync_canvas_size(g_canvas);
    EmbedOptionsResult embed = parse_embed_options(page_query());
    g_app.tick(monotonic_ms(), wall_ms(), tz_offset_minutes());
    g_app.init(g_platform, std::make_unique<LocalStore>(), embed.options.ns.value_or(""));
    embed_init(embed.options);
    set_wake_handler(on_input);
    set_mirror_handlers({mirror_press, mirror_focus, mirror_value, mirror_text});
    set_widgets_reader(mirror_widgets_json);
    watch_storage_events(on_storage_changed);
    watch_page_shown(on_page_shown);
    install_input_handlers(on_input);
    install_page_hooks();
    set_session_reader(read_session);
    set_frames_owed_reader(frames_owed);
    set_plan_reader(read_plan);
    ensure_loop();
    return 0;
}

} // namespace unclench::web

int main() { return unclench::web::run(); }
