// Index of this file:
// [SECTION] Helpers
// [SECTION] Big-number tiles
// [SECTION] This week's minutes, one bar a day
// [SECTION] Month calendar
// [SECTION] Pain before and after

#include "ui/charts.h"

#include "core/date_text.h"

#include <algorithm>
#include <cstdio>
#include <imgui_internal.h>

#include "core/progress_calendar.h"
#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

// The screen column's right edge is its text wrap position (begin_screen pushes it).
float content_width() {
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    float width = w->DC.TextWrapPos - ImGui::GetCursorPosX();
    return width > 0 ? width : ImGui::GetContentRegionAvail().x;
}

static const Palette& pal() { return widget_theme().pal; }

ImU32 with_alpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | ((ImU32)alpha << IM_COL32_A_SHIFT); }

void finish_picture(const ImVec2& min, const ImVec2& size, const std::string& summary) {
    ImGui::Dummy(size);
    mirror_add({Role::Status, summary, 0, min, ImVec2(min.x + size.x, min.y + size.y)});
}

static void text_centered(ImDrawList* dl, float cx, float y, ImU32 col, const char* text) {
    ImVec2 sz = ImGui::CalcTextSize(text);
    dl->AddText(ImVec2(cx - sz.x * 0.5f, y), col, text);
}

//-----------------------------------------------------------------------------
// [SECTION] Big-number tiles
//-----------------------------------------------------------------------------

// One tile per row (narrow or large text): the number sits beside its label to save height.
static float tile_height(const StatTile& t, float tile_w, float value_h, bool beside) {
    ImGui::PushFont(widget_theme().bold, type::kTitle * 1.35f);
    float value_w = ImGui::CalcTextSize(t.value.c_str()).x;
    ImGui::PopFont();
    ImGui::PushFont(nullptr, type::kSmall);
    float label_w = beside ? tile_w - 2 * kPad - value_w - 14 : tile_w - 2 * kPad;
    float label_h = ImGui::CalcTextSize(t.label.c_str(), nullptr, false, label_w).y;
    ImGui::PopFont();
    return beside ? std::max(value_h, label_h) + 1.5f * kPad : kPad + value_h + 4 + label_h + kPad;
}

static void draw_tile(const StatTile& t, ImVec2 a, ImVec2 b, float value_h, bool beside) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, pal().surface, kRadius);
    dl->AddRect(a, b, pal().border, kRadius, 0, 1.0f);
    ImGui::PushFont(widget_theme().bold, type::kTitle * 1.35f);
    float value_w = ImGui::CalcTextSize(t.value.c_str()).x;
    float value_y = beside ? (a.y + b.y - value_h) * 0.5f : a.y + kPad;
    dl->AddText(ImVec2(a.x + kPad, value_y), pal().primary, t.value.c_str());
    ImGui::PopFont();
    ImGui::PushFont(nullptr, type::kSmall);
    float label_x = beside ? a.x + kPad + value_w + 14 : a.x + kPad;
    float wrap = b.x - kPad - label_x;
    ImVec2 label = ImGui::CalcTextSize(t.label.c_str(), nullptr, false, wrap);
    float label_y = beside ? (a.y + b.y - label.y) * 0.5f : a.y + kPad + value_h + 4;
    dl->AddText(nullptr, 0.0f, ImVec2(label_x, label_y), pal().text_muted, t.label.c_str(), nullptr, wrap);
    ImGui::PopFont();
    mirror_add({Role::Status, t.value + " " + t.label, 0, a, b});
}

void stat_tiles(const std::vector<StatTile>& tiles) {
    if (tiles.empty()) return;
    const float gap = 10;
    float w = content_width();
    int per_row = std::clamp(int((w + gap) / (ImGui::GetFontSize() * 5.0f + gap)), 1, (int)tiles.size());
    bool beside = per_row == 1;
    float tile_w = (w - gap * (per_row - 1)) / per_row;
    ImGui::PushFont(widget_theme().bold, type::kTitle * 1.35f);
    float value_h = ImGui::GetFontSize();
    ImGui::PopFont();
    for (size_t first = 0; first < tiles.size(); first += per_row) {
        size_t last = std::min(tiles.size(), first + per_row);
        float h = 0;
        for (size_t i = first; i < last; i++) h = std::max(h, tile_height(tiles[i], tile_w, value_h, beside));
        ImVec2 row = ImGui::GetCursorScreenPos();
        for (size_t i = first; i < last; i++) {
            ImVec2 a(row.x + (i - first) * (tile_w + gap), row.y);
            draw_tile(tiles[i], a, ImVec2(a.x + tile_w, a.y + h), value_h, beside);
        }
        ImGui::Dummy(ImVec2(w, h));
        if (last < tiles.size()) ImGui::Dummy(ImVec2(1, gap - ImGui::GetStyle().ItemSpacing.y));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] This week's minutes, one bar a day
//-----------------------------------------------------------------------------

void week_bars(const int minutes[7], int today) {
    float w = content_width();
    ImGui::PushFont(nullptr, type::kSmall);
    float fs = ImGui::GetFontSize();
    float bars_h = std::max(90.0f, fs * 5);
    float h = fs + 6 + bars_h + 12 + fs;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int top = 10;
    for (int d = 0; d < 7; d++) top = std::max(top, minutes[d]);
    float slot = w / 7, bar_w = std::min(slot * 0.56f, 44.0f);
    float base = o.y + fs + 6 + bars_h;
    dl->AddLine(ImVec2(o.x, base + 0.5f), ImVec2(o.x + w, base + 0.5f), pal().border, 1.0f);
    std::string summary = "Minutes each day this week:";
    for (int d = 0; d < 7; d++) {
        float cx = o.x + slot * (d + 0.5f);
        float bh = minutes[d] > 0 ? std::max(6.0f, bars_h * minutes[d] / top) : 3.0f;
        ImU32 fill = minutes[d] > 0 ? pal().primary : pal().ring_track;
        dl->AddRectFilled(ImVec2(cx - bar_w / 2, base - bh), ImVec2(cx + bar_w / 2, base), fill, std::min(8.0f, bar_w / 2),
                          ImDrawFlags_RoundCornersTop);
        if (minutes[d] > 0) text_centered(dl, cx, base - bh - fs - 4, pal().text, std::to_string(minutes[d]).c_str());
        if (d == today) {
            ImGui::PushFont(widget_theme().bold, 0.0f);
            dl->AddRectFilled(ImVec2(cx - fs * 0.8f, base + 4), ImVec2(cx + fs * 0.8f, base + 12 + fs), pal().surface_alt, 6);
        }
        text_centered(dl, cx, base + 8, d == today ? pal().text : pal().text_muted, day_letter(d));
        if (d == today) ImGui::PopFont();
        summary += std::string(" ") + day_name(d) + " " + std::to_string(minutes[d]) + (d < 6 ? "," : ".");
    }
    ImGui::PopFont();
    finish_picture(o, ImVec2(w, h + fs * 0.4f), summary);
}

//-----------------------------------------------------------------------------
// [SECTION] Month calendar
//-----------------------------------------------------------------------------

void month_calendar(int year, int month, const std::vector<bool>& active, int today) {
    float w = content_width();
    ImGui::PushFont(nullptr, type::kSmall);
    float fs = ImGui::GetFontSize();
    float cell_w = w / 7, cell_h = std::max(std::min(cell_w * 0.86f, 52.0f), fs * 2.1f);
    int first = weekday_of(days_from_civil({year, month, 1}));
    int days = days_in_month(year, month);
    int rows = (first + days + 6) / 7;
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int d = 0; d < 7; d++) text_centered(dl, o.x + cell_w * (d + 0.5f), o.y, pal().text_muted, day_letter(d));
    float grid_y = o.y + fs + 8;
    float r = std::min(cell_w, cell_h) * 0.42f;
    int count = 0;
    std::string days_list;
    for (int day = 1; day <= days; day++) {
        int slot = first + day - 1;
        ImVec2 c(o.x + cell_w * (slot % 7 + 0.5f), grid_y + cell_h * (slot / 7 + 0.5f));
        bool on = day <= (int)active.size() && active[day - 1];
        if (day == today || on) ImGui::PushFont(widget_theme().bold, 0.0f);
        std::string label = std::to_string(day);
        ImVec2 sz = ImGui::CalcTextSize(label.c_str());
        float rr = std::min(cell_w * 0.5f - 1.5f, std::max(r, sz.x * 0.5f + 5));
        if (on) dl->AddCircleFilled(c, rr, pal().primary);
        if (day == today) dl->AddCircle(c, rr + (on ? 2.0f : 0.0f), pal().accent, 0, 2.5f);
        dl->AddText(ImVec2(c.x - sz.x * 0.5f, c.y - sz.y * 0.5f), on ? pal().primary_text : pal().text, label.c_str());
        if (day == today || on) ImGui::PopFont();
        if (on) days_list += (count++ ? ", " : " ") + label;
    }
    ImGui::PopFont();
    std::string summary = std::string(full_month_name(month)) + " " + std::to_string(year) + ": " +
                          (count == 0 ? "no active days" : "active on " + std::to_string(count) +
                                                               (count == 1 ? " day:" : " days:") + days_list);
    finish_picture(o, ImVec2(w, fs + 8 + cell_h * rows), summary);
}

//-----------------------------------------------------------------------------
// [SECTION] Pain before and after
//-----------------------------------------------------------------------------

struct PainPlot {
    ImVec2 min, max;   // plot area (scores 0..10 top to bottom 10..0)
    int64_t t0 = 0, t1 = 0;
    float x(int64_t t) const {
        if (t1 <= t0) return (min.x + max.x) * 0.5f;
        return min.x + (max.x - min.x) * float(double(t - t0) / double(t1 - t0));
    }
    float y(int score) const { return max.y - (max.y - min.y) * score / 10.0f; }
};

static void pain_grid(ImDrawList* dl, const PainPlot& p, float label_right) {
    for (int s = 0; s <= 10; s += 2) {
        ImU32 col = s == 0 ? pal().border : with_alpha(pal().border, 150);
        dl->AddLine(ImVec2(p.min.x - 6, p.y(s)), ImVec2(p.max.x + 6, p.y(s)), col, 1.0f);
        std::string label = std::to_string(s);
        ImVec2 sz = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(label_right - sz.x, p.y(s) - sz.y * 0.5f), pal().text_muted, label.c_str());
    }
}

// A line through the points that have this score, broken where one is missing.
static void pain_series_line(ImDrawList* dl, const PainPlot& p, const std::vector<PainPoint>& pts, bool after, ImU32 col) {
    std::vector<ImVec2> run;
    auto flush = [&] {
        // Separate segments: a polyline's mitred joins spike at the sharp turns pain scores make.
        for (size_t i = 1; i < run.size(); i++) dl->AddLine(run[i - 1], run[i], col, 2.5f);
        run.clear();
    };
    for (const PainPoint& pt : pts) {
        int v = after ? pt.after : pt.before;
        if (v == kNoPain) { flush(); continue; }
        run.push_back(ImVec2(p.x(pt.start), p.y(v)));
    }
    flush();
}

static void pain_markers(ImDrawList* dl, const PainPlot& p, const std::vector<PainPoint>& pts, float r) {
    ImU32 before = pal().accent, after = pal().primary, good = pal().success;
    for (const PainPoint& pt : pts) {
        float x = p.x(pt.start);
        if (pt.meaningful)   // a soft band from the starting score down to the ending one
            dl->AddRectFilled(ImVec2(x - r, p.y(pt.before)), ImVec2(x + r, p.y(pt.after)), with_alpha(good, 70), r);
        if (pt.before != kNoPain) {
            dl->AddCircleFilled(ImVec2(x, p.y(pt.before)), r, pal().surface);
            dl->AddCircle(ImVec2(x, p.y(pt.before)), r, before, 0, 2.0f);
        }
        if (pt.after != kNoPain) {
            dl->AddCircleFilled(ImVec2(x, p.y(pt.after)), pt.meaningful ? r + 1.5f : r, pt.meaningful ? good : after);
            if (pt.meaningful) dl->AddCircle(ImVec2(x, p.y(pt.after)), r + 4, good, 0, 1.5f);
        }
    }
}

// Legend items flow onto new lines when the column is narrow. Returns the height used.
static float pain_legend(ImDrawList* dl, ImVec2 o, float w, float r) {
    struct Item { const char* text; int kind; } items[] = {
        {"Before", 0}, {"After", 1}, {"Dropped 2+ points or 30%", 2}};
    float fs = ImGui::GetFontSize(), x = o.x, y = o.y, gap = 18, bottom = o.y;
    for (const Item& it : items) {
        float iw = r * 2 + 8 + ImGui::CalcTextSize(it.text).x;
        if (x > o.x && x + iw > o.x + w) { x = o.x; y = bottom + 10; }
        ImVec2 c(x + r, y + fs * 0.5f);
        if (it.kind == 0) { dl->AddCircleFilled(c, r, pal().surface); dl->AddCircle(c, r, pal().accent, 0, 2.0f); }
        if (it.kind == 1) dl->AddCircleFilled(c, r, pal().primary);
        if (it.kind == 2) {
            dl->AddRectFilled(ImVec2(c.x - r, c.y - fs * 0.5f), ImVec2(c.x + r, c.y + fs * 0.5f), with_alpha(pal().success, 70), r);
            dl->AddCircleFilled(c, r, pal().success);
        }
        float wrap = o.x + w - (x + r * 2 + 8);
        ImVec2 tsz = ImGui::CalcTextSize(it.text, nullptr, false, wrap);
        dl->AddText(nullptr, 0.0f, ImVec2(x + r * 2 + 8, y), pal().text, it.text, nullptr, wrap);
        bottom = std::max(bottom, y + tsz.y);
        if (tsz.y > fs * 1.5f) { x = o.x; y = bottom + 10; continue; }   // it wrapped: the next item goes below
        x += iw + gap;
    }
    return bottom - o.y;
}

static std::string pain_summary(const std::vector<PainPoint>& pts) {
    int meaningful = 0;
    for (const PainPoint& pt : pts) meaningful += pt.meaningful ? 1 : 0;
    const PainPoint& last = pts.back();
    auto score = [](int v) { return v == kNoPain ? std::string("not noted") : std::to_string(v); };
    return "Pain before and after, " + std::to_string(pts.size()) + (pts.size() == 1 ? " session. " : " sessions. ") +
           std::to_string(meaningful) + " with a meaningful drop. Latest: " + score(last.before) + " before, " +
           score(last.after) + " after.";
}

void pain_chart(const std::vector<PainPoint>& pts) {
    if (pts.empty()) return;
    float w = content_width();
    ImGui::PushFont(nullptr, type::kSmall);
    float fs = ImGui::GetFontSize();
    float r = std::clamp(fs * 0.3f, 4.5f, 6.5f);
    float axis_w = ImGui::CalcTextSize("10").x + 10;
    float plot_h = std::max(170.0f, fs * 9);
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    PainPlot p;
    p.min = ImVec2(o.x + axis_w + r + 8, o.y + fs * 0.5f + r);
    p.max = ImVec2(o.x + w - r - 8, o.y + fs * 0.5f + r + plot_h);
    p.t0 = pts.front().start;
    p.t1 = pts.back().start;
    pain_grid(dl, p, o.x + axis_w - 6);
    pain_series_line(dl, p, pts, false, with_alpha(pal().accent, 200));
    pain_series_line(dl, p, pts, true, pal().primary);
    pain_markers(dl, p, pts, r);
    float date_y = p.max.y + r + 8;
    std::string first = short_date_text(pts.front().local_day), last = short_date_text(pts.back().local_day);
    dl->AddText(ImVec2(p.min.x - r, date_y), pal().text_muted, first.c_str());
    if (pts.size() > 1 && last != first)
        dl->AddText(ImVec2(p.max.x + r - ImGui::CalcTextSize(last.c_str()).x, date_y), pal().text_muted, last.c_str());
    float legend_h = pain_legend(dl, ImVec2(o.x, date_y + fs + 14), w, r);
    ImGui::PopFont();
    finish_picture(o, ImVec2(w, date_y + fs + 14 + legend_h - o.y), pain_summary(pts));
}

} // namespace unclench
