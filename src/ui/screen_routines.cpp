// Routines: the list (built-in, then the person's own) and one routine's detail with its steps,
// doses, total time, cautions, a pain rating and Start.
#include "core/duration_format.h"
#include "core/plan_text.h"
#include "core/routine_plan.h"
#include "core/session_timeline.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_form.h"

namespace unclench {

//-----------------------------------------------------------------------------
// The list
//-----------------------------------------------------------------------------

static std::string routine_subtitle(App& app, const Routine& r) {
    int64_t ms = routine_duration_ms(r, app.catalogue());
    return format_clock(ms) + " · " + r.description;
}

static void routine_rows(App& app, const std::vector<Routine>& routines) {
    for (const Routine& r : routines) {
        const char* icon = r.during_spasm ? ICON_HEALING : ICON_SPA;
        if (list_row(icon, r.name.c_str(), routine_subtitle(app, r).c_str())) app.go(ScreenId::RoutineDetail, r.id);
    }
}

void draw_routines(App& app, FrameNeeds&) {
    if (begin_screen("Routines", true)) app.back();
    routine_rows(app, app.builtin_routines());
    std::vector<Routine> mine = app.custom_routines();
    if (!mine.empty()) {
        section_title("Your routines");
        routine_rows(app, mine);
    }
    end_screen();
}

//-----------------------------------------------------------------------------
// One routine
//-----------------------------------------------------------------------------

// What this visit to a routine's page keeps: the pain level chosen before starting.
struct RoutineDetailState : ScreenState {
    int pain_before = kNoPain;
};

static void step_row(App& app, int index, const PlanItem& item) {
    const Exercise* ex = app.catalogue().exercise(item.exercise_id);
    const Palette& p = widget_theme().pal;
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextWrapped("%d. %s", index + 1, item.name.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
    ImGui::TextWrapped("%s · %s", describe_dose(item).c_str(), format_clock(item_duration_ms(item)).c_str());
    ImGui::PopStyleColor();
    if (ex && advised_against(app, *ex)) paragraph((std::string(ICON_WARNING " ") + kNotAdvisedText).c_str());
    if (ex && !ex->cautions.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
        ImGui::TextWrapped(ICON_WARNING " %s", ex->cautions.front().c_str());
        ImGui::PopStyleColor();
    }
}

void draw_routine_detail(App& app, FrameNeeds&) {
    const Routine* r = app.find_routine(app.route().param);
    if (begin_screen(r ? r->name.c_str() : "Routine", true)) app.back();
    if (!r) {
        paragraph("This routine could not be found.");
        end_screen();
        return;
    }
    RoutineDetailState& st = app.screen_state<RoutineDetailState>();
    SessionPlan plan = make_plan(*r, app.catalogue());
    paragraph(r->description.c_str());
    if (!r->when.empty()) muted(r->when.c_str());

    ImGui::PushFont(widget_theme().bold, type::kTitle);
    ImGui::TextUnformatted(format_clock(plan_duration_ms(plan)).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    muted((std::to_string(plan.items.size()) + " exercises").c_str());

    if (big_button("Start", ICON_PLAY_ARROW, ButtonStyle::Primary, kTouchTarget * 1.2f)) app.start_routine(*r, st.pain_before);

    section_title("Steps");
    for (size_t i = 0; i < plan.items.size(); i++) step_row(app, (int)i, plan.items[i]);

    section_title("Before you start");
    pain_scale("Pain right now (optional)", &st.pain_before);
    for (const std::string& c : app.catalogue().general_cautions) muted(c.c_str());
    end_screen();
}

} // namespace unclench
