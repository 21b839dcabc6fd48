// Short lessons: during an episode one opens each day; all of them once it has settled or before one
// starts. A lesson can be read aloud with the voice setting, and is marked read.
#include "icons.h"
#include "ui/app.h"
#include "ui/figure_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

static bool lesson_open(App& app, const std::vector<std::string>& unlocked, const std::string& id) {
    if (!app.episode()) return true;
    return std::find(unlocked.begin(), unlocked.end(), id) != unlocked.end();
}

void draw_lessons(App& app, FrameNeeds&) {
    if (begin_screen("Lessons", true)) { app.back(); end_screen(); return; }
    std::vector<std::string> unlocked;
    if (const Episode* e = app.episode()) unlocked = unlocked_lessons(*e, app.today(), app.lesson_ids());
    muted(app.episode() ? "A new lesson opens each day of your plan." : "Short reads on getting over a back spasm.");
    int locked_day = (int)unlocked.size() + 1;
    for (const Lesson& l : app.lessons()) {
        ImGui::PushID(l.id.c_str());
        if (lesson_open(app, unlocked, l.id)) {
            std::string sub = (lesson_read(app.recovery(), l.id) ? "Read. " : "") + l.summary;
            if (list_row(ICON_MENU_BOOK, l.title.c_str(), sub.c_str())) app.go(ScreenId::Lesson, l.id);
        } else {
            std::string line = l.title + ": opens on day " + std::to_string(locked_day++);
            muted(line.c_str());
        }
        ImGui::PopID();
    }
    end_screen();
}

static void draw_lesson_figure(const std::string& figure) {
    if (figure.empty() || !has_figure(figure)) return;
    float w = ImGui::GetContentRegionAvail().x;
    ImVec2 min = ImGui::GetCursorScreenPos();
    ImVec2 size(w, w * 0.45f);
    ImGui::Dummy(size);
    draw_figure(ImGui::GetWindowDrawList(), min, min + size, figure, FigureMotion{});
}

void draw_lesson(App& app, FrameNeeds&) {
    const Lesson* l = find_lesson(app.lessons(), app.route().param);
    if (begin_screen(l ? l->title.c_str() : "Lesson", true)) { app.back(); end_screen(); return; }
    if (!l) {
        paragraph("This lesson is not in this version of the app.");
        end_screen();
        return;
    }
    section_title(l->summary.c_str());
    draw_lesson_figure(l->figure);
    for (const std::string& p : l->body) paragraph(p.c_str());
    muted(("Source: " + l->source).c_str());
    if (big_button("Read it aloud", ICON_RECORD_VOICE_OVER, ButtonStyle::Secondary)) app.speak_lesson(*l);
    bool read = lesson_read(app.recovery(), l->id);
    if (big_button(read ? "Back to lessons" : "Mark as read", ICON_CHECK, ButtonStyle::Primary)) {
        app.read_lesson(l->id);
        app.back();
    }
    end_screen();
}

} // namespace unclench
