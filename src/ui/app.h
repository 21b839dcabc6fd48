// The app: owns the theme, the screens and the state they show; draws one frame when asked.
#pragma once
#include <imgui.h>
#include <vector>

#include "core/frame_pacer.h"
#include "ui/theme.h"

namespace unclench {

enum class ScreenId { Home, About };

// What the next frame needs: keep animating, or a redraw at a future time (FramePacer::kNever: none).
struct FrameNeeds {
    bool animating = false;
    double redraw_at_ms = FramePacer::kNever;
};

class App {
public:
    void init();
    FrameNeeds frame(double now_ms);
    ImVec4 background() const { return ImGui::ColorConvertU32ToFloat4(theme_.pal.bg); }
    const char* screen_id() const;

    void go(ScreenId screen) { stack_.push_back(screen); }
    void back() { if (stack_.size() > 1) stack_.pop_back(); }
    ScreenId screen() const { return stack_.back(); }

private:
    void sync_theme();

    Theme theme_;
    std::vector<ScreenId> stack_{ScreenId::Home};
    bool applied_dark_ = false;
    float applied_text_scale_ = 0;
};

} // namespace unclench
