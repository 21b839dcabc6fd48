// The person's preferences, and how they are read back from storage: unknown fields are ignored,
// wrong types fall back to the default, out-of-range numbers are clamped; each repair is a notice.
#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/enum_names.h"
#include "core/progress_notice.h"

namespace unclench {

enum class Theme { System, Light, Dark };

struct Settings {
    bool sounds = true;
    bool voice = true;
    std::string voice_name;          // empty: the browser's default voice
    double voice_rate = 1.0;         // 0.5 .. 2.0
    bool vibration = true;
    int get_ready_seconds = 5;       // 0 .. 30
    int rest_seconds = 15;           // 0 .. 120
    int text_size_percent = 100;     // 100 .. 200
    Theme theme = Theme::System;
    bool reduce_motion = false;
    bool countdown = true;           // spoken/beeped 3-2-1 before each phase ends
};

bool operator==(const Settings& a, const Settings& b);
inline bool operator!=(const Settings& a, const Settings& b) { return !(a == b); }

inline constexpr EnumName<Theme> kThemeNames[] = {{Theme::System, "system"}, {Theme::Light, "light"}, {Theme::Dark, "dark"}};
const char* theme_name(Theme theme);   // "system", "light", "dark"; "system" for a value not listed

nlohmann::json settings_to_json(const Settings& settings);
Settings settings_from_json(const nlohmann::json& doc, Notices& notices);

// Forces every field into range (used before saving what the UI produced).
Settings clamp_settings(Settings settings);

} // namespace unclench
