// Index of this file:
// [SECTION] Plot geometry
// [SECTION] Pieces: bands, lines, phase marks, plan bars, day labels
// [SECTION] Pain with phases and the plan done
// [SECTION] Hard activities
// [SECTION] Legend and the plan in words
// [SECTION] The section

#include "ui/episode_chart_view.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "ui/charts.h"
#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

static const Palette& pal() { return widget_theme().pal; }

//-----------------------------------------------------------------------------
// [SECTION] Plot geometry
//-----------------------------------------------------------------------------

// Days left to right, each in the middle of its slot so a day's point and its plan bar line up; scores
// 0 at the bottom to 10 at the top.
struct DayPlot {
    ImVec2 min, max;
    size_t days = 1;
    float slot() const { return (max.x - min.x) / float(days); }
    float x(size_t i) const { return min.x + slot() * (float(i) + 0.5f); }
    float y(double score) const { return max.y - (max.y - min.y) * float(score / 10.0); }
};

// Across the column, right of the score labels; the height is set by each picture.
static DayPlot plot_across(ImVec2 origin, float width, size_t days) {
    DayPlot p;
    p.days = std::max<size_t>(days, 1);
    p.min.x = origin.x + ImGui::CalcTextSize("10").x + 12;
    p.max.x = origin.x + width - 4;
    return p;
}

// Smaller when eight weeks share a phone's width, so neighbouring days stay apart.
static float point_radius(const DayPlot& p) { return std::clamp(p.slot() * 0.4f, 3.0f, 6.5f); }

//-----------------------------------------------------------------------------
// [SECTION] Pieces: bands, lines, phase marks, plan bars, day labels
//-----------------------------------------------------------------------------

// Grid lines every 2 points; labels every 2 where they fit at body text size, else every 5.
static void score_grid(ImDrawList* dl, const DayPlot& p, float label_right) {
    float fs = ImGui::GetFontSize();
    int step = (p.max.y - p.min.y) / 5 >= fs * 1.15f ? 2 : 5;
    for (int s = 0; s <= 10; s++) {
        if (s % 2 == 0)
            dl->AddLine(ImVec2(p.min.x, p.y(s)), ImVec2(p.max.x, p.y(s)), s == 0 ? pal().border : with_alpha(pal().border, 150), 1.0f);
        if (s % step != 0) continue;
        std::string label = std::to_string(s);
        ImVec2 sz = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(label_right - sz.x, p.y(s) - sz.y * 0.5f), pal().text_muted, label.c_str());
    }
}

static void band(ImDrawList* dl, const DayPlot& p, const ScaleBand& b, ImU32 fill, ImU32 edge) {
    if (b.high <= b.low) return;
    dl->AddRectFilled(ImVec2(p.min.x, p.y(b.high)), ImVec2(p.max.x, p.y(b.low)), fill);
    dl->AddLine(ImVec2(p.min.x, p.y(b.high)), ImVec2(p.max.x, p.y(b.high)), edge, 1.5f);
    dl->AddLine(ImVec2(p.min.x, p.y(b.low)), ImVec2(p.max.x, p.y(b.low)), edge, 1.5f);
}

// Consecutive days are joined; a day without a value breaks the line (no check-in is not a score).
static void series(ImDrawList* dl, const DayPlot& p, const std::vector<std::optional<double>>& values, ImU32 col) {
    float r = point_radius(p);
    for (size_t i = 1; i < values.size(); i++)
        if (values[i] && values[i - 1])
            dl->AddLine(ImVec2(p.x(i - 1), p.y(*values[i - 1])), ImVec2(p.x(i), p.y(*values[i])), col, 2.5f);
    for (size_t i = 0; i < values.size(); i++)
        if (values[i]) dl->AddCircleFilled(ImVec2(p.x(i), p.y(*values[i])), r, col);
}

// A phase change's title sits above the plot, over the line at its day; titles that would touch go
// on a row of their own.
struct MarkLabel {
    float line_x = 0, text_x = 0;
    int row = 0;
    const char* text = "";
};

static std::vector<MarkLabel> mark_labels(const EpisodeChart& c, const DayPlot& p, float left, float right) {
    std::vector<MarkLabel> labels;
    std::vector<float> row_ends;
    for (const PhaseMark& m : c.phases) {
        int index = m.day_of_episode - c.days.front().day_of_episode;
        if (index < 0 || index >= (int)c.days.size()) continue;   // before the days shown
        MarkLabel l;
        l.line_x = p.x((size_t)index);
        l.text = phase_title(m.phase);
        float w = ImGui::CalcTextSize(l.text).x;
        l.text_x = std::clamp(l.line_x - w * 0.5f, left, right - w);
        while ((size_t)l.row < row_ends.size() && row_ends[(size_t)l.row] + 10 > l.text_x) l.row++;
        if ((size_t)l.row == row_ends.size()) row_ends.push_back(0);
        row_ends[(size_t)l.row] = l.text_x + w;
        labels.push_back(l);
    }
    return labels;
}

static int label_rows(const std::vector<MarkLabel>& labels) {
    int rows = 0;
    for (const MarkLabel& l : labels) rows = std::max(rows, l.row + 1);
    return rows;
}

static void phase_marks(ImDrawList* dl, const DayPlot& p, const std::vector<MarkLabel>& labels, float top) {
    float row_h = ImGui::GetFontSize() + 4;
    for (const MarkLabel& l : labels) {
        float text_y = top + row_h * l.row;
        dl->AddText(ImVec2(l.text_x, text_y), pal().text, l.text);
        dl->AddLine(ImVec2(l.line_x, text_y + row_h - 2), ImVec2(l.line_x, p.max.y), pal().text_muted, 1.5f);
    }
}

// A bar a day: the share of the day's plan that was done, over a track that is the whole plan.
static void plan_bars(ImDrawList* dl, const DayPlot& p, const std::vector<ChartDay>& days, float top, float h) {
    float w = std::clamp(p.slot() * 0.6f, 2.0f, 28.0f), corner = std::min(3.0f, w * 0.5f);
    for (size_t i = 0; i < days.size(); i++) {
        if (days[i].planned <= 0) continue;
        float cx = p.x(i), done_h = h * float(days[i].done) / float(days[i].planned);
        dl->AddRectFilled(ImVec2(cx - w * 0.5f, top), ImVec2(cx + w * 0.5f, top + h), pal().ring_track, corner);
        if (days[i].done > 0) dl->AddRectFilled(ImVec2(cx - w * 0.5f, top + h - done_h), ImVec2(cx + w * 0.5f, top + h), pal().primary, corner);
    }
}

// "Day 1" under the first day and "Day 12" under the last, kept inside the column.
static void day_labels(ImDrawList* dl, const DayPlot& p, const std::vector<ChartDay>& days, float y, float left, float right) {
    std::string first = "Day " + std::to_string(days.front().day_of_episode);
    float first_w = ImGui::CalcTextSize(first.c_str()).x;
    float first_x = std::clamp(p.x(0) - first_w * 0.5f, left, right - first_w);
    dl->AddText(ImVec2(first_x, y), pal().text_muted, first.c_str());
    if (days.size() < 2) return;
    std::string last = "Day " + std::to_string(days.back().day_of_episode);
    float last_w = ImGui::CalcTextSize(last.c_str()).x;
    float last_x = std::clamp(p.x(days.size() - 1) - last_w * 0.5f, left, right - last_w);
    if (last_x > first_x + first_w + 8) dl->AddText(ImVec2(last_x, y), pal().text_muted, last.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Pain with phases and the plan done
//-----------------------------------------------------------------------------

static std::vector<std::optional<double>> pains(const std::vector<ChartDay>& days) {
    std::vector<std::optional<double>> out;
    for (const ChartDay& d : days) out.push_back(d.pain ? std::optional<double>(*d.pain) : std::nullopt);
    return out;
}

static std::vector<std::optional<double>> psfs_values(const std::vector<ChartDay>& days) {
    std::vector<std::optional<double>> out;
    for (const ChartDay& d : days) out.push_back(d.psfs);
    return out;
}

static void pain_picture(const EpisodeChart& c) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = content_width(), fs = ImGui::GetFontSize();
    ImVec2 o = ImGui::GetCursorScreenPos();
    DayPlot p = plot_across(o, w, c.days.size());
    std::vector<MarkLabel> labels = mark_labels(c, p, o.x, o.x + w);
    p.min.y = o.y + label_rows(labels) * (fs + 4) + fs * 0.5f;
    p.max.y = p.min.y + std::max(150.0f, fs * 8);
    band(dl, p, c.pain_band, pal().ring_track, pal().border);
    score_grid(dl, p, p.min.x - 8);
    phase_marks(dl, p, labels, o.y);
    series(dl, p, pains(c.days), pal().primary);
    float bars_top = p.max.y + fs * 0.5f + 6, bars_h = std::max(28.0f, fs * 1.5f);
    plan_bars(dl, p, c.days, bars_top, bars_h);
    float days_y = bars_top + bars_h + 6;
    day_labels(dl, p, c.days, days_y, o.x, o.x + w);
    finish_picture(o, ImVec2(w, days_y + fs + 6 - o.y), pain_summary(c));
}

//-----------------------------------------------------------------------------
// [SECTION] Hard activities
//-----------------------------------------------------------------------------

static ImU32 psfs_band_fill() {
    const PaletteColours& colours = widget_theme().colours;
    return im_col(caution_wash(colours, colours.bg));
}

static void psfs_picture(const EpisodeChart& c) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = content_width(), fs = ImGui::GetFontSize();
    ImVec2 o = ImGui::GetCursorScreenPos();
    DayPlot p = plot_across(o, w, c.days.size());
    p.min.y = o.y + fs * 0.5f;
    p.max.y = p.min.y + std::max(120.0f, fs * 6.5f);
    band(dl, p, c.psfs_band, psfs_band_fill(), with_alpha(pal().accent, 160));
    score_grid(dl, p, p.min.x - 8);
    series(dl, p, psfs_values(c.days), pal().accent);
    float days_y = p.max.y + fs * 0.5f + 6;
    day_labels(dl, p, c.days, days_y, o.x, o.x + w);
    finish_picture(o, ImVec2(w, days_y + fs + 6 - o.y), psfs_summary(c));
}

//-----------------------------------------------------------------------------
// [SECTION] Legend and the plan in words
//-----------------------------------------------------------------------------

enum class Swatch { PainBand, PainLine, PlanBar, PsfsBand, PsfsLine };

static void draw_swatch(ImDrawList* dl, Swatch s, ImVec2 a, ImVec2 b) {
    float mid = (a.y + b.y) * 0.5f;
    switch (s) {
    case Swatch::PainBand:
        dl->AddRectFilled(a, b, pal().ring_track);
        dl->AddRect(a, b, pal().border, 0, 0, 1.5f);
        break;
    case Swatch::PsfsBand:
        dl->AddRectFilled(a, b, psfs_band_fill());
        dl->AddRect(a, b, with_alpha(pal().accent, 160), 0, 0, 1.5f);
        break;
    case Swatch::PainLine:
    case Swatch::PsfsLine: {
        ImU32 col = s == Swatch::PainLine ? pal().primary : pal().accent;
        dl->AddLine(ImVec2(a.x, mid), ImVec2(b.x, mid), col, 2.5f);
        dl->AddCircleFilled(ImVec2((a.x + b.x) * 0.5f, mid), 5.0f, col);
        break;
    }
    case Swatch::PlanBar: {
        float cx = (a.x + b.x) * 0.5f, half = (b.y - a.y) * 0.3f;
        dl->AddRectFilled(ImVec2(cx - half, a.y), ImVec2(cx + half, b.y), pal().ring_track, 3);
        dl->AddRectFilled(ImVec2(cx - half, mid), ImVec2(cx + half, b.y), pal().primary, 3);
        break;
    }
    }
}

// A swatch, then its words wrapped beside it; the words go to the mirror.
static void legend_row(Swatch s, const std::string& words) {
    if (words.empty()) return;
    float fs = ImGui::GetFontSize(), swatch_w = fs * 1.5f;
    ImVec2 o = ImGui::GetCursorScreenPos();
    draw_swatch(ImGui::GetWindowDrawList(), s, ImVec2(o.x, o.y + fs * 0.15f), ImVec2(o.x + swatch_w, o.y + fs * 0.95f));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + swatch_w + 10);
    ImGui::TextWrapped("%s", words.c_str());
    mirror_add({Role::Text, words, 0, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

static void bold_line(const char* text) {
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextWrapped("%s", text);
    ImGui::PopFont();
    mirror_add({Role::Text, text, 0, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

// "Day 3: 4 of 5 done", newest first: what a person (or their physio) asks about first.
static void plan_lines(const EpisodeChart& c) {
    const size_t kDaysListed = 7;
    std::vector<std::string> lines = adherence_lines(c, kDaysListed);
    if (lines.empty()) return;
    bold_line("Your plan, day by day");
    for (const std::string& line : lines) {
        ImGui::TextWrapped("%s", line.c_str());
        mirror_add({Role::Status, line, 0, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] The section
//-----------------------------------------------------------------------------

void draw_episode_chart(const EpisodeChart& c) {
    if (c.days.empty()) return;
    bold_line("Pain each day");
    ImGui::Dummy(ImVec2(1, 2));
    pain_picture(c);
    legend_row(Swatch::PainLine, "Pain, 0 none to 10 the worst. A gap: no check-in that day.");
    legend_row(Swatch::PainBand, pain_band_words(c));
    legend_row(Swatch::PlanBar, "How much of the day's plan was done.");
    muted(phase_summary(c).c_str());
    if (c.first_psfs) {
        ImGui::Dummy(ImVec2(1, 8));
        bold_line("Your hard activities");
        muted("How well you can do them: 0 not at all, 10 as before your back went.");
        psfs_picture(c);
        legend_row(Swatch::PsfsLine, "The mean of your activity scores each day.");
        legend_row(Swatch::PsfsBand, psfs_band_words(c));
    }
    ImGui::Dummy(ImVec2(1, 8));
    plan_lines(c);
}

} // namespace unclench
