#include "ui/embed_ui.h"

#include <cstdlib>
#include <string>

#include "icons.h"
#include "platform/embed_bridge.h"
#include "platform/page_url.h"
#include "platform/share_link.h"
#include "platform/system_prefs.h"
#include "ui/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

static bool g_started = false;
static std::string g_accent;   // "#rrggbb" from the clinic, or empty

//-----------------------------------------------------------------------------
// Commands
//-----------------------------------------------------------------------------

// Opens the routine's page rather than starting it: the person still sees its cautions and the
// pain question, and a running session is never interrupted.
static void start_routine(App& app, const std::string& id) {
    if (app.session() && app.route().screen == ScreenId::Player) return;
    if (!app.find_routine(id)) return;
    app.home();
    app.go(ScreenId::RoutineDetail, id);
}

static void set_theme(App& app, const EmbedCommand& c) {
    Settings s = app.settings();
    Theme wanted = c.theme == EmbedTheme::Light ? Theme::Light : c.theme == EmbedTheme::Dark ? Theme::Dark : Theme::System;
    if (s.theme != wanted) {
        s.theme = wanted;
        app.save_settings(s);
    }
    if (c.accent) g_accent = *c.accent;
    web::embed_redraw_soon();   // the palette is re-applied this frame; the accent goes on top next frame
}

//-----------------------------------------------------------------------------
// Accent colour: the clinic's colour replaces the primary one, with readable text on it
//-----------------------------------------------------------------------------

static Rgb parse_hex(const std::string& hex) {
    return rgb_hex((uint32_t)std::strtoul(hex.c_str() + 1, nullptr, 16));
}

static void keep_accent(App& app) {
    if (g_accent.empty()) return;
    UiTheme& theme = app.theme();
    // Shaded to read in this theme; worked out once per theme, not every frame.
    static std::string shaded_for;
    static PaletteColours shaded;
    std::string key = g_accent + (theme.dark ? "/dark" : "/light");
    if (shaded_for != key) {
        shaded = with_clinic_accent(theme.base_colours(), parse_hex(g_accent));
        shaded_for = key;
    }
    if (theme.colours.primary == shaded.primary) return;
    theme.set_colours(shaded);
    // The app re-applies its palette when light/dark flips; draw once more after it to restore ours.
    const Settings& s = app.settings();
    bool dark = s.theme == Theme::Dark || (s.theme == Theme::System && system_prefers_dark());
    if (dark != app.theme().dark) web::embed_redraw_soon();
}

//-----------------------------------------------------------------------------
// Once a frame
//-----------------------------------------------------------------------------

void apply_page_requests(App& app) {
    std::string fragment;
    if (!g_started) {
        g_started = true;
        fragment = web::page_fragment();
        web::take_new_share_fragment(fragment);   // starts listening for links opened later
        if (fragment.rfind("#r=", 0) == 0) app.go(ScreenId::SharedRoutine, fragment);
    } else if (web::take_new_share_fragment(fragment) && !(app.session() && app.route().screen == ScreenId::Player)) {
        app.go(ScreenId::SharedRoutine, fragment);
    }
    EmbedCommand c;
    while (web::embed_poll_command(c)) {
        if (c.type == EmbedCommandType::StartRoutine) start_routine(app, c.routine);
        if (c.type == EmbedCommandType::SetTheme) set_theme(app, c);
    }
    keep_accent(app);
}

//-----------------------------------------------------------------------------
// Banner
//-----------------------------------------------------------------------------

void draw_clinic_banner(App&) {
    const EmbedOptions& o = web::embed_options();
    if (o.clinic) {
        std::string line = std::string(ICON_LOCAL_HOSPITAL) + "  Prescribed by " + *o.clinic;
        muted(line.c_str());
    }
    if (!web::embed_in_frame()) return;
    muted("What you do here is kept for this website only.");
    if (big_button("Open in the full app", ICON_OPEN_IN_NEW, ButtonStyle::Quiet)) web::open_full_app("");
}

} // namespace unclench
