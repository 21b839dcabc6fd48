#include "ui/embed_ui.h"

#include <string>

#include "icons.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/widgets.h"

namespace unclench {

void draw_clinic_banner(App& app) {
    const EmbedOptions& o = app.platform().embed_options();
    if (o.clinic) {
        std::string line = std::string(ICON_LOCAL_HOSPITAL) + "  Prescribed by " + *o.clinic;
        muted(line.c_str());
    }
    if (!app.platform().embed_in_frame()) return;
    muted("What you do here is kept for this website only.");
    if (big_button("Open in the full app", ICON_OPEN_IN_NEW, ButtonStyle::Quiet)) app.platform().open_full_app("");
}

} // namespace unclench
