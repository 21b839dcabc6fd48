// Summary: what was done, how the pain is now, a note, and save. After "Stop, it hurts" it points to
// the gentle routine and self-care instead of congratulating.
#include "core/duration_format.h"
#include "icons.h"
#include "platform/embed_bridge.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_form.h"

namespace unclench {

static int g_pain_after = kNoPain;
static std::string g_note;

static const char* outcome_icon(ItemOutcome o) {
    return o == ItemOutcome::Done ? ICON_CHECK_CIRCLE : o == ItemOutcome::PartlyDone ? ICON_TIMER : ICON_SKIP_NEXT;
}

static const char* outcome_words(ItemOutcome o) {
    return o == ItemOutcome::Done ? "done" : o == ItemOutcome::PartlyDone ? "partly done" : "skipped";
}

static void headline(const SessionSummary& sum) {
    const char* title = sum.end == EndReason::Completed ? "Well done"
                      : sum.end == EndReason::StoppedItHurts ? "You stopped because it hurt" : "Session ended";
    ImGui::PushFont(widget_theme().bold, type::kTitle);
    ImGui::TextWrapped("%s", title);
    ImGui::PopFont();
    std::string line = format_clock(sum.active_ms) + " active · " + format_clock(sum.work_ms) + " in the stretches · " +
                       std::to_string(sum.items_done) + " of " + std::to_string(sum.items.size()) + " exercises done";
    muted(line.c_str());
}

static void after_pain_advice(App& app) {
    begin_card("##pain-advice");
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextWrapped("Be gentle with yourself now");
    ImGui::PopFont();
    paragraph("Rest in a comfortable position. Ice or a warm pack can ease the muscle. If the pain is severe, "
              "spreads down your legs, or comes with numbness, contact a doctor.");
    if (big_button("Ice, heat and breathing", ICON_AC_UNIT, ButtonStyle::Secondary)) app.go(ScreenId::Care);
    if (const Routine* gentle = app.find_routine("relief-now"))
        if (big_button("The gentle routine, later", ICON_HEALING, ButtonStyle::Secondary)) app.go(ScreenId::RoutineDetail, gentle->id);
    end_card();
}

static const char* ended_name(EndReason r) {
    return r == EndReason::StoppedItHurts ? "pain" : r == EndReason::EndedEarly ? "early" : "completed";
}

static void save_and_close(App& app) {
    ActiveSession* session = app.session();
    SessionSummary sum = session->engine->summary(app.now_ms());
    web::embed_session_completed(sum, ended_name(sum.end));
    if (session->pain_before != kNoPain || g_pain_after != kNoPain) web::embed_pain_reported(session->pain_before, g_pain_after);
    app.save_session(g_pain_after, g_note);
    app.close_session();
    g_pain_after = kNoPain;
    g_note.clear();
    app.home();
}

void draw_summary(App& app, FrameNeeds&) {
    ActiveSession* session = app.session();
    if (!session) { app.home(); return; }
    SessionSummary sum = session->engine->summary(app.now_ms());
    if (begin_screen("Summary", false)) save_and_close(app);
    headline(sum);
    if (sum.end == EndReason::StoppedItHurts) after_pain_advice(app);

    section_title("Exercises");
    for (const ItemSummary& item : sum.items)
        ImGui::TextWrapped("%s  %s — %s", outcome_icon(item.outcome), item.name.c_str(), outcome_words(item.outcome));

    section_title("How do you feel?");
    pain_scale("Pain now", &g_pain_after);
    text_field("Note (optional)", &g_note, ImGui::GetFontSize() * 4);
    if (big_button("Save", ICON_CHECK, ButtonStyle::Primary)) save_and_close(app);
    end_screen();
}

} // namespace unclench
