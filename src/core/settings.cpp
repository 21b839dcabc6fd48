#include "core/settings.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace unclench {

using nlohmann::json;

bool operator==(const Settings& a, const Settings& b) {
    return a.sounds == b.sounds && a.voice == b.voice && a.voice_name == b.voice_name &&
           a.voice_rate == b.voice_rate && a.vibration == b.vibration &&
           a.get_ready_seconds == b.get_ready_seconds && a.rest_seconds == b.rest_seconds &&
           a.text_size_percent == b.text_size_percent && a.theme == b.theme &&
           a.reduce_motion == b.reduce_motion && a.countdown == b.countdown;
}

const char* theme_name(Theme theme) { return name_of(kThemeNames, theme, "system"); }

json settings_to_json(const Settings& s) {
    return {{"sounds", s.sounds},
            {"voice", s.voice},
            {"voice_name", s.voice_name},
            {"voice_rate", s.voice_rate},
            {"vibration", s.vibration},
            {"get_ready_s", s.get_ready_seconds},
            {"rest_s", s.rest_seconds},
            {"text_size", s.text_size_percent},
            {"theme", theme_name(s.theme)},
            {"reduce_motion", s.reduce_motion},
            {"countdown", s.countdown}};
}

Settings clamp_settings(Settings s) {
    s.voice_rate = std::clamp(s.voice_rate, 0.5, 2.0);
    s.get_ready_seconds = std::clamp(s.get_ready_seconds, 0, 30);
    s.rest_seconds = std::clamp(s.rest_seconds, 0, 120);
    s.text_size_percent = std::clamp(s.text_size_percent, 100, 200);
    if (s.voice_name.size() > 200) s.voice_name.clear();
    return s;
}

//-----------------------------------------------------------------------------
// Reading: one helper per field type, each reporting what it repaired.
//-----------------------------------------------------------------------------

static void adjusted(Notices& notices, const char* field, const std::string& what) {
    notices.push_back({NoticeKind::Adjusted, std::string("settings.") + field,
                       std::string("The setting \"") + field + "\" " + what});
}

static void read_bool(const json& doc, const char* field, bool& out, Notices& notices) {
    if (!doc.contains(field)) return;
    if (doc[field].is_boolean()) out = doc[field].get<bool>();
    else adjusted(notices, field, "was not on/off and was reset to its default.");
}

static void read_number(const json& doc, const char* field, double lo, double hi, double& out, Notices& notices) {
    if (!doc.contains(field)) return;
    const json& v = doc[field];
    if (!v.is_number()) return adjusted(notices, field, "was not a number and was reset to its default.");
    double value = v.get<double>();
    if (!(value >= lo && value <= hi)) {   // also catches NaN
        value = value < lo || value != value ? lo : hi;
        adjusted(notices, field, "was out of range and was set to the nearest allowed value.");
    }
    out = value;
}

static void read_int(const json& doc, const char* field, int lo, int hi, int& out, Notices& notices) {
    double value = out;
    read_number(doc, field, lo, hi, value, notices);
    out = int(value + 0.5);
}

Settings settings_from_json(const json& doc, Notices& notices) {
    Settings s;
    if (!doc.is_object()) {
        notices.push_back({NoticeKind::Adjusted, "settings", "Your settings could not be read and were reset."});
        return s;
    }
    read_bool(doc, "sounds", s.sounds, notices);
    read_bool(doc, "voice", s.voice, notices);
    if (doc.contains("voice_name")) {
        if (doc["voice_name"].is_string() && doc["voice_name"].get_ref<const std::string&>().size() <= 200)
            s.voice_name = doc["voice_name"].get<std::string>();
        else adjusted(notices, "voice_name", "was not a voice name and was reset to the default voice.");
    }
    read_number(doc, "voice_rate", 0.5, 2.0, s.voice_rate, notices);
    read_bool(doc, "vibration", s.vibration, notices);
    read_int(doc, "get_ready_s", 0, 30, s.get_ready_seconds, notices);
    read_int(doc, "rest_s", 0, 120, s.rest_seconds, notices);
    read_int(doc, "text_size", 100, 200, s.text_size_percent, notices);
    if (doc.contains("theme")) {
        const json& t = doc["theme"];
        if (!t.is_string() || !value_of(kThemeNames, t.get_ref<const std::string&>(), s.theme))
            adjusted(notices, "theme", "was not system, light or dark and was reset to system.");
    }
    read_bool(doc, "reduce_motion", s.reduce_motion, notices);
    read_bool(doc, "countdown", s.countdown, notices);
    return s;
}

} // namespace unclench
