#include <doctest/doctest.h>

#include <random>

#include "core/palette.h"

using namespace unclench;

static void check_every_pair_reads(const PaletteColours& p) {
    for (const TextPair& t : text_pairs(p)) {
        INFO(t.what, ": ", contrast_ratio(t.ink, t.paper));
        CHECK(contrast_ratio(t.ink, t.paper) >= kMinTextContrast);
    }
}

static bool has_pair(const PaletteColours& p, const std::string& what) {
    for (const TextPair& t : text_pairs(p))
        if (t.what == what) return true;
    return false;
}

TEST_CASE("contrast arithmetic gives WCAG's reference values") {
    CHECK(contrast_ratio(kBlack, kWhite) == doctest::Approx(21.0));
    CHECK(contrast_ratio(kWhite, kBlack) == doctest::Approx(21.0));
    CHECK(contrast_ratio(rgb_hex(0x336699), rgb_hex(0x336699)) == doctest::Approx(1.0));
    CHECK(contrast_ratio(rgb_hex(0x777777), kWhite) == doctest::Approx(4.48).epsilon(0.005));   // the classic near miss
    CHECK(contrast_ratio(rgb_hex(0x767676), kWhite) == doctest::Approx(4.54).epsilon(0.005));
    CHECK(relative_luminance(rgb_hex(0xFF0000)) == doctest::Approx(0.2126));
}

TEST_CASE("blending paints the top colour over the one under it by its opacity") {
    CHECK(over(kWhite, kBlack, 0.0) == kWhite);
    CHECK(over(kWhite, kBlack, 1.0) == kBlack);
    CHECK(over(kWhite, kBlack, 0.5) == rgb_hex(0x808080));
    CHECK(over(rgb_hex(0x102030), rgb_hex(0x102030), 0.7) == rgb_hex(0x102030));
}

TEST_CASE("every text colour in the light palette reads at 4.5:1 on every background it is drawn on") {
    check_every_pair_reads(light_palette());
}

TEST_CASE("every text colour in the dark palette reads at 4.5:1 on every background it is drawn on") {
    check_every_pair_reads(dark_palette());
}

TEST_CASE("the pairs cover body text, buttons in every state, cautions, text fields and all eleven pain levels") {
    for (const PaletteColours* p : {&light_palette(), &dark_palette()}) {
        CHECK(has_pair(*p, "text_muted on pressed(surface)"));
        CHECK(has_pair(*p, "primary_text on pressed(primary)"));
        CHECK(has_pair(*p, "danger_text on hovered(danger)"));
        CHECK(has_pair(*p, "accent on caution_wash(bg)"));
        CHECK(has_pair(*p, "text_muted on border"));
        CHECK(has_pair(*p, "text on pacer_fill"));
        for (int level = 0; level <= 10; level++)
            CHECK(has_pair(*p, "pain digit on pain_colour(" + std::to_string(level) + ")"));
    }
}

TEST_CASE("the pain scale runs from green through amber to red and clamps out-of-range levels") {
    CHECK(pain_colour(0).g > pain_colour(0).r);
    CHECK(pain_colour(10).r > pain_colour(10).g);
    CHECK(pain_colour(-3) == pain_colour(0));
    CHECK(pain_colour(42) == pain_colour(10));
    for (int level = 1; level <= 10; level++) CHECK(pain_colour(level).r >= pain_colour(level - 1).r);
}

TEST_CASE("pressing a surface darkens it a little more than hovering it") {
    Rgb s = light_palette().surface;
    CHECK(relative_luminance(pressed(s)) < relative_luminance(hovered(s)));
    CHECK(relative_luminance(hovered(s)) < relative_luminance(s));
}

TEST_CASE("a clinic accent that already reads is used as it is") {
    PaletteColours p = with_clinic_accent(light_palette(), rgb_hex(0x0B4F8A));   // a deep clinic blue
    CHECK(p.primary == rgb_hex(0x0B4F8A));
    CHECK(p.primary_text == kWhite);
    CHECK(p.bg == light_palette().bg);
    CHECK(p.text == light_palette().text);
}

TEST_CASE("a pale clinic accent is darkened on a light page until text reads on it and it reads as text") {
    Rgb gold = rgb_hex(0xFFD23F);
    PaletteColours p = with_clinic_accent(light_palette(), gold);
    CHECK(p.primary != gold);
    CHECK(p.primary.r > p.primary.b);   // still a warm colour, not black
    CHECK(p.primary != kBlack);
    check_every_pair_reads(p);
}

TEST_CASE("a deep clinic accent is lightened in the dark theme, with dark text on it") {
    Rgb navy = rgb_hex(0x1E3A8A);
    PaletteColours p = with_clinic_accent(dark_palette(), navy);
    CHECK(p.primary != navy);
    CHECK(relative_luminance(p.primary) > relative_luminance(navy));
    CHECK(p.primary.b > p.primary.r);   // still blue
    CHECK(p.primary_text != kWhite);
    check_every_pair_reads(p);
}

TEST_CASE("any clinic accent gives readable text in both themes") {
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<int> byte(0, 255);
    std::vector<Rgb> accents = {kWhite, kBlack, rgb_hex(0xFF0000), rgb_hex(0x00FF00), rgb_hex(0x0000FF),
                                rgb_hex(0x777777), rgb_hex(0xFFFF00), rgb_hex(0x00FFFF)};
    for (int i = 0; i < 300; i++) accents.push_back(Rgb{(uint8_t)byte(rng), (uint8_t)byte(rng), (uint8_t)byte(rng)});
    int failures = 0;
    for (Rgb a : accents)
        for (const PaletteColours* base : {&light_palette(), &dark_palette()})
            for (const TextPair& t : text_pairs(with_clinic_accent(*base, a)))
                if (contrast_ratio(t.ink, t.paper) < kMinTextContrast) failures++;
    CHECK(failures == 0);
}
