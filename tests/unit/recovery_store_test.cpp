#include <doctest/doctest.h>

#include "core/progress_store.h"

using namespace unclench;

namespace {
const int64_t kNow = 1762156800;   // 2025-11-03T08:00:00Z
const int64_t kToday = 20395;
}

TEST_CASE("an episode, its check-in and the lessons read are there after reloading") {
    MemoryStore mem;
    {
        ProgressStore store(mem, "x");
        CHECK(store.load(kNow).empty());
        RecoveryRecord rec;
        rec.episode = start_episode(kToday, true, 7, kNow);
        REQUIRE(rec.episode);
        int socks = add_activity(*rec.episode, "Putting on socks");
        REQUIRE(record_check_in(*rec.episode, {kToday, kNow, 6, {{socks, 3}}}));
        mark_lesson_read(rec, "common");
        mark_lesson_read(rec, "common");   // once is enough
        CHECK(store.save_recovery(rec).empty());
    }
    ProgressStore again(mem, "x");
    CHECK(again.load(kNow).empty());
    const RecoveryRecord& rec = again.data().recovery;
    REQUIRE(rec.episode);
    CHECK(rec.episode->start_pain == 7);
    CHECK(rec.episode->after_injury);
    REQUIRE(rec.episode->check_ins.size() == 1);
    CHECK(rec.episode->check_ins[0].scores[0].score == 3);
    CHECK(rec.lessons_read == std::vector<std::string>{"common"});
}

TEST_CASE("a damaged recovery value is set aside whole and the app starts without an episode") {
    MemoryStore mem;
    mem.set("unclench/x/v2/recovery", std::string("{\"episode\": [1,2,\0 more", 24));
    ProgressStore store(mem, "x");
    Notices notices = store.load(kNow);
    REQUIRE_FALSE(notices.empty());
    CHECK(notices[0].kind == NoticeKind::Quarantined);
    CHECK_FALSE(store.data().recovery.episode);
    auto aside = mem.keys_with_prefix("unclench/x/v2/quarantine/").keys;
    REQUIRE(aside.size() == 1);
    CHECK(mem.get(aside[0]).value->size() == 24);   // the NUL and what follows it are kept
}
