// About and safety: what the app is, what it is not, and when to get help instead.
#include <string>

#include "core/safety_check.h"
#include "core/version.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace unclench {

static void draw_signs(QuestionGroup group) {
    for (const SafetyQuestion& q : safety_questions()) {
        if (q.group != group) continue;
        std::string line = std::string("- ") + q.text;
        paragraph(line.c_str());
    }
}

void draw_about(App& app, FrameNeeds&) {
    if (begin_screen("About and safety", true)) app.back();
    paragraph("Unclench guides you through gentle stretches and self-care for a back muscle spasm.");
    muted("This app is not medical advice and does not replace a clinician.");
    // The same signs, in the same words, as the safety check: one list, read from core.
    section_title("Get help now if you have");
    draw_signs(QuestionGroup::Emergency);
    muted(safety_advice(Urgency::Emergency).action);
    section_title("See a doctor today if you have");
    draw_signs(QuestionGroup::Urgent);
    muted(safety_advice(Urgency::Today).action);
    section_title("Version");
    muted(kVersion);
    end_screen();
}

} // namespace unclench
