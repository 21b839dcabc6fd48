// A clinician's plan by link: the clinic makes one (phase, routines with times a day, lessons) and
// sends it; the person opens it, sees what it sets, and chooses to follow it. While they follow it,
// Home says "Set by <clinic>" and the app changes no phase until they hand control back.
//
// Index of this file:
// [SECTION] Words shared by both screens
// [SECTION] The opened plan
// [SECTION] The plan maker (for clinics)
#include "core/plan_link.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/embed_ui.h"
#include "ui/platform.h"
#include "ui/qr_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"
#include "ui/widgets_form.h"

namespace unclench {

using builder_ui::mirror_status;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Words shared by both screens
//-----------------------------------------------------------------------------

const char* kPhaseChoices[] = {"Calm", "Move", "Strengthen"};

std::string routine_name(App& app, const std::string& id) {
    const Routine* r = app.find_routine(id);
    return r ? r->name : id;
}

std::string lesson_title(App& app, const std::string& id) {
    const Lesson* l = find_lesson(app.lessons(), id);
    return l ? l->title : id;
}

// What the plan sets, as rows: the phase, each routine and how often, each lesson.
void plan_rows(App& app, const ClinicianPlan& plan) {
    std::string phase = std::string("Start in ") + phase_title(plan.phase);
    paragraph(phase.c_str());
    for (const PlannedRoutine& r : plan.routines) {
        std::string line = routine_name(app, r.routine_id) + ": " + builder_ui::times_per_day_text(r.times_per_day);
        paragraph(line.c_str());
    }
    for (const std::string& id : plan.lesson_ids) {
        std::string line = "Lesson: " + lesson_title(app, id);
        muted(line.c_str());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] The opened plan: decoded once per link
//-----------------------------------------------------------------------------

struct OpenedPlan : ScreenState {
    std::string fragment;
    PlanLinkResult result;
    bool decoded = false;
};

void leave(App& app) {
    app.platform().clear_fragment();
    app.home();
}

void draw_plan_error(App& app, const std::string& message) {
    section_title("This plan link can't be opened");
    mirror_status("Plan link error");
    paragraph(message.c_str());
    muted("Nothing was changed. Your own plan goes on as before.");
    if (big_button("Go to Home", ICON_HOME, ButtonStyle::Primary)) leave(app);
}

} // namespace

void draw_shared_plan(App& app, FrameNeeds&) {
    OpenedPlan& opened = app.screen_state<OpenedPlan>();
    const std::string& fragment = app.route().param;
    if (!opened.decoded || opened.fragment != fragment) {
        opened.fragment = fragment;
        opened.result = decode_plan_fragment(fragment, app.builtin_routine_ids(), app.lesson_ids());
        opened.decoded = true;
    }
    if (begin_screen("Plan from your clinic", true)) { leave(app); end_screen(); return; }
    draw_clinic_banner(app);
    if (!opened.result.plan) {
        draw_plan_error(app, opened.result.message);
        end_screen();
        return;
    }
    const ClinicianPlan& plan = *opened.result.plan;
    section_title(("Set by " + plan.clinic).c_str());
    plan_rows(app, plan);
    muted("While you follow it, the app will not change your phase by itself. You can hand control back on Home "
          "at any time. Stop anything that makes the pain worse.");
    if (!app.episode()) muted("First, three quick questions about your back start the plan.");
    bool follow = big_button("Follow this plan", ICON_CHECK, ButtonStyle::Primary);
    bool dismiss = big_button("Not now", ICON_CLOSE, ButtonStyle::Secondary);
    end_screen();
    if (follow) app.follow_clinician_plan(ClinicianPlan(plan));   // a copy: following leaves this screen
    else if (dismiss) leave(app);
}

//-----------------------------------------------------------------------------
// [SECTION] The plan maker (for clinics): the link updates as the plan is chosen
//-----------------------------------------------------------------------------

namespace {

struct PlanMakerState : ScreenState {
    bool started = false;
    std::string clinic;
    int phase = 0;
    std::vector<int> times;      // per built-in routine; 0 = not in the plan
    std::vector<int> lessons;    // per lesson; 1 = open from the start
    std::string fragment, url, status;
    QrMatrix qr;
};

void start_maker(App& app, PlanMakerState& st) {
    if (st.started) return;
    st.started = true;
    st.clinic = app.platform().embed_options().clinic.value_or("");
    st.times.assign(app.builtin_routines().size(), 0);
    st.lessons.assign(app.lessons().size(), 0);
}

ClinicianPlan plan_of(App& app, const PlanMakerState& st) {
    ClinicianPlan plan;
    plan.clinic = st.clinic;
    plan.phase = RecoveryPhase(st.phase);
    for (size_t i = 0; i < st.times.size(); i++)
        if (st.times[i] > 0) plan.routines.push_back({app.builtin_routines()[i].id, st.times[i]});
    for (size_t i = 0; i < st.lessons.size(); i++)
        if (st.lessons[i]) plan.lesson_ids.push_back(app.lessons()[i].id);
    return plan;
}

// The link and its QR code, remade only when the plan changed.
void update_link(App& app, PlanMakerState& st) {
    std::optional<std::string> fragment = encode_plan_fragment(plan_of(app, st), app.builtin_routine_ids(), app.lesson_ids());
    std::string now = fragment.value_or("");
    if (now == st.fragment) return;
    st.fragment = now;
    st.url = now.empty() ? "" : app.platform().share_url(now);
    st.qr = now.empty() ? QrMatrix{} : make_qr(st.url);
    st.status.clear();
}

void draw_routine_choices(App& app, PlanMakerState& st) {
    section_title("Routines, times a day");
    for (size_t i = 0; i < st.times.size(); i++) {
        ImGui::PushID((int)i);
        stepper_row(app.builtin_routines()[i].name.c_str(), &st.times[i], 0, kPlanMaxTimesPerDay, 1, "");
        ImGui::PopID();
    }
}

void draw_lesson_choices(App& app, PlanMakerState& st) {
    section_title("Lessons to open now");
    for (size_t i = 0; i < st.lessons.size(); i++) {
        bool on = st.lessons[i] != 0;
        ImGui::PushID((int)i);
        if (toggle_row(app.lessons()[i].title.c_str(), &on)) st.lessons[i] = on;
        ImGui::PopID();
    }
}

void draw_link(App& app, PlanMakerState& st) {
    section_title("The link");
    if (st.url.empty()) {
        paragraph("Give the clinic's name and at least one routine to make the link.");
        return;
    }
    float w = ImGui::GetContentRegionAvail().x;
    qr_view(st.qr, w < 300 ? w : 300, w, "QR code for the plan link");
    muted(st.url.c_str());
    mirror_status(("Plan link: " + st.url).c_str());
    if (big_button("Copy link", ICON_CONTENT_COPY, ButtonStyle::Primary))
        st.status = app.platform().copy_text(st.url) ? "Link copied. Send it to your patient."
                                                     : "This browser cannot copy. Press and hold the link above to copy it.";
    if (!st.status.empty()) {
        muted(st.status.c_str());
        mirror_status(st.status.c_str());
    }
}

} // namespace

void draw_plan_maker(App& app, FrameNeeds&) {
    PlanMakerState& st = app.screen_state<PlanMakerState>();
    start_maker(app, st);
    if (begin_screen("Plan for a patient", true)) { app.back(); end_screen(); return; }
    muted("For clinics: a link that sets a patient's recovery plan. It travels inside the link; nothing is uploaded.");
    builder_ui::text_field("Clinic name", &st.clinic, 60, "For example: Riverside Physio");
    builder_ui::choice_row("Phase to start in", {kPhaseChoices[0], kPhaseChoices[1], kPhaseChoices[2]}, &st.phase);
    draw_routine_choices(app, st);
    draw_lesson_choices(app, st);
    update_link(app, st);
    draw_link(app, st);
    end_screen();
}

} // namespace unclench
