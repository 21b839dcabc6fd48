#include <doctest/doctest.h>
#include "core/version.h"
#include <algorithm>
#include <string>

TEST_CASE("the version is a dotted triple") {
    std::string v = unclench::kVersion;
    CHECK(std::count(v.begin(), v.end(), '.') == 2);
}
