// Settings: sound, voice, vibration, timing, text size, theme, motion. Every change saves at once.
#include "icons.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/notices_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_form.h"

namespace unclench {

// The browser's English voices (the app speaks English), the system default first; at most eight.
static bool voice_choice(App& app, Settings& s) {
    std::vector<Voice> voices = app.platform().speech_voices();
    std::vector<std::string> names{"Default"};
    for (const Voice& v : voices)
        if (v.lang.rfind("en", 0) == 0 && names.size() < 8) names.push_back(v.name);
    if (names.size() < 2) return false;
    std::vector<const char*> options;
    int current = 0;
    for (size_t i = 0; i < names.size(); i++) {
        options.push_back(names[i].c_str());
        if (i > 0 && names[i] == s.voice_name) current = (int)i;
    }
    if (!segmented("Voice to use", &current, options.data(), (int)options.size())) return false;
    s.voice_name = current == 0 ? "" : names[(size_t)current];
    return true;
}

static bool cues_section(App& app, Settings& s) {
    bool changed = false;
    section_title("Cues");
    changed |= toggle_row("Beeps", &s.sounds);
    changed |= toggle_row("Voice", &s.voice);
    int rate = (int)(s.voice_rate * 100 + 0.5);
    if (s.voice && stepper_row("Voice speed", &rate, 50, 200, 10, "%")) { s.voice_rate = rate / 100.0; changed = true; }
    if (s.voice) changed |= voice_choice(app, s);
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
    draw_notices(app);   // a save refused here (a full quota) is said here
    Settings s = app.settings();
    bool changed = cues_section(app, s);
    changed |= timing_section(s);
    changed |= look_section(s);
    if (changed) app.save_settings(s);

    section_title("Safety");
    if (list_row(ICON_HEALING, "Safety check", "Review your answers")) app.go(ScreenId::Safety);
    if (list_row(ICON_INFO, "About and safety", nullptr)) app.go(ScreenId::About);
    end_screen();
}

} // namespace unclench
