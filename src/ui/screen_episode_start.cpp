// "My back has gone": the start of an episode in three short questions, and the person's own hard
// activities (the Patient-Specific Functional Scale scores them at each check-in). Starting asks the
// emergency signs again, as every new episode does.
#include "icons.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"
#include "ui/widgets_form.h"

namespace unclench {

namespace {

struct EpisodeForm : ScreenState {
    int when = 0;          // 0 today, 1 yesterday, 2 earlier
    int days_ago = 3;      // when earlier
    int injury = 0;        // 0 no, 1 yes
    int pain = -1;
    std::string activities[3];
    bool tried = false;    // Start pressed without a pain level: say what is missing
};

EpisodeStart start_of(const EpisodeForm& f) {
    EpisodeStart s;
    s.days_ago = f.when == 2 ? f.days_ago : f.when;
    s.after_injury = f.injury == 1;
    s.pain = f.pain;
    for (const std::string& a : f.activities)
        if (!a.empty()) s.activities.push_back(a);
    return s;
}

} // namespace

void draw_episode_start(App& app, FrameNeeds&) {
    EpisodeForm& f = app.screen_state<EpisodeForm>();
    if (begin_screen("My back has gone", true)) { app.back(); end_screen(); return; }
    muted("Three quick questions set up a day-by-day plan. Nothing leaves this device.");
    if (const ClinicianPlan* plan = app.plan_waiting_for_episode())
        paragraph(("Your plan from " + plan->clinic + " starts with these answers.").c_str());

    builder_ui::choice_row("When did it start?", {"Today", "Yesterday", "Earlier"}, &f.when);
    if (f.when == 2) stepper_row("Days ago", &f.days_ago, 2, 60, 1, "");
    builder_ui::choice_row("Did it follow a strain or an injury?", {"No", "Yes"}, &f.injury);
    pain_scale("How bad is it now?", &f.pain);

    section_title("Hard activities");
    muted("Name up to three everyday things your back makes hard. You will score them at each check-in.");
    builder_ui::text_field("Hard activity 1", &f.activities[0], 60, "For example: putting on socks");
    builder_ui::text_field("Hard activity 2", &f.activities[1], 60, "For example: getting out of bed");
    builder_ui::text_field("Hard activity 3", &f.activities[2], 60, "For example: sitting for an hour");

    if (f.tried && f.pain < 0) {
        paragraph("Choose how bad it is now, from 0 to 10.");
        builder_ui::mirror_status("Choose how bad it is now, from 0 to 10.");
    }
    if (big_button("Start my plan", ICON_CHECK, ButtonStyle::Primary)) {
        f.tried = true;
        if (f.pain >= 0) {
            app.start_episode(start_of(f));
            app.home();
            app.go(ScreenId::Safety);   // the emergency signs, asked again for the new episode
        }
    }
    end_screen();
}

} // namespace unclench
