#include <doctest/doctest.h>
#include "core/care_timer.h"

#include "core/catalogue_json.h"

#include <fstream>
#include <sstream>

using namespace unclench;

namespace {

const int64_t S = 1000, MIN = 60 * S;

CareTimerPlan one_block(int64_t ms) {
    CareTimerPlan p;
    p.protocol_id = "cold-pack";
    p.title = "Cold pack";
    p.segments = {{"Cold pack", ms}};
    p.done_words = "Time is up.";
    return p;
}

CareTimerPlan ice_and_heat() {
    CareTimerPlan p = one_block(0);
    p.segments = {{"Ice", 20 * MIN}, {"Heat", 20 * MIN}, {"Ice", 20 * MIN}, {"Heat", 20 * MIN}};
    return p;
}

const Catalogue& shipped() {
    static Catalogue c = [] {
        std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/catalogue.json", std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        LoadResult<Catalogue> loaded = load_catalogue(text.str());
        REQUIRE(loaded.ok());
        return *loaded.data;
    }();
    return c;
}

const Cue* find_cue(const std::vector<Cue>& cues, CueKind kind) {
    for (const Cue& c : cues)
        if (c.kind == kind) return &c;
    return nullptr;
}

} // namespace

TEST_CASE("every care protocol with a timer in the catalogue gets one, the rest none") {
    const Catalogue& c = shipped();
    auto cold = care_timer_plan(*c.care_protocol("cold-pack"));
    REQUIRE(cold);
    CHECK(cold->total_ms() == 15 * MIN);
    auto heat = care_timer_plan(*c.care_protocol("moist-heat"));
    REQUIRE(heat);
    CHECK(heat->total_ms() == 15 * MIN);
    auto contrast = care_timer_plan(*c.care_protocol("ice-and-heat"));
    REQUIRE(contrast);
    REQUIRE(contrast->segments.size() == 2);   // one round: 20 minutes of ice is the cold rule's limit
    CHECK(contrast->segments[0].label == "Ice");
    CHECK(contrast->segments[0].cold);
    CHECK(contrast->segments[1].label == "Heat");
    CHECK_FALSE(contrast->segments[1].cold);
    CHECK(contrast->segments[1].duration_ms == 20 * MIN);
    CHECK(contrast->cold_ms() == 20 * MIN);
    CHECK(cold->cold_ms() == 15 * MIN);
    CHECK(heat->cold_ms() == 0);
    auto walk = care_timer_plan(*c.care_protocol("walk"));
    REQUIRE(walk);
    CHECK(walk->total_ms() == 10 * MIN);
    auto breathe = care_timer_plan(*c.care_protocol("relaxation-breathing"));
    REQUIRE(breathe);
    CHECK(breathe->pacer());
    CHECK(breathe->inhale_ms == 4 * S);
    CHECK(breathe->exhale_ms == 6 * S);
    CHECK_FALSE(care_timer_plan(*c.care_protocol("posture")));
    CHECK_FALSE(care_timer_plan(*c.care_protocol("medication")));
}

TEST_CASE("a timer ends exactly its length after the start, plus pauses, at any frame rate") {
    CareTimer t(one_block(15 * MIN));
    CHECK(t.start(1000));
    CHECK(t.end_ms() == 1000 + 15 * MIN);
    CHECK(t.pause(1000 + 5 * MIN));
    CHECK(t.end_ms() == -1);
    CHECK(t.view(1000 + 50 * MIN).total_remaining_ms == 10 * MIN);   // paused: time stands still
    CHECK(t.resume(1000 + 7 * MIN));
    CHECK(t.end_ms() == 1000 + 17 * MIN);
    CHECK_FALSE(t.finished(1000 + 17 * MIN - 1));
    CHECK(t.finished(1000 + 17 * MIN));
    CHECK(t.view(1000 + 99 * MIN).elapsed_ms == 15 * MIN);
}

TEST_CASE("after a long gap the view lands on the right block and second") {
    CareTimer t(ice_and_heat());
    t.start(0);
    CareTimerView v = t.view(47 * MIN + 30 * S);   // 7:30 into the second ice block
    CHECK(v.segment == 2);
    CHECK(v.label == "Ice");
    CHECK(v.segment_remaining_ms == 12 * MIN + 30 * S);
    CHECK(v.total_remaining_ms == 32 * MIN + 30 * S);
    CHECK(v.segment_end_ms == 60 * MIN);
}

TEST_CASE("controls that make no sense are refused") {
    CareTimer t(one_block(MIN));
    CHECK_FALSE(t.pause(0));
    CHECK_FALSE(t.resume(0));
    CHECK_FALSE(t.stop(0));
    CHECK(t.start(0));
    CHECK_FALSE(t.start(10));
    CHECK_FALSE(t.resume(10));
    CHECK(t.stop(30 * S));
    CHECK(t.finished(30 * S));
    CHECK(t.view(40 * S).stopped_early);
    CHECK(t.view(40 * S).elapsed_ms == 30 * S);
    CHECK_FALSE(t.resume(40 * S));
    CareTimer empty(CareTimerPlan{});
    CHECK_FALSE(empty.start(0));
}

TEST_CASE("a clock that goes backwards never gives negative time") {
    CareTimer t(one_block(MIN));
    t.start(10 * S);
    CHECK(t.view(5 * S).elapsed_ms == 0);
    t.pause(20 * S);
    t.resume(15 * S);   // counts as 20 s
    CHECK(t.view(25 * S).elapsed_ms == 15 * S);
}

TEST_CASE("cues: a switch at each block change and a closing cue at the exact end") {
    CareTimer t(ice_and_heat());
    t.start(1000);
    std::vector<Cue> cues = t.cues_between(0, 200 * MIN);
    REQUIRE_FALSE(cues.empty());
    CHECK(cues.front().due_ms == 1000);
    CHECK(cues.front().words == "Ice");
    int switches = 0;
    for (const Cue& c : cues)
        if (c.kind == CueKind::SwitchSide) {
            switches++;
            CHECK(c.beep == Beep::Start);
            CHECK(c.words.rfind("Switch to ", 0) == 0);
        }
    CHECK(switches == 3);
    const Cue* end = find_cue(cues, CueKind::SessionDone);
    REQUIRE(end);
    CHECK(end->due_ms == 1000 + 80 * MIN);
    CHECK(end->beep == Beep::End);
    CHECK(std::is_sorted(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.due_ms < b.due_ms; }));
}

TEST_CASE("cue ids are stable between looks and change generation with every control") {
    CareTimer t(one_block(10 * MIN));
    t.start(0);
    auto a = t.cues_between(9 * MIN, 11 * MIN);
    auto b = t.cues_between(9 * MIN, 11 * MIN);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); i++) CHECK(a[i].id == b[i].id);
    uint32_t g = t.generation();
    t.pause(MIN);
    CHECK(t.generation() != g);
    CHECK(t.cues_between(0, 100 * MIN).empty());   // nothing while paused
    t.resume(3 * MIN);
    auto c = t.cues_between(0, 100 * MIN);
    const Cue* end = find_cue(c, CueKind::SessionDone);
    REQUIRE(end);
    CHECK(end->due_ms == 12 * MIN);
    CHECK(end->id != find_cue(a, CueKind::SessionDone)->id);
    for (const Cue& cue : c) CHECK(cue.due_ms > 3 * MIN);   // the start is not cued again on resume
}

TEST_CASE("a long block warns one minute before its end and counts down the last three seconds") {
    CareTimer t(one_block(15 * MIN));
    t.start(0);
    auto cues = t.cues_between(0, 15 * MIN);
    const Cue* minute = find_cue(cues, CueKind::Halfway);
    REQUIRE(minute);
    CHECK(minute->due_ms == 14 * MIN);
    CHECK(minute->words == "One minute left");
    int ticks = 0;
    for (const Cue& c : cues)
        if (c.kind == CueKind::Countdown) { ticks++; CHECK(c.beep == Beep::Tick); }
    CHECK(ticks == 3);
    CHECK(t.cues_between(0, 14 * MIN).size() < cues.size());
}

TEST_CASE("the breathing pacer moves in, out and speaks only the first breaths") {
    CareTimerPlan p = one_block(5 * MIN);
    p.inhale_ms = 4 * S;
    p.exhale_ms = 6 * S;
    CareTimer t(p);
    t.start(0);
    CHECK(t.view(1 * S).breath == BreathStep::In);
    CHECK(t.view(2 * S).breath_fraction == doctest::Approx(0.5f));
    CHECK(t.view(5 * S).breath == BreathStep::Out);
    CHECK(t.view(10 * S).breath == BreathStep::In);   // the second breath
    int spoken = 0;
    for (const Cue& c : t.cues_between(0, 5 * MIN))
        if (c.kind == CueKind::TempoStep) spoken++;
    CHECK(spoken == 6);   // three breaths, in and out
    CHECK(t.view(5 * MIN).breath == BreathStep::None);
}
