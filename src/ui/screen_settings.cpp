// Settings: sound, voice, vibration, timing, text size, theme, motion. Every change saves at once.
#include "icons.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_form.h"

namespace unclench {

static bool cues_section(Settings& s) {
    bool changed = false;
    section_title("Cues");
    changed |= toggle_row("Beeps", &s.sounds);
    changed |= toggle_row("Voice", &s.voice);
    int rate = (int)(s.voice_rate * 10 + 0.5);
    if (s.voice && stepper_row("Voice speed", &rate, 5, 20, 1, "")) { s.voice_rate = rate / 10.0; changed = true; }
    changed |= toggle_row("Vibration", &s.vibration);
    changed |= toggle_row("Count down the last 3 seconds", &s.countdown);
    return changed;
}

static bool timing_section(Settings& s) {
    bool changed = false;
    section_title("Timing");
    changed |= stepper_row("Get ready", &s.get_ready_seconds, 0, 30, 1, " s");
    changed |= stepper_row("Rest between sets", &s.rest_seconds, 0, 120, 5, " s");
    return changed;
}

static bool look_section(Settings& s) {
    bool changed = false;
    section_title("Look");
    static const char* const kSizes[] = {"100%", "125%", "150%", "175%", "200%"};
    int size = (s.text_size_percent - 100) / 25;
    if (segmented("Text size", &size, kSizes, 5)) { s.text_size_percent = 100 + size * 25; changed = true; }
    static const char* const kThemes[] = {"System", "Light", "Dark"};
    int theme = (int)s.theme;
    if (segmented("Theme", &theme, kThemes, 3)) { s.theme = (Theme)theme; changed = true; }
    changed |= toggle_row("Reduce motion", &s.reduce_motion);
    return changed;
}

void draw_settings(App& app, FrameNeeds&) {
    if (begin_screen("Settings", true)) app.back();
    Settings s = app.settings();
    bool changed = cues_section(s);
    changed |= timing_section(s);
    changed |= look_section(s);
    if (changed) app.save_settings(s);

    section_title("Safety");
    if (list_row(ICON_HEALING, "Safety check", "Review your answers")) app.go(ScreenId::Safety);
    if (list_row(ICON_INFO, "About and safety", nullptr)) app.go(ScreenId::About);
    end_screen();
}

} // namespace unclench
