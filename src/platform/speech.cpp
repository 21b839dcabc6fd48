#include "platform/speech.h"

#include <cstdlib>
#include <emscripten.h>
#include <nlohmann/json.hpp>

namespace unclench::web {

EM_JS(void, js_speak, (const char* text, const char* voice, double rate), {
    if (window.unclenchCues) window.unclenchCues.speak(UTF8ToString(text), UTF8ToString(voice), rate);
});

EM_JS(char*, js_voices, (), {
    const v = JSON.stringify(window.unclenchCues ? window.unclenchCues.voices() : []);
    const n = lengthBytesUTF8(v) + 1;
    const p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
});

bool speech_supported() {
    return EM_ASM_INT({ return 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function' ? 1 : 0; });
}

void speak(const std::string& text, const std::string& voice_name, double rate) {
    if (text.empty()) return;
    if (rate < 0.5) rate = 0.5;
    if (rate > 2.0) rate = 2.0;
    js_speak(text.c_str(), voice_name.c_str(), rate);
}

void cancel_speech() {
    EM_ASM({ if (window.unclenchCues) window.unclenchCues.cancelSpeech(); });
}

std::vector<Voice> speech_voices() {
    char* raw = js_voices();
    std::vector<Voice> out;
    nlohmann::json doc = nlohmann::json::parse(std::string(raw ? raw : "[]"), nullptr, false);   // one parser type app-wide
    std::free(raw);
    if (!doc.is_array()) return out;
    for (const auto& v : doc) {
        if (!v.is_object() || !v.value("name", nlohmann::json()).is_string()) continue;
        Voice voice;
        voice.name = v["name"].get<std::string>();
        if (v.contains("lang") && v["lang"].is_string()) voice.lang = v["lang"].get<std::string>();
        voice.is_default = v.contains("default") && v["default"].is_boolean() && v["default"].get<bool>();
        out.push_back(std::move(voice));
    }
    return out;
}

} // namespace unclench::web
