// Summary: what was done, how the pain is now, a note, and save. After "Stop, it hurts" it points to
// the gentle routine and self-care instead of congratulating.
#include "core/duration_format.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"
#include "ui/widgets_form.h"

namespace unclench {

// What this visit to the Summary keeps between frames: the answers not yet saved.
struct SummaryState : ScreenState {
    int pain_after = kNoPain;
    std::string note;
    int hurt_choice = 0;   // during an episode: 0 leave the exercise that hurt out, 1 play it at half
};

// The exercise "Stop, it hurts" was pressed on, or "" (not stopped for pain, or no episode to remember it).
static std::string hurt_exercise(App& app, const SessionSummary& sum) {
    if (!app.episode() || sum.end != EndReason::StoppedItHurts) return "";
    if (sum.stopped_item < 0 || sum.stopped_item >= (int)sum.items.size()) return "";
    return sum.items[(size_t)sum.stopped_item].exercise_id;
}

// During an episode the plan remembers the exercise: the person chooses how it comes back.
static void hurt_choice(SummaryState& st, const SessionSummary& sum) {
    const ItemSummary& item = sum.items[(size_t)sum.stopped_item];
    std::string label = "Next time, " + item.name + ":";
    builder_ui::choice_row(label.c_str(), {"Leave it out", "Half as much"}, &st.hurt_choice);
}

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


void draw_summary(App& app, FrameNeeds&) {
    const ActiveSession* session = app.session();
    if (!session) { app.home(); return; }
    SummaryState& st = app.screen_state<SummaryState>();
    SessionSummary sum = session->engine->summary(app.now_ms());
    if (begin_screen("Summary", false)) { app.finish_session(st.pain_after, st.note); end_screen(); return; }
    headline(sum);
    if (sum.end == EndReason::StoppedItHurts) after_pain_advice(app);
    std::string hurt = hurt_exercise(app, sum);
    if (!hurt.empty()) hurt_choice(st, sum);

    section_title("Exercises");
    for (const ItemSummary& item : sum.items)
        ImGui::TextWrapped("%s  %s — %s", outcome_icon(item.outcome), item.name.c_str(), outcome_words(item.outcome));

    section_title("How do you feel?");
    pain_scale("Pain now", &st.pain_after);
    text_field("Note (optional)", &st.note, ImGui::GetFontSize() * 4);
    bool save = big_button("Save", ICON_CHECK, ButtonStyle::Primary);
    end_screen();
    bool half = st.hurt_choice == 1;
    if (!save) return;
    app.finish_session(st.pain_after, st.note);   // last: it closes this route and its state
    if (!hurt.empty() && half) app.set_hurt(hurt, HurtChoice::Half);
}

} // namespace unclench
