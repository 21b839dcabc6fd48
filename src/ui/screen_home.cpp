// Home: one tap to relief, then everything else, each a big row.
#include "icons.h"
#include "ui/app.h"
#include "ui/care_summary.h"
#include "ui/embed_ui.h"
#include "ui/home_plan.h"
#include "ui/notices_view.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

// Straight into the Player: someone in a spasm should not have to read a routine page first.
static void start_relief(App& app) {
    if (const Routine* r = app.find_routine("relief-now")) app.start_routine(*r, kNoPain);
}

void draw_home(App& app, FrameNeeds&) {
    begin_screen("Unclench", false);
    draw_notices(app);
    draw_clinic_banner(app);
    muted("Gentle, guided relief for a back in spasm.");
    ImGui::Dummy(ImVec2(1, 4));
    if (big_button("Relief now", ICON_SELF_IMPROVEMENT, ButtonStyle::Primary, kTouchTarget * 1.4f)) start_relief(app);
    draw_home_plan(app);

    draw_care_due_summary(app);

    section_title("Move");
    if (list_row(ICON_SPA, "Routines", "Guided sessions, from 2 to 10 minutes")) app.go(ScreenId::Routines);
    if (list_row(ICON_FITNESS_CENTER, "Exercises", "Every stretch and how to do it")) app.go(ScreenId::Exercises);
    if (list_row(ICON_EDIT, "Build a routine", "Pick exercises and share them as a link")) app.go(ScreenId::Builder);

    section_title("Care and progress");
    if (list_row(ICON_AC_UNIT, "Home care", "Ice, heat, walking and breathing timers")) app.go(ScreenId::Care);
    if (list_row(ICON_BAR_CHART, "Progress", "Your sessions and pain over time")) app.go(ScreenId::Progress);
    if (list_row(ICON_MENU_BOOK, "Lessons", "Short reads on getting better")) app.go(ScreenId::Lessons);

    section_title("Safety and settings");
    if (list_row(ICON_HEALING, "Safety check", "Signs that need a doctor first")) app.go(ScreenId::Safety);
    if (list_row(ICON_SETTINGS, "Settings", "Sound, voice, timing, text size, theme")) app.go(ScreenId::Settings);
    if (list_row(ICON_INFO, "About and safety", "When to see a doctor, and how this app works")) app.go(ScreenId::About);
    end_screen();
}

} // namespace unclench
