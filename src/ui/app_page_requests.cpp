// Requests from outside the app, applied at the start of each frame: a clinic's commands (open a
// routine, set the theme and accent colour) and share links in the address.
#include <cstdlib>

#include "core/plan_link.h"

#include "ui/app.h"
#include "ui/platform.h"

namespace unclench {

//-----------------------------------------------------------------------------
// [SECTION] Page requests: a clinic's commands, links in the address
//-----------------------------------------------------------------------------

// Opens the routine's page rather than starting it: the person still sees its cautions and the
// pain question, and a running session is never interrupted.
static void open_routine_from_page(App& app, const std::string& id) {
    if (app.session() && app.route().screen == ScreenId::Player) return;
    if (!app.find_routine(id)) return;
    app.home();
    app.go(ScreenId::RoutineDetail, id);
}

static Theme theme_from(EmbedTheme t) {
    return t == EmbedTheme::Light ? Theme::Light : t == EmbedTheme::Dark ? Theme::Dark : Theme::System;
}

void App::set_theme_from_page(Theme wanted, const std::optional<std::string>& accent) {
    Settings s = settings();
    if (s.theme != wanted) {
        s.theme = wanted;
        save_settings(s);
    }
    if (accent) accent_ = *accent;
    platform_->redraw_soon();   // the palette is re-applied this frame; the accent goes on top next frame
}

static Rgb parse_hex(const std::string& hex) {
    return rgb_hex((uint32_t)std::strtoul(hex.c_str() + 1, nullptr, 16));
}

// The clinic's accent replaces the primary colour, shaded to read in this theme (worked out once per
// theme, not every frame).
void App::keep_accent() {
    if (accent_.empty()) return;
    std::string key = accent_ + (theme_.dark ? "/dark" : "/light");
    if (shaded_for_ != key) {
        shaded_ = with_clinic_accent(theme_.base_colours(), parse_hex(accent_));
        shaded_for_ = key;
    }
    if (theme_.colours.primary == shaded_.primary) return;
    theme_.set_colours(shaded_);
    // The app re-applies its palette when light/dark flips; draw once more after it to restore ours.
    const Settings& s = settings();
    bool dark = s.theme == Theme::Dark || (s.theme == Theme::System && platform_->prefers_dark());
    if (dark != theme_.dark) platform_->redraw_soon();
}

void App::apply_page_requests() {
    std::string fragment;
    if (!page_started_) {
        page_started_ = true;
        fragment = platform_->page_fragment();
        platform_->take_new_share_fragment(fragment);   // starts listening for links opened later
        if (is_plan_fragment(fragment)) go(ScreenId::SharedPlan, fragment);
        else if (fragment.rfind("#r=", 0) == 0) go(ScreenId::SharedRoutine, fragment);
    } else if (platform_->take_new_share_fragment(fragment) && !(session_ && route().screen == ScreenId::Player)) {
        go(is_plan_fragment(fragment) ? ScreenId::SharedPlan : ScreenId::SharedRoutine, fragment);
    }
    EmbedCommand c;
    while (platform_->embed_poll_command(c)) {
        if (c.type == EmbedCommandType::StartRoutine) open_routine_from_page(*this, c.routine);
        if (c.type == EmbedCommandType::SetTheme) set_theme_from_page(theme_from(c.theme), c.accent);
    }
    keep_accent();
}

} // namespace unclench
