// The app's colours, light and dark, and the text-on-background pairs the design uses.
//
// The UI turns these into ImGui colours (ui/theme.cpp). They live here, as plain bytes, so a native
// test can hold every pair of text and background the screens draw to WCAG's 4.5:1 for text.
#pragma once
#include <string>
#include <vector>

#include "core/colour.h"

namespace unclench {

struct PaletteColours {
    Rgb bg, surface, surface_alt;            // page, cards and buttons, wells and chips
    Rgb text, text_muted;                    // body text, secondary text
    Rgb primary, primary_text;               // main actions; text on them
    Rgb accent;                              // cautions, the "get ready" phase, today
    Rgb danger, danger_text;                 // "stop, it hurts", errors; text on them
    Rgb border, ring_track, success;         // lines, the countdown ring's track, progress made
};

const PaletteColours& light_palette();
const PaletteColours& dark_palette();

// Press feedback: a pressable surface darkens a little under the pointer and more while held.
Rgb hovered(Rgb fill);
Rgb pressed(Rgb fill);

// The amber wash behind cautions and skin-safety advice, over the surface it sits on.
Rgb caution_wash(const PaletteColours& p, Rgb under);

// The breathing pacer's circle, a light wash of the primary colour that text stays readable on.
Rgb pacer_fill(const PaletteColours& p);

// A chosen pain level's cell, 0 (calm green) to 10 (strong red); its digit is white.
Rgb pain_colour(int level);
constexpr Rgb kPainDigit = kWhite;

// A clinic's accent colour becomes the primary one. Too light (or, in the dark theme, too dark) an
// accent is shaded until it reads as text on every background and its own text reads on it.
PaletteColours with_clinic_accent(const PaletteColours& p, Rgb accent);

// Every text colour the screens put on every background they put it on.
struct TextPair {
    std::string what;   // e.g. "text_muted on pressed(surface)", for a failing test's message
    Rgb ink, paper;
};
std::vector<TextPair> text_pairs(const PaletteColours& p);

constexpr double kMinTextContrast = 4.5;   // WCAG 2 AA for normal-size text

} // namespace unclench
