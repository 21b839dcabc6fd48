// Decides when the app draws a frame, so an idle app draws nothing at all.
//
// The browser calls us on every animation frame while we ask for it. We draw when input arrived
// (and for a few frames after it, because Dear ImGui settles hover/active states over several frames),
// when something animates (a running timer: capped to a calm frame rate), or when a redraw was
// scheduled for a moment in the future (e.g. the next second of a paused countdown). Otherwise we
// let the animation-frame loop stop until the next wake-up.
#pragma once
#include <cstdint>

namespace unclench {

class FramePacer {
public:
    static constexpr int kFramesAfterInput = 6;       // ImGui needs a few frames to process a tap
    static constexpr double kAnimationFps = 30.0;     // a countdown ring looks smooth at 30 fps
    static constexpr double kNever = 1e300;

    // Something the person did: draw now and for a few frames after.
    void on_input() { frames_owed_ = kFramesAfterInput; }

    // After each drawn frame the app says what it needs next: keep animating, or a redraw at a time.
    void after_frame(double now_ms, bool animating, double redraw_at_ms);

    // On an animation frame: should we draw now?
    bool should_draw(double now_ms) const;

    // When nothing is owed and nothing animates, the loop can stop; wake at this time (kNever: on input).
    bool can_sleep() const { return frames_owed_ == 0 && !animating_; }
    double wake_at_ms() const { return redraw_at_ms_; }
    // Frames still owed to the last input: while any are, the layout may still move (tests wait for 0).
    int frames_owed() const { return frames_owed_; }

private:
    int frames_owed_ = kFramesAfterInput;   // the first frames after start-up are drawn
    bool animating_ = false;
    double last_draw_ms_ = -kNever;
    double redraw_at_ms_ = kNever;
};

} // namespace unclench
