// Home: one tap to relief, then routines, home care and safety.
#include "icons.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

void draw_home(App& app, FrameNeeds&) {
    begin_screen("Unclench", false);
    muted("Gentle, guided relief for a back in spasm.");
    ImGui::Dummy(ImVec2(1, 4));
    big_button("Relief now", ICON_SELF_IMPROVEMENT, ButtonStyle::Primary, kTouchTarget * 1.4f);

    section_title("Routines");
    list_row(ICON_SPA, "All routines", "Stretches and strengthening, from 2 to 10 minutes");

    section_title("Home care");
    list_row(ICON_AC_UNIT, "Ice, heat and walking", "Timers and reminders for self-care");

    section_title("Safety");
    if (list_row(ICON_INFO, "About and safety", "When to see a doctor, and how this app works"))
        app.go(ScreenId::About);
    end_screen();
}

} // namespace unclench
