// Build a routine: pick exercises, set each one's dose and rests, how often a day, and notes; saved to
// storage as a custom routine (the same format and validator as the built-in ones), then shareable.
#include <algorithm>

#include "core/catalogue_json.h"
#include "core/routine_plan.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/notices_view.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"

namespace unclench {

using namespace builder_ui;

namespace {

// The routine being edited survives visits to other screens (share, exercise details).
struct Draft : ScreenState {
    Routine routine;
    int times_per_day = 2;
    bool loaded = false;
    int open_step = -1;                // the step whose controls are showing
    bool picking = false;              // choosing an exercise to add
    std::string error;
    bool saved = false;
};

constexpr size_t kMaxBuilderSteps = 12;

//-----------------------------------------------------------------------------
// Loading and saving
//-----------------------------------------------------------------------------

void load_draft(Draft& g, App& app, const std::string& id) {
    g.loaded = true;
    const Routine* r = id.empty() ? nullptr : app.find_routine(id);
    if (r) {
        g.routine = *r;
        g.times_per_day = std::max(1, times_per_day_from(r->when));
        g.saved = true;
    } else {
        g.routine.name = "My routine";
    }
}

std::string new_id(App& app) {
    return "my-" + std::to_string(app.wall_s()) ;
}

bool is_builtin(App& app, const std::string& id) {
    for (const Routine& r : app.builtin_routines())
        if (r.id == id) return true;
    return false;
}

// Fills the fields a person should not have to write, then checks with the routine validator.
bool save_draft(Draft& g, App& app) {
    Routine& r = g.routine;
    if (r.id.empty() || is_builtin(app, r.id)) r.id = new_id(app);
    if (r.name.empty()) r.name = "My routine";
    int64_t ms = routine_duration_ms(r, app.catalogue());
    int minutes = (int)((ms + 59999) / 60000);
    r.description = std::to_string(r.steps.size()) + (r.steps.size() == 1 ? " exercise" : " exercises") +
                    ", about " + std::to_string(minutes) + " min";
    r.when = times_per_day_text(g.times_per_day);
    r.during_spasm = std::all_of(r.steps.begin(), r.steps.end(), [&](const RoutineStep& s) {
        const Exercise* e = app.catalogue().exercise(s.exercise);
        return e && e->during_spasm;
    });
    nlohmann::json j = routine_to_json(r);
    auto checked = load_routine(j, app.catalogue());
    if (!checked.ok()) {
        g.error = "This routine cannot be saved yet: " + (checked.problems.empty() ? std::string("unknown problem")
                                                                                  : checked.problems.front().message);
        return false;
    }
    app.save_routine(r);
    g.error.clear();
    g.saved = true;
    return true;
}

//-----------------------------------------------------------------------------
// Picking an exercise
//-----------------------------------------------------------------------------

void draw_picker(Draft& g, App& app) {
    if (begin_screen("Add an exercise", true)) g.picking = false;
    muted("Tap one to add it to the end of your routine.");
    for (const Exercise& e : app.catalogue().exercises) {
        std::string sub = advised_against(app, e) ? std::string(kNotAdvisedText) + ". " + e.purpose : e.purpose;
        if (!list_row(e.during_spasm ? ICON_SPA : ICON_FITNESS_CENTER, e.name.c_str(), sub.c_str())) continue;
        RoutineStep s;
        s.exercise = e.id;
        g.routine.steps.push_back(s);
        g.open_step = (int)g.routine.steps.size() - 1;
        g.picking = false;
        g.saved = false;
    }
    end_screen();
}

//-----------------------------------------------------------------------------
// One step's controls
//-----------------------------------------------------------------------------

// A dose value edited through an optional override: unset shows the dose's own number.
bool edit_amount(const char* label, std::optional<int>& field, int fallback, int min, int max, int step, const char* unit) {
    int v = field.value_or(std::clamp(fallback, min, max));
    if (!stepper(label, &v, min, max, step, unit)) return false;
    field = v;
    return true;
}

bool draw_step_controls(App& app, RoutineStep& s) {
    const Exercise* e = app.catalogue().exercise(s.exercise);
    const Dosage* d = step_dosage(app.catalogue(), s);
    if (!e || !d) return false;
    bool changed = false;
    if (d->work == WorkKind::Breaths) {
        changed |= edit_amount("Breaths", s.breaths, d->breaths.planned(), 1, 60, 1, "");
    } else {
        if (d->work == WorkKind::Hold) changed |= edit_amount("Hold", s.hold_s, d->hold_s.planned(), 1, 600, 5, "s");
        changed |= edit_amount(d->work == WorkKind::Hold ? "Times" : "Reps", s.reps, d->reps.planned(), 1, 100, 1, "");
    }
    changed |= edit_amount("Sets", s.sets, d->sets.planned(), 1, 20, 1, "");
    changed |= edit_amount("Rest between sets", s.timing.rest_between_sets_s, app.settings().rest_seconds, 0, 600, 5, "s");
    if (e->sides != SideMode::None) {
        int side = s.sides.value_or(e->sides) == SideMode::Alternating ? 1 : 0;
        if (choice_row("Sides", {"Each side", "Alternating"}, &side)) {
            s.sides = side ? SideMode::Alternating : SideMode::EachSide;
            changed = true;
        }
    }
    changed |= text_field("Note for this exercise", &s.note, 400, "Optional, e.g. go only as far as is comfortable");
    return changed;
}

void move_step(Draft& g, int from, int to) {
    auto& steps = g.routine.steps;
    if (to < 0 || to >= (int)steps.size()) return;
    std::swap(steps[from], steps[to]);
    g.open_step = to;
}

void draw_step(Draft& g, App& app, int i) {
    RoutineStep& s = g.routine.steps[i];
    const Exercise* e = app.catalogue().exercise(s.exercise);
    std::string title = std::to_string(i + 1) + ". " + (e ? e->name : s.exercise);
    std::string dose = step_dose_text(app.catalogue(), s);
    ImGui::PushID(i);
    if (g.open_step != i) {
        if (list_row(ICON_TUNE, title.c_str(), dose.c_str())) g.open_step = i;
        ImGui::PopID();
        return;
    }
    begin_card();
    ImGui::PushFont(widget_theme().bold, type::kHeading);
    ImGui::TextWrapped("%s", title.c_str());
    ImGui::PopFont();
    muted(dose.c_str());
    if (draw_step_controls(app, s)) g.saved = false;
    float w = (ImGui::GetContentRegionAvail().x - 16) / 3;
    if (big_button("Done", ICON_CHECK, ButtonStyle::Primary, 0, w)) g.open_step = -1;
    ImGui::SameLine(0, 8);
    if (big_button("Move up", ICON_ARROW_UPWARD, ButtonStyle::Secondary, 0, w)) { move_step(g, i, i - 1); g.saved = false; }
    ImGui::SameLine(0, 8);
    bool remove = big_button("Remove", ICON_DELETE, ButtonStyle::Secondary, 0, w);
    end_card();
    ImGui::PopID();
    if (remove) {
        g.routine.steps.erase(g.routine.steps.begin() + i);
        g.open_step = -1;
        g.saved = false;
    }
}

//-----------------------------------------------------------------------------
// Your saved routines (shown under a new, empty draft)
//-----------------------------------------------------------------------------

void draw_saved_list(App& app) {
    std::vector<Routine> mine = app.custom_routines();
    if (mine.empty()) return;
    section_title("Your routines");
    for (const Routine& r : mine) {
        ImGui::PushID(r.id.c_str());
        if (list_row(ICON_EDIT, r.name.c_str(), r.description.c_str())) app.go(ScreenId::Builder, r.id);
        ImGui::PopID();
    }
}

} // namespace

//-----------------------------------------------------------------------------
// The screen
//-----------------------------------------------------------------------------

void draw_builder(App& app, FrameNeeds&) {
    const std::string& param = app.route().param;
    Draft& g = app.screen_state<Draft>();
    if (!g.loaded) load_draft(g, app, param);
    if (g.picking) return draw_picker(g, app);

    if (begin_screen(param.empty() ? "Build a routine" : "Edit routine", true)) { app.back(); end_screen(); return; }
    draw_notices(app);   // a save refused here (a full quota) is said here
    bool fresh = g.routine.steps.empty();
    if (text_field("Name", &g.routine.name, 60, "For example: Morning stretches")) g.saved = false;
    if (stepper("Times a day", &g.times_per_day, 1, 6, 1, "")) g.saved = false;

    section_title("Exercises");
    if (fresh) muted("Add the exercises in the order they should be done.");
    for (int i = 0; i < (int)g.routine.steps.size(); i++) draw_step(g, app, i);
    if (g.routine.steps.size() < kMaxBuilderSteps && big_button("Add exercise", ICON_ADD, ButtonStyle::Secondary)) {
        g.picking = true;
        ImGui::SetScrollY(0);
    }
    ImGui::Dummy(ImVec2(1, 4));
    if (text_field("Note for the whole routine", &g.routine.note, 400, "Optional")) g.saved = false;
    ImGui::Dummy(ImVec2(1, 8));

    if (!g.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, widget_theme().pal.danger);
        ImGui::TextWrapped("%s", g.error.c_str());
        ImGui::PopStyleColor();
        mirror_status(g.error.c_str());   // read by a screen reader, and found by tests
    }
    if (!fresh && !g.saved && big_button("Save routine", ICON_CHECK, ButtonStyle::Primary)) {
        if (save_draft(g, app) && app.route().param != g.routine.id) {   // keep editing this one after sharing
            std::string id = g.routine.id;
            app.back();                      // the draft goes with its route: the new one loads the saved routine
            app.go(ScreenId::Builder, id);
            end_screen();   // the edit screen draws next frame, at its own scroll: no half-moved frame
            return;
        }
    }
    if (g.saved && !fresh) {
        muted("Saved on this device.");
        if (big_button("Share this routine", ICON_SHARE, ButtonStyle::Primary)) app.go(ScreenId::Share, g.routine.id);
        if (big_button("Try it now", ICON_PLAY_ARROW, ButtonStyle::Secondary)) app.go(ScreenId::RoutineDetail, g.routine.id);
    }
    if (param.empty()) {
        draw_saved_list(app);
        section_title("For clinics");
        if (list_row(ICON_LOCAL_HOSPITAL, "Plan for a patient", "A link that sets their recovery plan")) app.go(ScreenId::PlanMaker);
    }
    end_screen();
}

} // namespace unclench
