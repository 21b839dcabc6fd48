// "Is your back in spasm right now?": asked once before a routine that is not meant for a fresh spasm
// (one with strength work or twisting). A yes points the person to Relief now, which is.
#include "icons.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

void draw_spasm_check(App& app, FrameNeeds&) {
    if (begin_screen("Before you start", true)) { app.back(); end_screen(); return; }
    const Routine* waiting = app.routine_waiting_for_spasm_answer();
    if (!waiting) {   // opened without a routine to start (a reload, an old link): nothing to ask
        paragraph("There is no routine waiting to start.");
        if (big_button("Home", ICON_HOME, ButtonStyle::Primary)) app.home();
        end_screen();
        return;
    }
    section_title("Is your back in spasm right now?");
    paragraph((waiting->name + " is not meant for a back that has just gone into spasm.").c_str());
    muted("Relief now holds only gentle positions and breathing, made for the first days.");
    ImGui::Dummy(ImVec2(1, 8));
    if (big_button("Yes: start Relief now instead", ICON_SELF_IMPROVEMENT, ButtonStyle::Primary))
        app.answer_spasm_question(true);
    std::string no = "No: start " + waiting->name;
    if (big_button(no.c_str(), ICON_PLAY_ARROW, ButtonStyle::Secondary)) app.answer_spasm_question(false);
    end_screen();
}

} // namespace unclench
