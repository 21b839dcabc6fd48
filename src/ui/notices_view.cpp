#include "ui/notices_view.h"

#include <string>
#include <vector>

#include "icons.h"
#include "ui/app.h"
#include "ui/backup_actions.h"
#include "ui/charts.h"
#include "ui/mirror.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// What to say: one line per kind of notice, most serious first
//-----------------------------------------------------------------------------

struct BannerLine {
    NoticeKind kind;
    std::string text;
};

static const NoticeKind kOrder[] = {NoticeKind::StorageUnavailable, NoticeKind::StorageFull, NoticeKind::Quarantined,
                                    NoticeKind::NewerFormat, NoticeKind::Adjusted, NoticeKind::Import,
                                    NoticeKind::Migrated, NoticeKind::Synced, NoticeKind::Saved};

// In memory mode the person needs one plain consequence, not the technical cause.
static std::string line_for(App& app, NoticeKind kind, const std::string& message, int count) {
    if (kind == NoticeKind::StorageUnavailable && app.progress().memory_only())
        return "This browser is blocking storage for Unclench. Your data is only kept until you close this page.";
    if (kind == NoticeKind::Quarantined && count > 1)
        return "Some saved data (" + std::to_string(count) + " parts) could not be fully read. Everything readable "
               "is kept, and the damaged text is stored aside unchanged.";
    return message;
}

static std::vector<BannerLine> banner_lines(App& app) {
    std::vector<BannerLine> lines;
    for (NoticeKind kind : kOrder) {
        std::string last;
        int count = 0;
        for (const Notice& n : app.notices())
            if (n.kind == kind) { last = n.message; count++; }
        if (count > 0) lines.push_back({kind, line_for(app, kind, last, count)});
    }
    return lines;
}

static bool has_kind(const std::vector<BannerLine>& lines, NoticeKind kind) {
    for (const BannerLine& l : lines)
        if (l.kind == kind) return true;
    return false;
}

static bool serious(const std::vector<BannerLine>& lines) {
    for (const BannerLine& l : lines)
        if (is_storage_problem(l.kind)) return true;
    return false;
}

//-----------------------------------------------------------------------------
// Drawing: the card's background goes on a lower draw channel once its height is known
//-----------------------------------------------------------------------------

static void banner_text(const std::vector<BannerLine>& lines, float text_x, float wrap_x) {
    const Palette& p = widget_theme().pal;
    for (const BannerLine& l : lines) {
        bool warn = l.kind != NoticeKind::Synced && l.kind != NoticeKind::Migrated && l.kind != NoticeKind::Saved;
        ImGui::SetCursorScreenPos(ImVec2(text_x, ImGui::GetCursorScreenPos().y));
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddText(ImVec2(at.x - ImGui::GetFontSize() * 1.6f, at.y),
                                            warn ? p.accent : p.primary, warn ? ICON_WARNING : ICON_CHECK_CIRCLE);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + (wrap_x - text_x));
        ImGui::TextWrapped("%s", l.text.c_str());
        ImGui::PopTextWrapPos();
        mirror_add({Role::Status, l.text, 0, at, ImGui::GetItemRectMax()});
    }
}

static void banner_actions(App& app, const std::vector<BannerLine>& lines, float x, float w) {
    float bw = (w - 10) * 0.5f;
    bool full = has_kind(lines, NoticeKind::StorageFull);
    if (!serious(lines)) return;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 4));
    if (big_button("Export backup", ICON_DOWNLOAD, ButtonStyle::Primary, 0, full ? bw : w)) export_backup_file(app);
    if (!full) return;
    ImGui::SameLine(0, 10);
    if (big_button("Try saving again", nullptr, ButtonStyle::Secondary, 0, bw)) app.retry_saves();
}

void draw_notices(App& app) {
    std::vector<BannerLine> lines = banner_lines(app);
    if (lines.empty()) return;
    const Palette& p = widget_theme().pal;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float w = content_width();
    ImVec2 top = ImGui::GetCursorScreenPos();
    float inner_x = top.x + kPad, inner_w = w - 2 * kPad;
    float close = kTouchTarget;
    float text_x = inner_x + ImGui::GetFontSize() * 1.6f;

    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + kPad * 0.75f));
    banner_text(lines, text_x, inner_x + inner_w - close + 8);
    banner_actions(app, lines, inner_x, inner_w);
    float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y + kPad * 0.75f;
    ImGui::SetCursorScreenPos(ImVec2(top.x + w - close - 4, top.y + 4));
    bool dismiss = icon_button(ICON_CLOSE, "Dismiss");
    if (bottom < top.y + close + 8) bottom = top.y + close + 8;
    dl->ChannelsSetCurrent(0);
    ImU32 edge = serious(lines) ? p.danger : p.accent;
    dl->AddRectFilled(top, ImVec2(top.x + w, bottom), p.surface, kRadius);
    dl->AddRect(top, ImVec2(top.x + w, bottom), edge, kRadius, 0, 1.5f);
    dl->AddRectFilled(top, ImVec2(top.x + 6, bottom), edge, kRadius, ImDrawFlags_RoundCornersLeft);
    dl->ChannelsMerge();

    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(w, 6));
    if (dismiss) app.dismiss_notices();
}

} // namespace unclench
