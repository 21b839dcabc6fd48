#include "core/palette.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Palettes: calm teal on warm neutrals (light), and the same hues lifted for a dark room (dark)
//-----------------------------------------------------------------------------

static const PaletteColours kLight = {
    rgb_hex(0xF6F4F0), rgb_hex(0xFFFFFF), rgb_hex(0xECE8E1),   // bg, surface, surface_alt
    rgb_hex(0x1F2429), rgb_hex(0x525A62),                      // text, text_muted
    rgb_hex(0x0D6763), rgb_hex(0xFFFFFF),                      // primary, primary_text
    rgb_hex(0x9C4807),                                         // accent
    rgb_hex(0xB42318), rgb_hex(0xFFFFFF),                      // danger, danger_text
    rgb_hex(0xD6D1C8), rgb_hex(0xE3DED5), rgb_hex(0x167A3E),   // border, ring_track, success
};

static const PaletteColours kDark = {
    rgb_hex(0x12161A), rgb_hex(0x1C2228), rgb_hex(0x262E35),
    rgb_hex(0xECEFF1), rgb_hex(0xA9B4BD),
    rgb_hex(0x5ED0C5), rgb_hex(0x0B1F1E),
    rgb_hex(0xF5B04C),
    rgb_hex(0xFF8A80), rgb_hex(0x2A0A07),
    rgb_hex(0x353F48), rgb_hex(0x2C353D), rgb_hex(0x6CD38E),
};

const PaletteColours& light_palette() { return kLight; }
const PaletteColours& dark_palette() { return kDark; }

//-----------------------------------------------------------------------------
// Derived colours: press feedback, washes, the pain scale
//-----------------------------------------------------------------------------

Rgb hovered(Rgb fill) { return over(fill, kBlack, 0.05); }
Rgb pressed(Rgb fill) { return over(fill, kBlack, 0.11); }

Rgb caution_wash(const PaletteColours& p, Rgb under) { return over(under, p.accent, 0.12); }

Rgb pacer_fill(const PaletteColours& p) { return over(p.surface_alt, p.primary, 0.25); }

Rgb pain_colour(int level) {
    const Rgb calm = rgb_hex(0x1F7A4F), mid = rgb_hex(0xA15C00), strong = rgb_hex(0xB52417);
    if (level < 0) level = 0;
    if (level > 10) level = 10;
    return level <= 5 ? over(calm, mid, level / 5.0) : over(mid, strong, (level - 5) / 5.0);
}

//-----------------------------------------------------------------------------
// Text pairs: the one list of which text colour the screens draw on which background
//-----------------------------------------------------------------------------

struct Named { const char* name; Rgb colour; };

static void add_all(std::vector<TextPair>& out, const std::vector<Named>& inks, const std::vector<Named>& papers) {
    for (const Named& ink : inks)
        for (const Named& paper : papers)
            out.push_back({std::string(ink.name) + " on " + paper.name, ink.colour, paper.colour});
}

std::vector<TextPair> text_pairs(const PaletteColours& p) {
    std::vector<TextPair> out;
    // Reading text, links, icons and error lines sit on the page, cards and wells, and on pressable
    // rows and buttons in every state (quiet buttons are page-coloured, the rest surface-coloured).
    add_all(out, {{"text", p.text}, {"text_muted", p.text_muted}, {"primary", p.primary}, {"danger", p.danger}},
            {{"bg", p.bg}, {"surface", p.surface}, {"surface_alt", p.surface_alt},
             {"hovered(bg)", hovered(p.bg)}, {"pressed(bg)", pressed(p.bg)},
             {"hovered(surface)", hovered(p.surface)}, {"pressed(surface)", pressed(p.surface)}});
    // Caution lines and their icons, on the page, on cards, and on the amber washes.
    add_all(out, {{"text", p.text}, {"text_muted", p.text_muted}, {"accent", p.accent}},
            {{"bg", p.bg}, {"surface", p.surface}, {"surface_alt", p.surface_alt},
             {"caution_wash(bg)", caution_wash(p, p.bg)}, {"caution_wash(surface)", caution_wash(p, p.surface)}});
    // Filled buttons, chips and calendar days.
    add_all(out, {{"primary_text", p.primary_text}},
            {{"primary", p.primary}, {"hovered(primary)", hovered(p.primary)}, {"pressed(primary)", pressed(p.primary)}});
    add_all(out, {{"danger_text", p.danger_text}},
            {{"danger", p.danger}, {"hovered(danger)", hovered(p.danger)}, {"pressed(danger)", pressed(p.danger)}});
    // A text field being typed in (ImGui paints its frame with the border colour), and its hint.
    add_all(out, {{"text", p.text}, {"text_muted", p.text_muted}}, {{"border", p.border}});
    // The breathing pacer's word, over its circle and the well behind it.
    add_all(out, {{"text", p.text}}, {{"pacer_fill", pacer_fill(p)}});
    // The pain scale: the chosen level's digit on its colour.
    for (int level = 0; level <= 10; level++)
        out.push_back({"pain digit on pain_colour(" + std::to_string(level) + ")", kPainDigit, pain_colour(level)});
    return out;
}

//-----------------------------------------------------------------------------
// A clinic's accent
//-----------------------------------------------------------------------------

static bool all_readable(const PaletteColours& p) {
    for (const TextPair& t : text_pairs(p))
        if (contrast_ratio(t.ink, t.paper) < kMinTextContrast) return false;
    return true;
}

static bool is_dark(const PaletteColours& p) { return relative_luminance(p.bg) < 0.2; }

PaletteColours with_clinic_accent(const PaletteColours& p, Rgb accent) {
    // Shade toward black on light pages and toward white on dark ones: that raises the accent's
    // contrast with every background at once. The last step is black or white itself, which reads.
    const Rgb dark_ink = rgb_hex(0x101418);
    Rgb toward = is_dark(p) ? kWhite : kBlack;
    PaletteColours out = p;
    for (int step = 0; step <= 20; step++) {
        out.primary = over(accent, toward, step * 0.05);
        out.primary_text = contrast_ratio(kWhite, out.primary) >= contrast_ratio(dark_ink, out.primary) ? kWhite : dark_ink;
        if (all_readable(out)) break;
    }
    return out;
}

} // namespace unclench
