#include <doctest/doctest.h>
#include <cstdint>
#include "core/session_clock.h"

using namespace unclench;

namespace {
const int64_t kMinute = 60 * 1000;
const int64_t kHour = 60 * kMinute;
const int64_t kWallStart = 1700000000000;  // some Date.now() value
} // namespace

TEST_CASE("the session clock starts at zero and follows the monotonic clock") {
    SessionClock clock;
    CHECK(clock.read(5000, kWallStart) == 0);
    CHECK(clock.read(5016, kWallStart + 16) == 16);
    CHECK(clock.read(6016, kWallStart + 1000) == 1016);  // small disagreement: monotonic wins
}

TEST_CASE("a monotonic clock that stopped while the phone slept is corrected by the wall clock") {
    SessionClock clock;
    clock.read(1000, kWallStart);
    clock.read(2000, kWallStart + 1000);
    // Locked for five minutes: performance.now() barely moved, Date.now() moved five minutes.
    CHECK(clock.read(2016, kWallStart + 1000 + 5 * kMinute) == 1000 + 5 * kMinute);
    CHECK(clock.read(3016, kWallStart + 2000 + 5 * kMinute) == 2000 + 5 * kMinute);
}

TEST_CASE("a wall clock set back an hour changes nothing") {
    SessionClock clock;
    clock.read(0, kWallStart);
    clock.read(10000, kWallStart + 10000);
    CHECK(clock.read(10016, kWallStart + 10016 - kHour) == 10016);
    CHECK(clock.read(11016, kWallStart + 11016 - kHour) == 11016);
}

TEST_CASE("a wall clock set forward a day is a clock change, not sleep") {
    SessionClock clock;
    clock.read(0, kWallStart);
    CHECK(clock.read(16, kWallStart + 16 + 24 * kHour) == 16);
    CHECK(clock.read(1016, kWallStart + 1016 + 24 * kHour) == 1016);
}

TEST_CASE("the session clock never goes backwards, even when the monotonic clock does") {
    SessionClock clock;
    clock.read(50000, kWallStart);
    clock.read(51000, kWallStart + 1000);
    CHECK(clock.read(10, kWallStart + 1010) == 1000);
    CHECK(clock.read(1010, kWallStart + 2010) == 2000);
}

TEST_CASE("after a reload the clock continues from the saved time plus the wall time that passed") {
    SessionClock first;
    first.read(0, kWallStart);
    first.read(90000, kWallStart + 90000);
    SessionClockSaved saved = first.save();
    CHECK(saved.session_ms == 90000);

    SessionClock second;
    second.restore(saved);
    CHECK(second.read(300, kWallStart + 95000) == 95000);   // new page: performance.now() restarted
    CHECK(second.read(1300, kWallStart + 96000) == 96000);
}

TEST_CASE("a reload after the wall clock went back resumes where it was") {
    SessionClock clock;
    clock.restore({40000, kWallStart});
    CHECK(clock.read(100, kWallStart - kHour) == 40000);
    CHECK(clock.read(1100, kWallStart - kHour + 1000) == 41000);
}

TEST_CASE("absurd readings from a broken clock do not overflow") {
    SessionClock clock;
    clock.read(INT64_MIN, INT64_MIN);
    CHECK(clock.read(INT64_MAX, INT64_MAX) >= 0);
    CHECK(clock.read(0, 0) == clock.now());
}
