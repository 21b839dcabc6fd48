#include "ui/app.h"

#include "platform/system_prefs.h"
#include "ui/mirror.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

static const char* kScreenIds[] = {"home", "about"};

void App::init() {
    theme_.load_fonts();
    set_widget_theme(&theme_);
    sync_theme();
}

const char* App::screen_id() const { return kScreenIds[(int)screen()]; }

// The theme follows the system's light/dark setting unless the person chose one.
void App::sync_theme() {
    bool dark = system_prefers_dark();
    float text_scale = 1.0f;
    if (dark == applied_dark_ && text_scale == applied_text_scale_) return;
    theme_.apply(dark, text_scale);
    applied_dark_ = dark;
    applied_text_scale_ = text_scale;
}

FrameNeeds App::frame(double) {
    sync_theme();
    mirror_begin_frame();
    switch (screen()) {
    case ScreenId::Home: draw_home(*this); break;
    case ScreenId::About: draw_about(*this); break;
    }
    FrameNeeds needs;
    needs.animating = widgets_animating();
    return needs;
}

} // namespace unclench
