// What the widgets and the mirror keep from one call to the next, owned by the App (one a context, as
// Dear ImGui keeps its own state in its ImGuiContext). ImGui's io.UserData points at it, so the UI
// holds no state of its own at file scope and two Apps (in tests) never share any.
#pragma once
#include "core/figure_pose.h"
#include "ui/mirror.h"

namespace unclench {

struct UiTheme;

// The current screen's layout and touch scrolling (ui/widgets.cpp).
struct WidgetLayout {
    float column_x = 0, column_w = 0;   // the centred content column of the current screen
    bool in_footer = false;
    bool dragging = false;
    float fling_velocity = 0;           // CSS px per second after a touch drag is released
};

struct UiContext {
    UiTheme* theme = nullptr;
    WidgetLayout layout;
    MirrorState mirror;
    FigureSet figures;              // the exercise figures, read on first use (ui/figure_view.cpp)
    bool figures_loaded = false;
};

// The context of the App whose frame is being drawn (set by App::init and at each frame).
UiContext& ui_context();
void set_ui_context(UiContext* context);

} // namespace unclench
