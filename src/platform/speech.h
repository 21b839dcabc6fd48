// Spoken cues with speechSynthesis (web/cues.js): silent where the browser has no speech.
#pragma once
#include <string>
#include <vector>

namespace unclench::web {

struct Voice {
    std::string name;
    std::string lang;        // "en-GB"
    bool is_default = false;
};

bool speech_supported();
// Speaks now, queued after anything still being said. voice_name "" is the browser's default voice;
// rate 0.5 .. 2.0.
void speak(const std::string& text, const std::string& voice_name, double rate);
void cancel_speech();
// The voices the browser offers (may be empty at first: Chrome loads them late and the app redraws).
std::vector<Voice> speech_voices();

} // namespace unclench::web
