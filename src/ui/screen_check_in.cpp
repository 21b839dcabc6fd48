// The daily check-in, about 20 seconds: pain now, then each hard activity scored 0-10 (0: you cannot
// do it, 10: as before your back went). Saving applies the plan's rules; any change is said in words.
#include <cstdio>

#include "icons.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"
#include "ui/widgets_form.h"

namespace unclench {

namespace {

struct CheckInForm : ScreenState {
    bool loaded = false;
    int pain = -1;
    std::vector<Activity> activities;   // the episode's active ones, as they were on opening
    std::vector<int> scores;
    std::string names[3];               // editing the activities
    bool saved = false;
    std::string result;                 // what the check-in changed, in words
};

// Starts from today's check-in if there is one, else from the last one's scores.
void load_form(CheckInForm& f, const Episode& e, int64_t today) {
    f.loaded = true;
    const CheckIn* last = check_in_on(e, today);
    if (last) f.pain = last->pain;
    if (!last) last = check_in_before(e, today);
    for (const Activity& a : e.activities) {
        if (a.retired) continue;
        int score = 5;
        if (last)
            for (const ActivityScore& s : last->scores)
                if (s.activity_id == a.id) score = s.score;
        f.activities.push_back(a);
        f.scores.push_back(score);
        if (f.activities.size() <= 3) f.names[f.activities.size() - 1] = a.name;
    }
}

void save(CheckInForm& f, App& app) {
    std::vector<ActivityScore> scores;
    for (size_t i = 0; i < f.activities.size(); i++) scores.push_back({f.activities[i].id, f.scores[i]});
    PlanChange change = app.check_in(f.pain, scores);
    f.saved = change.recorded;
    if (!change.recorded) f.result = "That check-in could not be saved.";
    else if (change.changed) f.result = change.reason;
    else if (change.held_by_clinician)   // the rules would have moved; the clinic decides, so tell them
        f.result = std::string("Saved. Your clinic's plan keeps you in ") + phase_title(change.to) + ". The app would have " +
                   (change.suggested < change.to ? "stepped back" : "moved on") + " to " + phase_title(change.suggested) +
                   ": let your clinic know how it is going.";
    else f.result = std::string("Saved. Your plan stays in ") + phase_title(change.to) + ".";
}

void draw_activity_editor(CheckInForm& f, App& app) {
    section_title("Your hard activities");
    builder_ui::text_field("Hard activity 1", &f.names[0], 60, "For example: putting on socks");
    builder_ui::text_field("Hard activity 2", &f.names[1], 60, "For example: getting out of bed");
    builder_ui::text_field("Hard activity 3", &f.names[2], 60, "For example: sitting for an hour");
    if (big_button("Save activities", ICON_EDIT, ButtonStyle::Secondary)) {
        app.set_activities({f.names[0], f.names[1], f.names[2]});
        f.loaded = false;   // read them again, with their new ids
        f.activities.clear();
        f.scores.clear();
    }
}

} // namespace

void draw_check_in(App& app, FrameNeeds&) {
    CheckInForm& f = app.screen_state<CheckInForm>();
    if (begin_screen("Daily check-in", true)) { app.back(); end_screen(); return; }
    const Episode* e = app.episode();
    if (!e) {
        paragraph("Start a plan with \"My back has gone\" on the home screen first.");
        end_screen();
        return;
    }
    if (!f.loaded) load_form(f, *e, app.today());
    if (f.saved) {
        paragraph(f.result.c_str());
        builder_ui::mirror_status(f.result.c_str());
        if (big_button("Done", ICON_CHECK, ButtonStyle::Primary)) app.back();
        end_screen();
        return;
    }
    pain_scale("Pain now", &f.pain);
    if (!f.activities.empty()) {
        section_title("How hard are these today?");
        muted("0: you cannot do it. 10: as well as before your back went.");
        for (size_t i = 0; i < f.activities.size(); i++) stepper_row(f.activities[i].name.c_str(), &f.scores[i], 0, 10, 1, "");
    }
    if (f.pain >= 0 && big_button("Save check-in", ICON_CHECK, ButtonStyle::Primary)) save(f, app);
    draw_activity_editor(f, app);
    end_screen();
}

} // namespace unclench
