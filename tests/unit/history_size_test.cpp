// Storage size targets, measured on the deterministic synthetic history. (Speed is measured by the
// storage_bench tool, not here: timed unit tests are flaky under sanitizers.)
#include <doctest/doctest.h>

#include "core/history_synthetic.h"
#include "core/progress_store.h"

using namespace unclench;

TEST_CASE("ten years of four sessions a day fit in 1.5 MB of localStorage") {
    std::vector<SessionRecord> history = make_synthetic_history(10, 7);
    REQUIRE(history.size() == 14600);
    MemoryStore mem;
    ProgressStore store(mem, "default");
    store.load(kSyntheticFirstDay);
    CHECK(store.merge_history(history, {}).empty());
    int64_t units = mem.used_units("unclench/default/");
    CHECK(units <= 1500 * 1000);
    CHECK(units / 14600 < 70);   // well under 100 per session
    MESSAGE("10 years: " << units << " UTF-16 units, " << units / 14600 << " per session");

    ProgressStore reloaded(mem, "default");
    CHECK(reloaded.load(kSyntheticFirstDay).empty());
    CHECK(reloaded.data().sessions.size() == 14600);
}

TEST_CASE("the synthetic history is the same for the same seed and differs for another") {
    std::vector<SessionRecord> a = make_synthetic_history(1, 3), b = make_synthetic_history(1, 3),
                               c = make_synthetic_history(1, 4);
    REQUIRE(a.size() == 1460);
    CHECK(a[100].id == b[100].id);
    CHECK(a[100].id != c[100].id);
    int unusable = 0;
    for (const SessionRecord& r : a) unusable += session_problem(r).empty() ? 0 : 1;
    CHECK(unusable == 0);
}
