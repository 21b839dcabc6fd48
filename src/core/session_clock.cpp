#include "core/session_clock.h"

#include <algorithm>

namespace unclench {

namespace {
// Readings beyond 30,000 years are a broken clock; clamping keeps every step free of overflow.
int64_t sane(int64_t t) { return std::clamp<int64_t>(t, -1000000000000000LL, 1000000000000000LL); }
} // namespace

SessionClock::SessionClock(SessionClockOptions options) : options_(options) {}

int64_t SessionClock::step_for(int64_t mono_step, int64_t wall_step) const {
    const int64_t step = mono_step > 0 ? mono_step : 0;
    const bool wall_plausible = wall_step >= 0 && wall_step <= options_.max_sleep_ms;
    if (wall_plausible && wall_step - step > options_.sleep_tolerance_ms)
        return wall_step;   // slept: the monotonic clock stood still while real time passed
    return step;
}

int64_t SessionClock::read(int64_t monotonic_ms, int64_t wall_ms) {
    monotonic_ms = sane(monotonic_ms);
    wall_ms = sane(wall_ms);
    if (has_wall_) {
        const int64_t mono_step = has_monotonic_ ? monotonic_ms - last_monotonic_ms_ : 0;
        session_ms_ += step_for(mono_step, wall_ms - last_wall_ms_);
    }
    has_monotonic_ = true;
    has_wall_ = true;
    last_monotonic_ms_ = monotonic_ms;
    last_wall_ms_ = wall_ms;
    return session_ms_;
}

void SessionClock::restore(const SessionClockSaved& saved) {
    session_ms_ = std::clamp<int64_t>(saved.session_ms, 0, 1000000000000000LL);
    last_wall_ms_ = sane(saved.wall_ms);
    has_wall_ = true;
    has_monotonic_ = false;
}

} // namespace unclench
