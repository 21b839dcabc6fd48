#include <doctest/doctest.h>

#include <string>

#include "core/stable_order.h"

using namespace unclench;

TEST_CASE("stable order puts keys ascending and keeps equal keys in their first order") {
    CHECK(stable_order({}) == std::vector<uint32_t>{});
    CHECK(stable_order({5, 1, 5, 0, 1}) == std::vector<uint32_t>{3, 1, 4, 0, 2});
}

TEST_CASE("sorting by a negated key puts the newest first and ties stay as they came") {
    struct Item { int64_t start; std::string name; };
    std::vector<Item> items = {{10, "a"}, {30, "b"}, {10, "c"}, {20, "d"}, {30, "e"}};
    sort_stably_by(items, [](const Item& i) { return -i.start; });
    std::string names;
    for (const Item& i : items) names += i.name;
    CHECK(names == "bedac");
}
