// The browser's clocks: performance.now (monotonic, may stop during sleep), Date.now (wall time) and
// the local time zone. The session engine never reads these; the app feeds them to SessionClock.
#pragma once
#include <cstdint>

namespace unclench::web {

int64_t monotonic_ms();        // floor(performance.now())
int64_t wall_ms();             // Date.now()
int tz_offset_minutes();       // local time minus UTC, in minutes (UTC+1 -> 60)

} // namespace unclench::web
