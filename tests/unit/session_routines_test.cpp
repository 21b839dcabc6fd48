// Every built-in routine, loaded from assets, planned, and played to the end in the engine.
#include <doctest/doctest.h>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include "core/catalogue_json.h"
#include "core/routine_plan.h"
#include "core/session_engine.h"

using namespace unclench;

namespace {

std::string read_asset(const char* name) {
    std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/" + name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

struct BuiltIns {
    Catalogue catalogue;
    std::vector<Routine> routines;
};

BuiltIns load_built_ins() {
    BuiltIns b;
    LoadResult<Catalogue> catalogue = load_catalogue(read_asset("catalogue.json"));
    REQUIRE(catalogue.ok());
    b.catalogue = *catalogue.data;
    LoadResult<std::vector<Routine>> routines = load_routines(read_asset("routines.json"), b.catalogue);
    REQUIRE(routines.ok());
    b.routines = *routines.data;
    REQUIRE(!b.routines.empty());
    return b;
}

// Frames until the engine reports the end; returns the end it reports (-1 if it never ends).
int64_t play_to_end(SessionEngine& engine, int64_t start, const std::function<int64_t(int64_t)>& step,
                    size_t& phases_seen) {
    engine.start(start);
    phases_seen = 1;
    int last = 0;
    int64_t now = start;
    const int64_t give_up = start + engine.planned_ms() + 60000;
    while (now < give_up) {
        now = step(now);
        AdvanceResult r = engine.advance(now);
        phases_seen += r.passed_unseen.size();
        if (r.finished_now) return engine.snapshot(now).finished_at_ms;
        if (r.phase != last) { phases_seen++; last = r.phase; }
    }
    return -1;
}

} // namespace

TEST_CASE("every built-in routine has a sane total duration that the engine agrees with") {
    BuiltIns b = load_built_ins();
    for (const Routine& routine : b.routines) {
        CAPTURE(routine.id);
        SessionPlan plan = make_plan(routine, b.catalogue);
        const int64_t total = plan_duration_ms(plan);
        CHECK(total == routine_duration_ms(routine, b.catalogue));
        CHECK(total >= 60 * 1000);                     // a routine is worth starting
        CHECK(total <= 60 * 60 * 1000);                // and short enough for someone in pain
        int64_t items = 0;
        for (const PlanItem& item : plan.items) items += item_duration_ms(item);
        CHECK(items == total);
        SessionEngine engine(plan);
        CHECK(engine.planned_ms() == total);
        CHECK(engine.snapshot(0).session_remaining_ms == total);
    }
}

TEST_CASE("every built-in routine ends at exactly its planned length at several frame rates") {
    BuiltIns b = load_built_ins();
    for (const Routine& routine : b.routines) {
        CAPTURE(routine.id);
        const SessionPlan plan = make_plan(routine, b.catalogue);
        const int64_t total = plan_duration_ms(plan);
        for (int fps : {1, 10, 60}) {
            CAPTURE(fps);
            SessionEngine engine(plan);
            int64_t k = 0;
            size_t seen = 0;
            CHECK(play_to_end(engine, 500, [&](int64_t) { return 500 + ++k * 1000 / fps; }, seen) == 500 + total);
            CHECK(seen == engine.timeline().size());
            SessionSummary s = engine.summary(500 + total);
            CHECK(s.end == EndReason::Completed);
            CHECK(s.items_done == (int)plan.items.size());
        }
        std::mt19937 rng(17);
        std::uniform_int_distribution<int> jitter(1, 400);
        SessionEngine engine(plan);
        size_t seen = 0;
        CHECK(play_to_end(engine, 0, [&](int64_t now) { return now + jitter(rng); }, seen) == total);
        CHECK(seen == engine.timeline().size());
    }
}

TEST_CASE("every built-in routine announces its end on time") {
    BuiltIns b = load_built_ins();
    for (const Routine& routine : b.routines) {
        CAPTURE(routine.id);
        SessionEngine engine(make_plan(routine, b.catalogue));
        engine.start(0);
        std::vector<Cue> cues = engine.upcoming_cues(0, 24 * 3600 * 1000);
        REQUIRE(!cues.empty());
        CHECK(cues.front().words.rfind("Get ready: ", 0) == 0);
        CHECK(cues.back().kind == CueKind::SessionDone);
        CHECK(cues.back().due_ms == engine.planned_ms());
        for (size_t i = 1; i < cues.size(); i++) CHECK(cues[i - 1].due_ms <= cues[i].due_ms);
    }
}
