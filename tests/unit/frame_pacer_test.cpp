#include <doctest/doctest.h>
#include "core/frame_pacer.h"

using unclench::FramePacer;

static void settle(FramePacer& p, double& now) {
    while (p.should_draw(now)) { p.after_frame(now, false, FramePacer::kNever); now += 16.7; }
}

TEST_CASE("an idle app stops drawing after start-up and can sleep") {
    FramePacer p;
    double now = 0;
    settle(p, now);
    CHECK(p.can_sleep());
    CHECK_FALSE(p.should_draw(now + 10000));
    CHECK(p.wake_at_ms() == FramePacer::kNever);
}

TEST_CASE("input wakes the app at once and keeps it drawing for a few frames") {
    FramePacer p;
    double now = 0;
    settle(p, now);
    p.on_input();
    int drawn = 0;
    while (p.should_draw(now)) { p.after_frame(now, false, FramePacer::kNever); now += 16.7; drawn++; }
    CHECK(drawn == FramePacer::kFramesAfterInput);
    CHECK(p.can_sleep());
}

TEST_CASE("the frames owed to input count down to none, even while a timer animates") {
    FramePacer p;
    double now = 0;
    p.on_input();
    CHECK(p.frames_owed() == FramePacer::kFramesAfterInput);
    for (int i = 0; i < FramePacer::kFramesAfterInput; i++, now += 33.4) p.after_frame(now, true, FramePacer::kNever);
    CHECK(p.frames_owed() == 0);
    CHECK_FALSE(p.can_sleep());   // still animating: the layout has settled, the ring has not
}

TEST_CASE("a running timer animates at about 30 frames a second on a 60 Hz display") {
    FramePacer p;
    double now = 0;
    settle(p, now);
    p.on_input();
    int drawn = 0;
    for (int i = 0; i < 600; i++, now += 1000.0 / 60.0) {
        if (p.should_draw(now)) { p.after_frame(now, true, FramePacer::kNever); drawn++; }
    }
    CHECK(drawn >= 295);
    CHECK(drawn <= 310);
    CHECK_FALSE(p.can_sleep());
}

TEST_CASE("a scheduled redraw happens at its time and not before") {
    FramePacer p;
    double now = 0;
    settle(p, now);
    p.after_frame(now, false, now + 1000);
    CHECK(p.can_sleep());
    CHECK(p.wake_at_ms() == doctest::Approx(now + 1000));
    CHECK_FALSE(p.should_draw(now + 999));
    CHECK(p.should_draw(now + 1000));
}
