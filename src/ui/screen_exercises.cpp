// The exercise library: every exercise in the catalogue, grouped by kind, each with its figure; and one
// exercise in full: the figure moving from start to target, how to do it, and each source's dose.
#include <cmath>
#include <string>
#include <imgui_internal.h>

#include "icons.h"
#include "ui/app.h"
#include "ui/figure_view.h"
#include "ui/mirror.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Words
//-----------------------------------------------------------------------------

static const char* category_heading(Category c) {
    switch (c) {
    case Category::Stretch: return "Stretches";
    case Category::Mobility: return "Gentle movement";
    case Category::Strength: return "Strength";
    case Category::Relaxation: return "Relaxation";
    }
    return "";
}

static const char* equipment_words(Equipment e) {
    switch (e) {
    case Equipment::Floor: return "A clear bit of floor";
    case Equipment::Mat: return "A mat, rug or folded blanket";
    case Equipment::Chair: return "A sturdy chair";
    }
    return "";
}

// The width left in the screen's centred column (begin_screen sets the text wrap at its right edge).
static float column_avail() {
    float wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos;
    return wrap > 0 ? wrap - ImGui::GetCursorPosX() : ImGui::GetContentRegionAvail().x;
}

// Screens share one scrolling body: returning to a screen puts back its own scroll position (a first
// frame after another screen's frames), or the top when `top` (a new exercise).
struct ScrollMemory : ScreenState {
    int last_frame = -10;
    float y = 0;
    void keep(bool top, FrameNeeds& needs) {
        bool entered = ImGui::GetFrameCount() != last_frame + 1;
        if (entered || top) {
            ImGui::SetScrollY(top ? 0.0f : y);
            needs.animate();   // the scroll applies on the next frame: draw it
        } else {
            y = ImGui::GetScrollY();
        }
        last_frame = ImGui::GetFrameCount();
    }
};

//-----------------------------------------------------------------------------
// Motion: a slow loop start -> target -> start, resting at each end
//-----------------------------------------------------------------------------

constexpr double kMoveMs = 2200, kRestStartMs = 900, kRestTargetMs = 1400;
constexpr double kCycleMs = kRestStartMs + kMoveMs + kRestTargetMs + kMoveMs;

static float ease(double t) { return (float)(0.5 - 0.5 * std::cos(t * 3.14159265358979)); }

// Progress 0..1 at `ms` into the loop, and which run of the loop it is (odd runs show the other side).
static float loop_progress(double ms, long* run) {
    if (run) *run = (long)(ms / kCycleMs);
    double t = std::fmod(ms, kCycleMs);
    if (t < kRestStartMs) return 0;
    t -= kRestStartMs;
    if (t < kMoveMs) return ease(t / kMoveMs);
    t -= kMoveMs;
    if (t < kRestTargetMs) return 1;
    return ease(1.0 - (t - kRestTargetMs) / kMoveMs);
}

//-----------------------------------------------------------------------------
// The list
//-----------------------------------------------------------------------------

// A row with a still figure (the target pose) beside the name and purpose.
static bool figure_row(const Exercise& e, bool flagged) {
    const std::string sub = flagged ? std::string(ICON_WARNING " ") + kNotAdvisedText + ". " + e.purpose : e.purpose;
    const Palette& p = widget_theme().pal;
    float w = column_avail();
    float thumb_w = 96, thumb_h = 72, text_x = kPad + thumb_w + 14, wrap = w - text_x - 40;
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImVec2 title_sz = ImGui::CalcTextSize(e.name.c_str(), nullptr, false, wrap);
    ImGui::PopFont();
    ImGui::PushFont(nullptr, type::kSmall);
    ImVec2 sub_sz = ImGui::CalcTextSize(sub.c_str(), nullptr, false, wrap);
    ImGui::PopFont();
    float h = ImMax(thumb_h + 20, title_sz.y + sub_sz.y + 2 * kPad + 4);

    ImGui::PushID(e.id.c_str());
    bool pressed = pressable("##exercise", ImVec2(w, h));
    ImGui::PopID();
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(r.Min, r.Max, press_fill(p.surface), kRadius);
    dl->AddRect(r.Min, r.Max, p.border, kRadius, 0, 1.5f);
    ImVec2 t0(r.Min.x + kPad * 0.6f, r.Min.y + (h - thumb_h) * 0.5f);
    dl->AddRectFilled(t0, t0 + ImVec2(thumb_w, thumb_h), p.bg, kRadius * 0.7f);
    draw_figure(dl, t0 + ImVec2(4, 4), t0 + ImVec2(thumb_w - 4, thumb_h - 4), e.figure, FigureMotion{});

    float y = r.Min.y + (h - title_sz.y - sub_sz.y - 4) * 0.5f;
    ImGui::PushFont(widget_theme().bold, 0.0f);
    dl->AddText(nullptr, 0.0f, ImVec2(r.Min.x + text_x, y), p.text, e.name.c_str(), nullptr, wrap);
    ImGui::PopFont();
    ImGui::PushFont(nullptr, type::kSmall);
    dl->AddText(nullptr, 0.0f, ImVec2(r.Min.x + text_x, y + title_sz.y + 4), flagged ? p.danger : p.text_muted, sub.c_str(),
                nullptr, wrap);
    ImGui::PopFont();
    ImVec2 chev = ImGui::CalcTextSize(ICON_CHEVRON_RIGHT);
    dl->AddText(ImVec2(r.Max.x - chev.x - 12, r.Min.y + (h - chev.y) * 0.5f), p.text_muted, ICON_CHEVRON_RIGHT);
    focus_ring(kRadius);
    mirror_add({Role::Button, e.name + ". " + (flagged ? std::string(kNotAdvisedText) + ". " : "") + e.purpose,
                ImGui::GetItemID(), r.Min, r.Max});
    ImGui::Dummy(ImVec2(1, 2));
    return pressed;
}

void draw_exercises(App& app, FrameNeeds& needs) {
    if (begin_screen("Exercises", true)) { app.back(); end_screen(); return; }
    app.screen_state<ScrollMemory>().keep(false, needs);   // back from an exercise, the list is where it was
    muted("Every stretch and movement in the app. Tap one to see how it is done.");
    static const Category kOrder[] = {Category::Stretch, Category::Mobility, Category::Strength, Category::Relaxation};
    for (Category c : kOrder) {
        bool any = false;
        for (const Exercise& e : app.catalogue().exercises) {
            if (e.category != c) continue;
            if (!any) section_title(category_heading(c));
            any = true;
            if (figure_row(e, advised_against(app, e))) app.go(ScreenId::ExerciseDetail, e.id);
        }
    }
    end_screen();
}

//-----------------------------------------------------------------------------
// One exercise
//-----------------------------------------------------------------------------

static void big_figure(App& app, const Exercise& e, FrameNeeds& needs) {
    const Palette& p = widget_theme().pal;
    float w = column_avail();
    float h = ImClamp(w * 0.62f, 190.0f, 360.0f);
    ImVec2 min = ImGui::GetCursorScreenPos(), max = min + ImVec2(w, h);
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, p.surface, kRadius);
    FigureMotion motion;
    bool mirrored = false;
    if (!app.reduce_motion()) {
        long run = 0;
        motion.progress = loop_progress((double)app.now_ms(), &run);
        if (e.sides != SideMode::None) mirrored = (run % 2) == 1;
        const Dosage* d = e.dosage();
        if (d && d->work == WorkKind::Breaths) motion.breath = motion.progress;
        needs.animate();
    }
    draw_figure(dl, min + ImVec2(kPad, kPad), max - ImVec2(kPad, kPad * 0.5f), e.figure, motion, mirrored);
}

static void numbered_steps(const std::vector<std::string>& steps) {
    const Palette& p = widget_theme().pal;
    for (size_t i = 0; i < steps.size(); i++) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        float d = ImGui::GetFontSize() * 1.45f;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(at + ImVec2(d * 0.5f, d * 0.5f), d * 0.5f, p.surface_alt);
        std::string n = std::to_string(i + 1);
        ImGui::PushFont(widget_theme().bold, 0.0f);
        ImVec2 nsz = ImGui::CalcTextSize(n.c_str());
        dl->AddText(at + ImVec2((d - nsz.x) * 0.5f, (d - nsz.y) * 0.5f), p.primary, n.c_str());
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(at + ImVec2(d + 12, (d - ImGui::GetFontSize()) * 0.5f));
        ImGui::BeginGroup();
        paragraph(steps[i].c_str());
        ImGui::EndGroup();
        float bottom = ImMax(ImGui::GetItemRectMax().y, at.y + d);
        ImGui::SetCursorScreenPos(ImVec2(at.x, bottom + 8));
    }
}

// Each caution in a tinted box with a warning sign, so it is not missed.
static void caution_box(const std::string& text) {
    const Palette& p = widget_theme().pal;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = column_avail();
    ImVec2 at = ImGui::GetCursorScreenPos();
    float icon_w = ImGui::GetFontSize() * 1.6f;
    float wrap = w - icon_w - 2 * 12;
    ImVec2 sz = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    float h = sz.y + 24;
    ImU32 tint = im_col(caution_wash(widget_theme().colours, widget_theme().colours.surface));
    dl->AddRectFilled(at, at + ImVec2(w, h), tint, kRadius * 0.7f);
    dl->AddRectFilled(at, at + ImVec2(5, h), p.accent, kRadius * 0.7f, ImDrawFlags_RoundCornersLeft);
    dl->AddText(at + ImVec2(14, 12), p.accent, ICON_WARNING);
    dl->AddText(nullptr, 0.0f, at + ImVec2(12 + icon_w, 12), p.text, text.c_str(), nullptr, wrap);
    ImGui::Dummy(ImVec2(w, h));
    ImGui::Dummy(ImVec2(1, 2));
}

static void doses(const App& app, const Exercise& e) {
    for (const Dosage& d : e.dosages) {
        const Source* s = app.catalogue().source(d.source);
        ImGui::PushFont(widget_theme().bold, type::kSmall);
        muted(s ? s->title.c_str() : d.source.c_str());
        ImGui::PopFont();
        paragraph(d.as_given.c_str());
        ImGui::Dummy(ImVec2(1, 6));
    }
}

static std::string joined(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const std::string& s : parts) out += (out.empty() ? "" : sep) + s;
    return out;
}

void draw_exercise_detail(App& app, FrameNeeds& needs) {
    const Exercise* e = app.catalogue().exercise(app.route().param);
    if (begin_screen(e ? e->name.c_str() : "Exercise", true)) { app.back(); end_screen(); return; }
    ScrollMemory& scroll = app.screen_state<ScrollMemory>();
    scroll.keep(ImGui::GetFrameCount() != scroll.last_frame + 1, needs);   // each visit starts at the figure
    if (!e) {
        muted("This exercise is not in the catalogue.");
        end_screen();
        return;
    }
    big_figure(app, *e, needs);
    if (!e->other_names.empty()) muted(("Also called: " + joined(e->other_names, ", ")).c_str());
    ImGui::Dummy(ImVec2(1, 4));
    paragraph(e->purpose.c_str());
    if (e->during_spasm) muted("Gentle enough to try during a spasm.");

    section_title("Starting position");
    paragraph(e->start.c_str());
    section_title("Steps");
    numbered_steps(e->steps);
    section_title("Breathing");
    paragraph(e->breathing.c_str());
    section_title("What you should feel");
    paragraph(e->feel.c_str());
    if (!e->cautions.empty()) {
        section_title("Take care");
        for (const std::string& c : e->cautions) caution_box(c);
    }
    section_title(e->dosages.size() > 1 ? "How much, by source" : "How much");
    doses(app, *e);
    if (!e->equipment.empty()) {
        section_title("You need");
        for (Equipment q : e->equipment) paragraph(equipment_words(q));
    }
    end_screen();
}

} // namespace unclench
