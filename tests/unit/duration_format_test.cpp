#include <doctest/doctest.h>
#include "core/duration_format.h"

using unclench::format_clock;
using unclench::format_minutes;

TEST_CASE("a countdown rounds up so it never shows zero while time is left") {
    CHECK(format_clock(0) == "0:00");
    CHECK(format_clock(1) == "0:01");
    CHECK(format_clock(1000) == "0:01");
    CHECK(format_clock(1001) == "0:02");
    CHECK(format_clock(59999) == "1:00");
    CHECK(format_clock(-5) == "0:00");
}

TEST_CASE("clock style switches to hours past an hour") {
    CHECK(format_clock(330000) == "5:30");
    CHECK(format_clock(3723000) == "1:02:03");
}

TEST_CASE("routine lengths read as whole minutes") {
    CHECK(format_minutes(10000) == "under a minute");
    CHECK(format_minutes(60000) == "about 1 min");
    CHECK(format_minutes(330000) == "about 6 min");
}
