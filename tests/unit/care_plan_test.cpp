#include <doctest/doctest.h>
#include "core/care_plan.h"

#include <cstdint>
#include <string>

using namespace unclench;

namespace {

const int64_t kHour = 3600, kDay = 86400;
const int64_t kStart = 1762160400;   // 2025-11-03 09:00 UTC

CareTiming timer(int duration_s, int repeat_every_s, int times_per_day, int for_days) {
    CareTiming t;
    t.kind = TimingKind::Timer;
    t.duration_s = duration_s;
    t.repeat_every_s = repeat_every_s;
    t.times_per_day = times_per_day;
    t.for_days = for_days;
    return t;
}

CareProtocol protocol(const std::string& id, std::vector<CareTiming> timing) {
    CareProtocol p;
    p.id = id;
    p.name = id;
    p.timing = std::move(timing);
    return p;
}

CareProtocol ice_and_heat() {
    CareTiming blocks;
    blocks.kind = TimingKind::Blocks;
    blocks.blocks = {{"Ice", 1200}, {"Heat", 1200}};
    blocks.rounds = 2;
    return protocol("ice-and-heat", {blocks});
}

// Like the shipped catalogue: a cold pack for two days, moist heat until stopped, a walk three times a
// day, alternating ice and heat, and advice with no timing.
Catalogue catalogue() {
    Catalogue c;
    c.care.push_back(protocol("cold-pack", {timer(900, 2 * 3600, 0, 2)}));
    c.care.push_back(protocol("moist-heat", {timer(900, 4 * 3600, 0, 0)}));
    c.care.push_back(protocol("walk", {timer(600, 0, 3, 0)}));
    c.care.push_back(ice_and_heat());
    c.care.push_back(protocol("lifting", {}));
    return c;
}

std::vector<CarePlanEntry> entries(std::initializer_list<std::pair<const char*, int64_t>> list) {
    std::vector<CarePlanEntry> out;
    for (const auto& [id, start] : list) out.push_back({id, start});
    return out;
}

bool same(const std::vector<CarePlanEntry>& a, const std::vector<CarePlanEntry>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); i++)
        if (a[i].protocol_id != b[i].protocol_id || a[i].start_s != b[i].start_s) return false;
    return true;
}

} // namespace

//-----------------------------------------------------------------------------
// The stored text
//-----------------------------------------------------------------------------

TEST_CASE("a care plan is stored as a JSON list of ids and start times") {
    CHECK(care_plan_text(entries({{"cold-pack", kStart}, {"walk", kStart + kHour}})) ==
          R"([{"id":"cold-pack","start":1762160400},{"id":"walk","start":1762164000}])");
    CHECK(care_plan_text({}) == "[]");
}

TEST_CASE("a care plan reads back what was written, in order") {
    std::vector<CarePlanEntry> plan = entries({{"walk", kStart + kHour}, {"cold-pack", kStart}, {"cold-pack", -5}});
    CHECK(same(parse_care_plan(care_plan_text(plan)), plan));
    CHECK(parse_care_plan("[]").empty());
}

TEST_CASE("damaged care plan text reads as no reminders") {
    for (const char* text : {"", "not json", "[{\"id\": \"walk\", \"start\": 1}", "{\"id\": \"walk\", \"start\": 1}",
                             "null", "42", "\"[]\"", "[1, 2] trailing"}) {
        CAPTURE(text);
        CHECK(parse_care_plan(text).empty());
    }
}

TEST_CASE("care plan entries of the wrong shape are skipped and the rest kept") {
    std::string text = R"([
        {"id": "walk", "start": 100},
        {"id": 7, "start": 100},
        {"id": "walk"},
        {"start": 100},
        {"id": "walk", "start": "100"},
        {"id": "walk", "start": 100.5},
        {"id": "walk", "start": true},
        {"id": ["walk"], "start": 100},
        "walk", 100, null, [], {},
        {"id": "cold-pack", "start": 200, "extra": "ignored"}
    ])";
    CHECK(same(parse_care_plan(text), entries({{"walk", 100}, {"cold-pack", 200}})));
}

TEST_CASE("hostile care plan text: NUL inside an id, huge and negative numbers") {
    std::vector<CarePlanEntry> plan =
        parse_care_plan(R"([{"id": "cold\u0000pack", "start": 1}, {"id": "walk", "start": -9223372036854775808},
                            {"id": "walk", "start": 99999999999999999999999}, {"id": "walk", "start": 1e300}])");
    REQUIRE(plan.size() == 2);   // numbers too big for a whole number read as fractions, and are skipped
    CHECK(plan[0].protocol_id == std::string("cold\0pack", 9));
    CHECK(plan[1].start_s == INT64_MIN);
    // None of them runs: no such protocol, and no schedule starts before 1970.
    CHECK(care_plan_running(plan, catalogue(), kStart).empty());
    // A number beyond any number type makes the whole text unreadable: no reminders.
    CHECK(parse_care_plan(R"([{"id": "walk", "start": 1}, {"id": "walk", "start": 1e400}])").empty());
}

TEST_CASE("a start too big for a signed number wraps around, and such an entry never runs") {
    std::vector<CarePlanEntry> plan = parse_care_plan(R"([{"id": "walk", "start": 18446744073709551615}])");
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].start_s == -1);
    CHECK(care_plan_running(plan, catalogue(), kStart).empty());
}

TEST_CASE("a care plan id that is not UTF-8 is written with a replacement, never thrown on") {
    std::string text = care_plan_text({{std::string("walk\xff"), 1}});
    CHECK(text == "[{\"id\":\"walk\xEF\xBF\xBD\",\"start\":1}]");
}

//-----------------------------------------------------------------------------
// What runs
//-----------------------------------------------------------------------------

TEST_CASE("the cold pack reminds for two days after it started, then drops out of the plan") {
    std::vector<CarePlanEntry> plan = entries({{"cold-pack", kStart}, {"moist-heat", kStart}});
    CHECK(same(care_plan_running(plan, catalogue(), kStart + 2 * kDay - 1), plan));
    CHECK(same(care_plan_running(plan, catalogue(), kStart + 2 * kDay), entries({{"moist-heat", kStart}})));
}

TEST_CASE("protocols that are not in the catalogue, or cannot be scheduled, drop out of the plan") {
    std::vector<CarePlanEntry> plan =
        entries({{"gone", kStart}, {"lifting", kStart}, {"walk", kStart}, {"ice-and-heat", kStart}});
    // ice and heat is a schedule of alternating sessions, so it runs; advice has none.
    CHECK(same(care_plan_running(plan, catalogue(), kStart), entries({{"walk", kStart}, {"ice-and-heat", kStart}})));
}

TEST_CASE("turning a protocol's reminders on adds it from now, once; turning them off removes it") {
    Catalogue c = catalogue();
    std::vector<CarePlanEntry> plan = entries({{"walk", kStart}, {"cold-pack", kStart}});
    std::vector<CarePlanEntry> on = care_plan_with(plan, *c.care_protocol("cold-pack"), true, kStart + kHour);
    CHECK(same(on, entries({{"walk", kStart}, {"cold-pack", kStart + kHour}})));
    CHECK(same(care_plan_with(on, *c.care_protocol("cold-pack"), false, kStart), entries({{"walk", kStart}})));
    CHECK(care_plan_has(on, "cold-pack"));
    CHECK_FALSE(care_plan_has(care_plan_with(on, *c.care_protocol("cold-pack"), false, 0), "cold-pack"));
}

TEST_CASE("turning on reminders of a protocol that cannot remind leaves it out") {
    Catalogue c = catalogue();
    std::vector<CarePlanEntry> plan = entries({{"ice-and-heat", kStart}});
    CHECK(care_plan_with(plan, *c.care_protocol("ice-and-heat"), true, kStart).empty());
    CHECK(care_plan_with({}, *c.care_protocol("lifting"), true, kStart).empty());
}

TEST_CASE("each planned protocol in the catalogue gives its schedule, from the day it started") {
    std::vector<CareProtocolTiming> timings =
        care_plan_timings(entries({{"gone", kStart}, {"walk", kStart + kHour}, {"cold-pack", kStart}}), catalogue());
    REQUIRE(timings.size() == 2);
    CHECK(timings[0].id == "walk");
    CHECK(timings[0].start_s == kStart + kHour);
    CHECK(timings[0].times_per_day == 3);
    CHECK(timings[1].id == "cold-pack");
    CHECK(timings[1].repeat_every_s == 2 * 3600);
}

//-----------------------------------------------------------------------------
// One protocol
//-----------------------------------------------------------------------------

TEST_CASE("timers and nudges can remind; alternating blocks, pacers and advice cannot") {
    Catalogue c = catalogue();
    CHECK(care_plan_can_remind(*c.care_protocol("cold-pack")));
    CHECK(care_plan_can_remind(*c.care_protocol("walk")));
    CHECK_FALSE(care_plan_can_remind(*c.care_protocol("ice-and-heat")));
    CHECK_FALSE(care_plan_can_remind(*c.care_protocol("lifting")));
    CareTiming pacer;
    pacer.kind = TimingKind::Pacer;
    pacer.inhale_s = 4;
    pacer.exhale_s = 6;
    pacer.duration_s = 300;
    CHECK_FALSE(care_plan_can_remind(protocol("breathing", {pacer})));
}

TEST_CASE("how a protocol repeats reads 'every 2 hours for 2 days', '3 times a day', 'every hour'") {
    CHECK(care_plan_repeat_text(protocol("a", {timer(900, 2 * 3600, 0, 2)})) == "every 2 hours for 2 days");
    CHECK(care_plan_repeat_text(protocol("b", {timer(600, 0, 3, 0)})) == "3 times a day");
    CHECK(care_plan_repeat_text(protocol("c", {timer(60, 3600, 0, 0)})) == "every hour");
    CHECK(care_plan_repeat_text(protocol("d", {timer(60, 90 * 60, 0, 1)})) == "every 90 minutes for 1 day");
    CHECK(care_plan_repeat_text(ice_and_heat()) == "");
    CHECK(care_plan_repeat_text(protocol("e", {})) == "");
}

TEST_CASE("a nudge during a rest period repeats for the period's days") {
    CareTiming period;
    period.kind = TimingKind::Period;
    period.max_days = 3;
    CareTiming reminder;
    reminder.kind = TimingKind::Reminder;
    reminder.repeat_every_s = 3600;
    CHECK(care_plan_repeat_text(protocol("rest", {period, reminder})) == "every hour for 3 days");
}
