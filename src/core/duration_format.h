// Plain-text durations for people: "0:45", "5:30", "1:02:03", and "about 6 min".
#pragma once
#include <cstdint>
#include <string>

namespace unclench {

// Clock style, rounded up to the next whole second so a countdown never shows 0 while time is left.
std::string format_clock(int64_t ms);

// Words for a routine's length, rounded to the nearest minute ("under a minute" below 30 s).
std::string format_minutes(int64_t ms);

} // namespace unclench
