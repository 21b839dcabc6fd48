#include <doctest/doctest.h>
#include "core/care_schedule.h"

#include "core/catalogue_json.h"

#include <fstream>
#include <sstream>

using namespace unclench;

namespace {

const int64_t kMonday = 1709510400;   // 2024-03-04 00:00 UTC
const int64_t H = 3600, M = 60;

CareProtocolTiming cold_pack(int64_t start) {
    CareProtocolTiming t;
    t.id = "cold-pack";
    t.title = "Cold pack";
    t.start_s = start;
    t.duration_s = 15 * 60;
    t.repeat_every_s = 2 * 3600;
    t.for_days = 2;
    return t;
}

CareProtocolTiming moist_heat(int64_t start) {
    CareProtocolTiming t;
    t.id = "moist-heat";
    t.title = "Moist heat";
    t.start_s = start;
    t.duration_s = 15 * 60;
    t.repeat_every_s = 4 * 3600;
    return t;
}

CareProtocolTiming exercise_three_a_day(int64_t start) {
    CareProtocolTiming t;
    t.id = "stretches";
    t.title = "Stretches";
    t.start_s = start;
    t.duration_s = 6 * 60;
    t.times_per_day = 3;
    return t;
}

std::vector<int64_t> due_times(const std::vector<DueItem>& items) {
    std::vector<int64_t> out;
    for (const DueItem& i : items) out.push_back(i.due_s);
    return out;
}

} // namespace

TEST_CASE("a new cold pack protocol is due at its start and every two hours after") {
    int64_t start = kMonday + 9 * H;
    auto items = next_due({cold_pack(start)}, {}, start, 0, 4);
    CHECK(due_times(items) == std::vector<int64_t>{start, start + 2 * H, start + 4 * H, start + 6 * H});
    CHECK(items[0].title == "Cold pack");
    CHECK(items[0].duration_s == 900);
    CHECK_FALSE(items[0].overdue);
}

TEST_CASE("a session done late pushes the next one to last done plus the interval") {
    int64_t start = kMonday + 9 * H;
    std::vector<CareDone> done = {{"cold-pack", start + 40 * M}};
    auto items = next_due({cold_pack(start)}, done, start + 50 * M, 0, 2);
    CHECK(due_times(items) == std::vector<int64_t>{start + 2 * H + 40 * M, start + 4 * H + 40 * M});
}

TEST_CASE("a missed session is due now, not in the past, and the series continues from now") {
    int64_t start = kMonday + 9 * H;
    std::vector<CareDone> done = {{"cold-pack", start}};
    int64_t now = kMonday + 14 * H;
    auto items = next_due({cold_pack(start)}, done, now, 0, 2);
    CHECK(due_times(items) == std::vector<int64_t>{now, now + 2 * H});
    CHECK(items[0].overdue);
    CHECK_FALSE(items[1].overdue);
}

TEST_CASE("no reminders during the night: a due time at 23:00 moves to 07:00") {
    int64_t start = kMonday + 19 * H;
    auto items = next_due({cold_pack(start)}, {}, start, 0, 3);
    CHECK(due_times(items) == std::vector<int64_t>{kMonday + 19 * H, kMonday + 21 * H, kMonday + 31 * H});
}

TEST_CASE("quiet hours follow the local clock, not UTC") {
    // UTC+2: 20:30 UTC is 22:30 local, so the reminder waits until 07:00 local = 05:00 UTC.
    int64_t start = kMonday + 18 * H + 30 * M;
    auto items = next_due({cold_pack(start)}, {}, start, 120, 2);
    CHECK(due_times(items) == std::vector<int64_t>{start, kMonday + 29 * H});
    // UTC-5: 03:00 UTC is 22:00 local the day before.
    auto west = next_due({cold_pack(kMonday + 1 * H)}, {}, kMonday + 1 * H, -300, 2);
    CHECK(due_times(west) == std::vector<int64_t>{kMonday + 1 * H, kMonday + 12 * H});
}

TEST_CASE("quiet hours can be turned off") {
    CareOptions options;
    options.quiet_hours = false;
    int64_t start = kMonday + 21 * H;
    auto items = next_due({cold_pack(start)}, {}, start, 0, 3, options);
    CHECK(due_times(items) == std::vector<int64_t>{start, start + 2 * H, start + 4 * H});
}

TEST_CASE("the cold pack stops two days after it started") {
    int64_t start = kMonday + 9 * H;
    auto items = next_due({cold_pack(start)}, {}, start, 0, 100);
    REQUIRE_FALSE(items.empty());
    CHECK(items.back().due_s < start + 48 * H);
    CHECK(next_due({cold_pack(start)}, {}, start + 48 * H, 0, 5).empty());
}

TEST_CASE("moist heat repeats every four hours until the person stops it") {
    int64_t start = kMonday + 8 * H;
    int64_t later = start + 30 * 24 * H;   // a month on, still going
    std::vector<CareDone> done = {{"moist-heat", later}};
    auto items = next_due({moist_heat(start)}, done, later, 0, 2);
    CHECK(due_times(items) == std::vector<int64_t>{later + 4 * H, later + 8 * H});
}

TEST_CASE("three times a day spreads over the waking hours") {
    int64_t start = kMonday + 7 * H;
    auto items = next_due({exercise_three_a_day(start)}, {}, start, 0, 4);
    // 15 waking hours / 3 = every 5 hours: 07:00, 12:00, 17:00, then 22:00 is quiet -> 07:00.
    CHECK(due_times(items) ==
          std::vector<int64_t>{start, start + 5 * H, start + 10 * H, kMonday + 31 * H});
}

TEST_CASE("once today's sessions are done, the next one is due tomorrow morning") {
    CareProtocolTiming t = exercise_three_a_day(kMonday + 7 * H);
    t.repeat_every_s = 2 * 3600;   // allowed to come closer together, still at most 3 a day
    std::vector<CareDone> done = {{"stretches", kMonday + 8 * H}, {"stretches", kMonday + 9 * H},
                                  {"stretches", kMonday + 10 * H}};
    auto items = next_due({t}, done, kMonday + 10 * H + 30 * M, 0, 4);
    CHECK(due_times(items) ==
          std::vector<int64_t>{kMonday + 31 * H, kMonday + 33 * H, kMonday + 35 * H, kMonday + 55 * H});
}

TEST_CASE("alternating ice and heat names the phase of each session") {
    CareProtocolTiming t;
    t.id = "ice-heat";
    t.title = "Ice and heat";
    t.start_s = kMonday + 10 * H;
    t.duration_s = 20 * 60;
    t.repeat_every_s = 20 * 60;
    t.phases = {"Ice", "Heat"};
    auto fresh = next_due({t}, {}, t.start_s, 0, 3);
    REQUIRE(fresh.size() == 3);
    CHECK(fresh[0].phase == "Ice");
    CHECK(fresh[1].phase == "Heat");
    CHECK(fresh[2].phase == "Ice");
    CHECK(fresh[1].due_s == t.start_s + 20 * M);
    auto after_one = next_due({t}, {{"ice-heat", t.start_s}}, t.start_s + 20 * M, 0, 1);
    REQUIRE(after_one.size() == 1);
    CHECK(after_one[0].phase == "Heat");
}

TEST_CASE("several protocols merge into one list, earliest first, cut at max_items") {
    int64_t start = kMonday + 9 * H;
    auto items = next_due({moist_heat(start + 30 * M), cold_pack(start)}, {}, start, 0, 4);
    REQUIRE(items.size() == 4);
    CHECK(items[0].protocol_id == "cold-pack");
    CHECK(items[1].protocol_id == "moist-heat");
    CHECK(items[2].protocol_id == "cold-pack");
    CHECK(items[3].protocol_id == "cold-pack");
    for (size_t i = 1; i < items.size(); i++) CHECK(items[i - 1].due_s <= items[i].due_s);
}

TEST_CASE("sessions done before the protocol started and other protocols' sessions are ignored") {
    int64_t start = kMonday + 9 * H;
    std::vector<CareDone> done = {{"cold-pack", start - 5 * H}, {"moist-heat", start + 1 * H}};
    auto items = next_due({cold_pack(start)}, done, start, 0, 1);
    CHECK(due_times(items) == std::vector<int64_t>{start});
}

TEST_CASE("invalid timings and silly arguments give nothing rather than garbage") {
    CareProtocolTiming no_repeat = cold_pack(kMonday);
    no_repeat.repeat_every_s = 0;
    CareProtocolTiming no_duration = cold_pack(kMonday);
    no_duration.duration_s = -1;
    CHECK_FALSE(care_timing_valid(no_repeat));
    CHECK_FALSE(care_timing_valid(no_duration));
    CHECK(care_timing_valid(cold_pack(kMonday)));
    CHECK(next_due({no_repeat, no_duration}, {}, kMonday, 0, 5).empty());
    CHECK(next_due({cold_pack(kMonday)}, {}, kMonday, 0, 0).empty());
    CHECK(next_due({cold_pack(kMonday)}, {}, -1, 0, 5).empty());
    CHECK(next_due({moist_heat(kMonday)}, {}, kMonday, 0, 1000000).size() == 1000);
}

TEST_CASE("due sessions become calendar reminders that survive an .ics round trip") {
    CareProtocolTiming t;
    t.id = "ice-heat";
    t.title = "Ice and heat";
    t.start_s = kMonday + 10 * H;
    t.duration_s = 20 * 60;
    t.repeat_every_s = 20 * 60;
    t.phases = {"Ice", "Heat"};
    auto events = care_calendar_events(next_due({t}, {}, t.start_s, 0, 6), 120);
    REQUIRE(events.size() == 6);
    CHECK(events[1].title == "Ice and heat: Heat");
    CHECK(events[1].start_s == t.start_s + 20 * M);
    CHECK(events[1].duration_s == 1200);
    IcsParseResult back = parse_ics(write_ics(events, kMonday));
    REQUIRE(back.ok);
    REQUIRE(back.events.size() == 6);
    CHECK(back.events[5].title == "Ice and heat: Heat");
    CHECK(back.events[5].alarm_before_s == 120);
}

TEST_CASE("a protocol with a session limit ends after that many sessions") {
    CareProtocolTiming t = cold_pack(kMonday + 9 * H);
    t.max_sessions = 3;
    CHECK(next_due({t}, {}, t.start_s, 0, 10).size() == 3);
    CHECK(next_due({t}, {{"cold-pack", t.start_s}, {"cold-pack", t.start_s + 2 * H}}, t.start_s + 3 * H, 0, 10).size() == 1);
}

TEST_CASE("the shipped care protocols map onto schedules") {
    std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/catalogue.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    LoadResult<Catalogue> catalogue = load_catalogue(text.str());
    REQUIRE(catalogue.ok());
    const Catalogue& c = *catalogue.data;
    int64_t start = kMonday + 9 * H;

    REQUIRE(c.care_protocol("cold-pack"));
    std::optional<CareProtocolTiming> cold = care_timing_for(*c.care_protocol("cold-pack"), start);
    REQUIRE(cold);
    CHECK(cold->duration_s == 15 * 60);
    CHECK(cold->repeat_every_s == 2 * 3600);
    CHECK(cold->for_days == 2);

    REQUIRE(c.care_protocol("ice-and-heat"));
    std::optional<CareProtocolTiming> contrast = care_timing_for(*c.care_protocol("ice-and-heat"), start);
    REQUIRE(contrast);
    auto items = next_due({*contrast}, {}, start, 0, 10);
    REQUIRE(items.size() == size_t(contrast->max_sessions));
    CHECK(items[0].phase == "Ice");
    CHECK(items[1].phase == "Heat");
    CHECK(items[1].due_s == start + 20 * M);

    int schedulable = 0;
    for (const CareProtocol& p : c.care) {
        std::optional<CareProtocolTiming> t = care_timing_for(p, start);
        if (!t) continue;
        schedulable++;
        CAPTURE(p.id);
        CHECK(care_timing_valid(*t));
        CHECK_FALSE(next_due({*t}, {}, start, 0, 3).empty());
    }
    CHECK(schedulable >= 4);   // cold, heat, ice and heat, walks (and the rest and posture nudges)
    if (const CareProtocol* advice = c.care_protocol("lifting")) CHECK_FALSE(care_timing_for(*advice, start));
}
