// The one clock the session engine runs on, built from two browser readings each frame.
//
// Why two: performance.now() is monotonic and smooth but may stop while the phone sleeps; Date.now()
// keeps counting through sleep but can be set back or forward at any moment (network time, the user).
//
// The rule (documented here, tested in session_clock_test.cpp):
//  - Normally the session clock advances by the monotonic step. A monotonic step below zero (a new
//    page, a new time origin) counts as zero.
//  - When the wall clock moved more than the monotonic clock by over `sleep_tolerance_ms`, the device
//    slept with the monotonic clock stopped: the session clock advances by the wall step instead.
//  - A wall step that is negative (clock set back) or larger than `max_sleep_ms` (clock set forward by
//    hours) is a clock change, not sleep: it is ignored and only the monotonic step counts.
//  - A wall step forward of a few minutes can't be told apart from a short sleep; it is taken as sleep.
// The result never goes backwards. All readings are whole milliseconds; the platform floors
// performance.now(), and since steps telescope, flooring loses nothing over a session.
#pragma once
#include <cstdint>

namespace unclench {

struct SessionClockOptions {
    int64_t sleep_tolerance_ms = 1000;          // gaps smaller than this are jitter, not sleep
    int64_t max_sleep_ms = 12LL * 3600 * 1000;  // a larger forward wall jump is a clock change
};

// What to keep across a page reload: the session time reached and the wall time it was reached at.
struct SessionClockSaved {
    int64_t session_ms = 0;
    int64_t wall_ms = 0;
};

class SessionClock {
public:
    explicit SessionClock(SessionClockOptions options = {});

    // Feed both readings; returns the session time in ms (starts at 0, never decreases).
    int64_t read(int64_t monotonic_ms, int64_t wall_ms);
    int64_t now() const { return session_ms_; }

    SessionClockSaved save() const { return {session_ms_, last_wall_ms_}; }
    // After a reload: continue from the saved time; the first read adds the wall time that passed
    // since, when it is plausible (0 .. max_sleep_ms), because the monotonic origin is new.
    void restore(const SessionClockSaved& saved);

private:
    int64_t step_for(int64_t mono_step, int64_t wall_step) const;

    SessionClockOptions options_;
    bool has_monotonic_ = false;
    bool has_wall_ = false;
    int64_t last_monotonic_ms_ = 0;
    int64_t last_wall_ms_ = 0;
    int64_t session_ms_ = 0;
};

} // namespace unclench
