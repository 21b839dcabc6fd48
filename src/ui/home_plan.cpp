#include "ui/home_plan.h"

#include <cstdio>

#include "icons.h"
#include "ui/app.h"
#include "ui/safety_gate.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"
#include "ui/widgets_form.h"

namespace unclench {

static const char* item_icon(ItemKind kind) {
    switch (kind) {
    case ItemKind::Routine: return ICON_SPA;
    case ItemKind::Care: return ICON_LOCAL_FIRE_DEPARTMENT;
    case ItemKind::Walk: return ICON_DIRECTIONS_WALK;
    case ItemKind::MoveHourly: return ICON_ACCESSIBILITY_NEW;
    case ItemKind::FlareUpPlan: return ICON_HEALING;
    case ItemKind::Lesson: return ICON_MENU_BOOK;
    }
    return ICON_CHECK;
}

// "Done", "Done 1 of 3", or what tapping does.
static std::string item_state(const DayItem& item, int done) {
    int goal = item.as_often_as_helps ? 1 : item.times;
    if (done >= goal && goal <= 1) return "Done today";
    if (done > 0) return "Done " + std::to_string(done) + " of " + std::to_string(goal);
    switch (item.kind) {
    case ItemKind::Routine: return "Tap to start";
    case ItemKind::Care: return "Tap to open the timer";
    case ItemKind::Lesson: return "Tap to read";
    default: return "Tap when done";
    }
}

// The item's name from the assets; the plan's own words say how much, beside it.
static std::string item_title(App& app, const DayItem& item) {
    switch (item.kind) {
    case ItemKind::Routine:
        if (const Routine* r = app.find_routine(item.id)) return r->name;
        break;
    case ItemKind::Care:
        if (const CareProtocol* c = app.catalogue().care_protocol(item.id)) return c->name;
        break;
    case ItemKind::Lesson:
        if (const Lesson* l = find_lesson(app.lessons(), item.id)) return "Read: " + l->title;
        break;
    case ItemKind::Walk: return "Walk";
    case ItemKind::MoveHourly: return "Move every hour";
    case ItemKind::FlareUpPlan: return "Your flare-up plan";
    }
    return item.id;
}

static void open_item(App& app, const DayItem& item) {
    switch (item.kind) {
    case ItemKind::Routine: app.go(ScreenId::RoutineDetail, item.id); break;
    case ItemKind::Care: app.go(ScreenId::CareTimer, item.id); break;
    case ItemKind::Lesson: app.go(ScreenId::Lesson, item.id); break;
    case ItemKind::FlareUpPlan:   // ticked by reading it: the plan is the lesson of that name
        app.tick_plan_item(item.key);
        if (find_lesson(app.lessons(), item.id)) app.go(ScreenId::Lesson, item.id);
        break;
    default: app.tick_plan_item(item.key); break;
    }
}

static void draw_clinician_card(App& app, const ClinicianCard& card) {
    if (!card.show) return;
    begin_card("clinician-card");
    paragraph(card.text.c_str());
    builder_ui::mirror_status(card.text.c_str());
    if (big_button("Not now", ICON_CLOSE, ButtonStyle::Secondary)) app.dismiss_clinician_card();
    end_card();
}

static void draw_check_in_row(App& app, const Episode& e) {
    const CheckIn* c = check_in_on(e, app.today());
    if (!c) {
        if (big_button("Daily check-in", ICON_CHECK_CIRCLE, ButtonStyle::Primary)) app.go(ScreenId::CheckIn);
        return;
    }
    std::string line = "Today's check-in: pain " + std::to_string(c->pain);
    if (std::optional<double> score = psfs(*c)) {
        char buf[48];
        std::snprintf(buf, sizeof buf, ", activities %.1f of 10", *score);
        line += buf;
    }
    if (list_row(ICON_CHECK_CIRCLE, line.c_str(), "Tap to change it")) app.go(ScreenId::CheckIn);
}

// Exercises that hurt this episode: left out or halved until the person says they feel fine.
static void draw_hurt(App& app, const Episode& e) {
    for (const HurtExercise& h : e.hurt) {
        const Exercise* ex = app.catalogue().exercise(h.exercise_id);
        std::string name = ex ? ex->name : h.exercise_id;
        std::string line = std::string(h.choice == HurtChoice::Half ? "Played at half" : "Left out") +
                           " since it hurt. Tap when it feels fine again";
        ImGui::PushID(h.exercise_id.c_str());
        if (list_row(ICON_PAN_TOOL, name.c_str(), line.c_str())) app.set_hurt(h.exercise_id, std::nullopt);
        ImGui::PopID();
    }
}

// While a clinician's plan is in control the app changes no phase; the person can hand control back.
static void draw_set_by(App& app, const PlanStatus& status) {
    if (!status.clinician_in_control) return;
    muted(status.set_by.c_str());
    if (big_button("Let the app adjust my plan", ICON_TUNE, ButtonStyle::Secondary)) app.hand_back_plan();
}

void draw_home_plan(App& app) {
    const Episode* e = app.episode();
    if (!e) {
        if (!safety_gate_blocks_start(app) && big_button("My back has gone", ICON_HEALING, ButtonStyle::Secondary))
            app.go(ScreenId::EpisodeStart);
        return;
    }
    PlanStatus status = app.plan_status_today();
    std::string heading = "Day " + std::to_string(status.day_of_episode) + ": " + phase_title(status.phase);
    section_title(heading.c_str());
    draw_set_by(app, status);
    if (!status.reason.empty() && status.reason != status.set_by) muted(status.reason.c_str());
    draw_clinician_card(app, status.card);
    draw_check_in_row(app, *e);

    draw_hurt(app, *e);
    DayPlan plan = app.today_plan();
    for (const DayItem& item : plan.items) {
        ImGui::PushID(item.key.c_str());
        std::string title = item_title(app, item);
        std::string line = item.words + ". " + item_state(item, done_count(*e, plan.day, item.key));
        if (list_row(item_icon(item.kind), title.c_str(), line.c_str())) open_item(app, item);
        ImGui::PopID();
    }
    if (!safety_gate_blocks_start(app) && big_button("My back has gone again", ICON_HEALING, ButtonStyle::Secondary))
        app.go(ScreenId::EpisodeStart);
}

} // namespace unclench
