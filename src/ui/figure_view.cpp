#include "ui/figure_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui_internal.h>

#include "core/figure_pose.h"
#include "ui/embedded_assets.h"
#include "ui/theme.h"
#include "ui/ui_context.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Figures, read once
//-----------------------------------------------------------------------------

// Body proportions in box units (a standing person is about 0.95 tall).
constexpr float kHeadRadius = 0.062f, kNoseRadius = 0.017f;
constexpr float kTorso = 0.085f, kShoulders = 0.06f, kPelvis = 0.07f;
constexpr float kUpperArm = 0.048f, kForearm = 0.044f, kThigh = 0.056f, kShin = 0.05f, kFoot = 0.036f;
constexpr float kMargin = 0.07f;   // room around the bounds for the strokes' thickness

// A person standing still, for an id figures.json does not know.
static Figure standing_figure() {
    static const Vec2 kStanding[kJointCount] = {
        {0.500f, 0.480f}, {0.500f, 0.630f}, {0.500f, 0.790f}, {0.500f, 0.875f}, {0.568f, 0.875f},
        {0.500f, 0.760f}, {0.473f, 0.607f}, {0.452f, 0.459f}, {0.500f, 0.760f}, {0.486f, 0.606f},
        {0.473f, 0.456f}, {0.500f, 0.480f}, {0.500f, 0.250f}, {0.500f, 0.030f}, {0.575f, 0.030f},
        {0.500f, 0.480f}, {0.500f, 0.250f}, {0.500f, 0.030f}, {0.575f, 0.030f}};
    Figure f;
    f.id = "standing";
    f.near = {false, true, false, true};
    Keyframe k{"start", {}};
    std::copy(std::begin(kStanding), std::end(kStanding), k.pose.at.begin());
    f.keyframes = {k, k};
    return f;
}

// Read on first use (the first screen needs no figure), then kept in the App's UI context.
static const FigureSet& figures() {
    UiContext& ctx = ui_context();
    FigureSet& set = ctx.figures;
    if (!ctx.figures_loaded) {
        ctx.figures_loaded = true;
        AssetBytes bytes = find_asset("figures.json");
        auto result = load_figures(bytes ? bytes.text() : std::string_view());
        if (result.ok()) set = std::move(*result.data);
        // Every exercise still draws (a person standing); the console says why, and the browser
        // tests fail on any console error.
        else std::fprintf(stderr, "The exercise figures are damaged: %s\n", to_string(result.problems.front()).c_str());
    }
    return set;
}

static const Figure& figure_or_standing(const std::string& id) {
    static const Figure standing = standing_figure();
    const Figure* f = figures().find(id);
    return f ? *f : standing;
}

bool has_figure(const std::string& figure_id) { return figures().find(figure_id) != nullptr; }

//-----------------------------------------------------------------------------
// Mapping box units to the screen
//-----------------------------------------------------------------------------

struct Canvas {
    ImDrawList* dl;
    ImVec2 origin;     // screen position of box (0, 0)
    float scale;       // pixels per box unit
    float mirror_x;    // mirrored: x becomes mirror_x - x
    bool mirrored;

    ImVec2 at(Vec2 p) const {
        float x = mirrored ? mirror_x - p.x : p.x;
        return ImVec2(origin.x + x * scale, origin.y - p.y * scale);
    }
    float px(float units) const { return std::max(1.5f, units * scale); }
};

// The figure's bounds (over all keyframes, so it does not jump while moving) fitted into the rectangle,
// standing on its bottom edge.
static Canvas fit(ImDrawList* dl, ImVec2 min, ImVec2 max, const Figure& f, bool mirrored) {
    Bounds b = figure_bounds(f);
    b.min = {b.min.x - kMargin, std::min(b.min.y - kMargin, -0.02f)};
    b.max = {b.max.x + kMargin, b.max.y + kMargin};
    float bw = b.max.x - b.min.x, bh = b.max.y - b.min.y;
    float scale = std::min((max.x - min.x) / bw, (max.y - min.y) / bh);
    float left = min.x + ((max.x - min.x) - bw * scale) * 0.5f;
    float bottom = max.y - ((max.y - min.y) - bh * scale) * 0.5f;
    Canvas c{dl, ImVec2(left - b.min.x * scale, bottom + b.min.y * scale), scale, b.min.x + b.max.x, mirrored};
    return c;
}

//-----------------------------------------------------------------------------
// Strokes
//-----------------------------------------------------------------------------

static ImU32 mix(ImU32 a, ImU32 b, float t) {
    ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, 1.0f));
}

static void capsule(const Canvas& c, Vec2 a, Vec2 b, float width, ImU32 col) {
    float w = c.px(width);
    ImVec2 pa = c.at(a), pb = c.at(b);
    c.dl->AddLine(pa, pb, col, w);
    c.dl->AddCircleFilled(pa, w * 0.5f, col);
    c.dl->AddCircleFilled(pb, w * 0.5f, col);
}

struct Colours {
    ImU32 body, near, far, halo, floor, prop, mat, arrow;
};

static Colours colours() {
    const Palette& p = widget_theme().pal;
    Colours k;
    k.body = p.primary;
    k.near = mix(p.primary, p.text, 0.3f);    // darker on light, brighter on dark: more contrast
    k.far = mix(p.primary, p.bg, 0.55f);      // further away, less contrast
    k.halo = p.bg;
    k.floor = p.border;
    k.prop = mix(p.border, p.text_muted, 0.45f);
    k.mat = p.surface_alt;
    k.arrow = (p.accent & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 150);
    return k;
}

//-----------------------------------------------------------------------------
// Scenery: floor, mat, chair, pillow, movement arrows
//-----------------------------------------------------------------------------

static void draw_prop(const Canvas& c, const Prop& prop, FigureView view, const Colours& k) {
    if (prop.kind == PropKind::Chair) {
        float back = prop.flip ? 0.2f : -0.2f, seat = 0.26f, top = 0.5f, t = 0.02f;
        Vec2 front{prop.at.x, prop.at.y}, rear{prop.at.x + back, prop.at.y};
        capsule(c, front, {front.x, seat}, t, k.prop);
        capsule(c, {front.x, seat}, {rear.x, seat}, t * 1.3f, k.prop);
        capsule(c, rear, {rear.x, top}, t, k.prop);
        return;
    }
    float half = prop.width * 0.5f;
    if (view == FigureView::Above && prop.kind == PropKind::Mat) {
        ImVec2 a = c.at({prop.at.x - half * 0.5f, prop.at.y + half}), b = c.at({prop.at.x + half * 0.5f, prop.at.y - half});
        c.dl->AddRectFilled(ImMin(a, b), ImMax(a, b), k.mat, c.px(0.04f));
        return;
    }
    float h = prop.kind == PropKind::Pillow ? 0.05f : 0.02f;
    ImVec2 a = c.at({prop.at.x - half, prop.at.y + h}), b = c.at({prop.at.x + half, prop.at.y});
    c.dl->AddRectFilled(ImMin(a, b), ImMax(a, b), k.mat, c.px(h * 0.5f));
}

static void draw_arrow(const Canvas& c, const Arrow& arrow, ImU32 col) {
    ImVec2 a = c.at(arrow.from), b = c.at(arrow.to);
    float w = c.px(0.012f);
    ImVec2 d = b - a;
    float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len < 1) return;
    d = d / len;
    ImVec2 n(-d.y, d.x);
    float head = std::max(5.0f, w * 3.0f);
    c.dl->AddLine(a, b - d * head * 0.8f, col, w);
    c.dl->AddTriangleFilled(b, b - d * head * 1.4f + n * head * 0.8f, b - d * head * 1.4f - n * head * 0.8f, col);
}

//-----------------------------------------------------------------------------
// The body
//-----------------------------------------------------------------------------

static void draw_limb(const Canvas& c, const Pose& p, Limb limb, ImU32 col, float grow) {
    switch (limb) {
    case Limb::ArmL:
    case Limb::ArmR: {
        bool left = limb == Limb::ArmL;
        Joint s = left ? Joint::ShoulderL : Joint::ShoulderR, e = left ? Joint::ElbowL : Joint::ElbowR,
              h = left ? Joint::HandL : Joint::HandR;
        capsule(c, p[s], p[e], kUpperArm + grow, col);
        capsule(c, p[e], p[h], kForearm + grow, col);
        break;
    }
    default: {
        bool left = limb == Limb::LegL;
        Joint hip = left ? Joint::HipL : Joint::HipR, knee = left ? Joint::KneeL : Joint::KneeR,
              ankle = left ? Joint::AnkleL : Joint::AnkleR, toe = left ? Joint::ToeL : Joint::ToeR;
        capsule(c, p[hip], p[knee], kThigh + grow, col);
        capsule(c, p[knee], p[ankle], kShin + grow, col);
        capsule(c, p[ankle], p[toe], kFoot + grow, col);
        break;
    }
    }
}

// Breathing lifts the middle of the torso toward the front of the body (where the face points).
static void breathe(Pose& p, float breath) {
    if (breath <= 0) return;
    Vec2 hip = p[Joint::Hip], neck = p[Joint::Neck];
    float dx = neck.x - hip.x, dy = neck.y - hip.y, len = std::hypot(dx, dy);
    if (len < 1e-4f) return;
    Vec2 n{-dy / len, dx / len};
    Vec2 face{p[Joint::Nose].x - p[Joint::Head].x, p[Joint::Nose].y - p[Joint::Head].y};
    if (n.x * face.x + n.y * face.y < 0) n = {-n.x, -n.y};
    float lift = 0.022f * std::min(breath, 1.0f);
    p[Joint::Mid] = {p[Joint::Mid].x + n.x * lift, p[Joint::Mid].y + n.y * lift};
}

static void draw_body(const Canvas& c, const Figure& f, const Pose& p, float breath, const Colours& k) {
    static const Limb kLimbs[] = {Limb::ArmL, Limb::LegL, Limb::ArmR, Limb::LegR};
    for (Limb l : kLimbs)
        if (!f.near[(size_t)l]) draw_limb(c, p, l, k.far, 0);
    float torso = kTorso * (1.0f + 0.12f * std::min(std::max(breath, 0.0f), 1.0f));
    capsule(c, p[Joint::Hip], p[Joint::Mid], torso, k.body);
    capsule(c, p[Joint::Mid], p[Joint::Neck], torso, k.body);
    capsule(c, p[Joint::HipL], p[Joint::HipR], kPelvis, k.body);
    capsule(c, p[Joint::ShoulderL], p[Joint::ShoulderR], kShoulders, k.body);
    capsule(c, p[Joint::Neck], p[Joint::Head], kForearm, k.body);
    c.dl->AddCircleFilled(c.at(p[Joint::Head]), c.px(kHeadRadius), k.body);
    c.dl->AddCircleFilled(c.at(p[Joint::Nose]), c.px(kNoseRadius), k.body);
    // Near limbs in front, each with a thin outline in the background colour so it reads over the torso.
    for (Limb l : kLimbs)
        if (f.near[(size_t)l]) draw_limb(c, p, l, k.halo, 0.016f);
    for (Limb l : kLimbs)
        if (f.near[(size_t)l]) draw_limb(c, p, l, k.near, 0);
}

//-----------------------------------------------------------------------------
// Entry point
//-----------------------------------------------------------------------------

void draw_figure(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::string& figure_id, const FigureMotion& motion,
                 bool mirrored) {
    if (max.x - min.x < 4 || max.y - min.y < 4) return;
    const Figure& f = figure_or_standing(figure_id);
    Colours k = colours();
    Canvas c = fit(dl, min, max, f, mirrored);
    dl->PushClipRect(min, max, true);
    for (const Prop& prop : f.props) draw_prop(c, prop, f.view, k);
    if (f.view == FigureView::Side)
        dl->AddLine(ImVec2(min.x, c.origin.y), ImVec2(max.x, c.origin.y), k.floor, std::max(1.5f, c.scale * 0.008f));
    Pose pose = pose_at(f, motion.progress);
    breathe(pose, motion.breath);
    draw_body(c, f, pose, motion.breath, k);
    for (const Arrow& a : f.arrows) draw_arrow(c, a, k.arrow);
    dl->PopClipRect();
}

} // namespace unclench
