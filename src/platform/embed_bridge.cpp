// The postMessage glue. Every message from the parent window goes through parse_embed_command, which
// checks the origin and the shape; a ping is answered at once, other commands wait in a small queue
// until the app's next frame applies them.
#include "platform/embed_bridge.h"

#include <deque>
#include <emscripten.h>
#include <emscripten/eventloop.h>

#include "core/version.h"
#include "platform/js_text.h"   // why strings cross with their lengths
#include "platform/wake.h"

namespace unclench::web {

static EmbedOptions g_options;
static std::string g_parent;        // normalised parent origin; empty = not connected
static bool g_in_frame = false;
static std::deque<EmbedCommand> g_commands;
constexpr size_t kMaxQueuedCommands = 8;   // a flooding parent cannot grow memory

//-----------------------------------------------------------------------------
// JavaScript side
//-----------------------------------------------------------------------------

EM_JS(int, js_in_frame, (), {
    try { return window.parent !== window ? 1 : 0; } catch (e) { return 1; }
});

// Only messages from our own parent window reach C++; the origin check and validation happen there.
// Data is passed as JSON text: a non-object (a string, a number) is then rejected by the parser.
EM_JS(void, js_listen_for_commands, (), {
    window.addEventListener('message', function (e) {
        if (e.source !== window.parent || e.source === window) return;
        var text;
        try { text = JSON.stringify(e.data); } catch (err) { return; }
        if (typeof text !== 'string' || text.length > 4096 || !Module._unclench_embed_message) return;
        var data = new TextEncoder().encode(text), origin = new TextEncoder().encode(e.origin);
        var p = _malloc(data.length + 1), q = _malloc(origin.length + 1);
        HEAPU8.set(data, p);   // after both _malloc calls: memory growth replaces HEAPU8
        HEAPU8.set(origin, q);
        Module._unclench_embed_message(p, data.length, q, origin.length);
        _free(p);
        _free(q);
    });
});

// targetOrigin is the configured parent: the browser drops the message if the parent page has moved
// to another origin, so an event never reaches a page it was not meant for.
EM_JS(void, js_post_to_parent, (const char* json, const char* origin), {
    try { window.parent.postMessage(JSON.parse(UTF8ToString(json)), UTF8ToString(origin)); } catch (e) {}
});

EM_JS(void, js_set_document_lang, (const char* lang), {
    document.documentElement.lang = UTF8ToString(lang);
});

static void post(const std::string& json) {
    if (!g_parent.empty()) js_post_to_parent(json.c_str(), g_parent.c_str());
}

//-----------------------------------------------------------------------------
// Commands
//-----------------------------------------------------------------------------

static void queue(const EmbedCommand& command) {
    if (g_commands.size() >= kMaxQueuedCommands) g_commands.pop_front();
    g_commands.push_back(command);
}

extern "C" EMSCRIPTEN_KEEPALIVE void unclench_embed_message(const char* data, int data_length, const char* origin,
                                                            int origin_length) {
    EmbedCommandResult r = parse_embed_command(std::string_view(data, size_t(data_length)),
                                               std::string_view(origin, size_t(origin_length)), g_parent);
    if (!r.command) return;   // another origin, a bad shape, or no parent configured: ignored
    if (r.command->type == EmbedCommandType::Ping) {
        post(embed_event_pong());
        return;
    }
    queue(*r.command);
    wake_app();
}

static void on_redraw_timer(void*) { wake_app(); }
void embed_redraw_soon() { emscripten_set_timeout(on_redraw_timer, 30, nullptr); }

bool embed_poll_command(EmbedCommand& out) {
    if (g_commands.empty()) return false;
    out = g_commands.front();
    g_commands.pop_front();
    return true;
}

//-----------------------------------------------------------------------------
// Start-up
//-----------------------------------------------------------------------------

void embed_init(const EmbedOptions& options) {
    g_options = options;
    g_in_frame = js_in_frame() != 0;
    if (options.lang) js_set_document_lang(options.lang->c_str());
    // The URL's own choices behave like commands, so one code path applies them.
    if (options.theme || options.accent) {
        EmbedCommand c;
        c.type = EmbedCommandType::SetTheme;
        c.theme = options.theme.value_or(EmbedTheme::System);
        c.accent = options.accent;
        queue(c);
    }
    if (options.routine) {
        EmbedCommand c;
        c.type = EmbedCommandType::StartRoutine;
        c.routine = *options.routine;
        queue(c);
    }
    if (!g_in_frame || !options.parent) return;
    g_parent = *options.parent;
    js_listen_for_commands();
    post(embed_event_ready(kVersion));
}

const EmbedOptions& embed_options() { return g_options; }
bool embed_in_frame() { return g_in_frame; }
bool embed_connected() { return !g_parent.empty(); }

//-----------------------------------------------------------------------------
// Events
//-----------------------------------------------------------------------------

void embed_session_started(const std::string& routine_id, int64_t started_at_ms) {
    post(embed_event_session_started(routine_id, started_at_ms));
}

static EmbedSessionEnd embed_end(const std::string& ended) {
    if (ended == "early") return EmbedSessionEnd::Early;
    if (ended == "pain") return EmbedSessionEnd::Pain;
    return EmbedSessionEnd::Normal;
}

void embed_session_completed(const SessionSummary& s, const std::string& ended) {
    SessionSummaryEvent e;
    e.routine = s.routine_id;
    e.duration_s = (s.active_ms + s.paused_ms) / 1000;
    e.steps_done = s.items_done + s.items_partly_done;
    e.steps_skipped = s.items_skipped;
    e.ended = embed_end(ended);
    post(embed_event_session_completed(e));
}

void embed_pain_reported(int before, int after) {
    post(embed_event_pain_reported(before, after < 0 ? std::nullopt : std::optional<int>(after)));
}

void embed_check_in(const CheckInEvent& event) { post(embed_event_check_in(event)); }
void embed_phase_changed(const PhaseChangedEvent& event) { post(embed_event_phase_changed(event)); }

} // namespace unclench::web
