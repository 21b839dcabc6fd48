#include "core/frame_pacer.h"

namespace unclench {

void FramePacer::after_frame(double now_ms, bool animating, double redraw_at_ms) {
    if (frames_owed_ > 0) frames_owed_--;
    animating_ = animating;
    redraw_at_ms_ = redraw_at_ms;
    last_draw_ms_ = now_ms;
}

bool FramePacer::should_draw(double now_ms) const {
    if (frames_owed_ > 0) return true;
    if (now_ms >= redraw_at_ms_) return true;
    // A small tolerance keeps a 60 Hz display at an even 30 fps instead of alternating 30/20.
    const double interval = 1000.0 / kAnimationFps - 2.0;
    return animating_ && now_ms - last_draw_ms_ >= interval;
}

} // namespace unclench
