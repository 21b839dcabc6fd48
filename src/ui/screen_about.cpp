// About and safety: what the app is, what it is not, and when to get help instead.
#include "core/version.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

void draw_about(App& app, FrameNeeds&) {
    if (begin_screen("About and safety", true)) app.back();
    paragraph("Unclench guides you through gentle stretches and self-care for a back muscle spasm.");
    muted("This app is not medical advice and does not replace a clinician.");
    section_title("Get help first if");
    paragraph("You have numbness around your groin or buttocks, new trouble controlling your bladder or "
              "bowels, weakness in both legs, a fever, or pain after a serious fall.");
    section_title("Version");
    muted(kVersion);
    end_screen();
}

} // namespace unclench
