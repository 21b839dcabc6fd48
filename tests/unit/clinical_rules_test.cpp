// The clinical rules the shipped content keeps (issue 14): condition flags that flag something, routines
// for a fresh spasm that keep the app's own acute advice, honest routine names, "up to" doses that start
// low, one cold rule for every timer and reminder, and a medicines card without a dose.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "catalogue_fixture.h"
#include "core/body_demands.h"
#include "core/care_plan.h"
#include "core/care_timer.h"
#include "core/catalogue_json.h"
#include "core/cold_rule.h"

using namespace unclench;

namespace {

const Catalogue& shipped() {
    static const Catalogue catalogue = *load_catalogue(fixture::read_asset("catalogue.json")).data;
    return catalogue;
}

const std::vector<Routine>& shipped_routines() {
    static const std::vector<Routine> routines = *load_routines(fixture::read_asset("routines.json"), shipped()).data;
    return routines;
}

const Routine& routine(const std::string& id) {
    for (const Routine& r : shipped_routines())
        if (r.id == id) return r;
    FAIL("no routine " << id);
    return shipped_routines().front();
}

std::string lower(std::string s) {
    for (char& c : s) c = (char)std::tolower((unsigned char)c);
    return s;
}

bool contains(const std::string& text, const std::string& word) { return lower(text).find(word) != std::string::npos; }

std::string all_text(const CareProtocol& c) {
    std::string s = c.name + " " + c.cue + " " + c.purpose + " " + c.when + " " + c.note + " ";
    for (const std::string& line : c.steps) s += line + " ";
    for (const std::string& line : c.safety) s += line + " ";
    return s;
}

std::vector<std::string> ids_of(const Routine& r) {
    std::vector<std::string> ids;
    for (const RoutineStep& s : r.steps) ids.push_back(s.exercise);
    return ids;
}

} // namespace

//-----------------------------------------------------------------------------
// Condition flags
//-----------------------------------------------------------------------------

TEST_CASE("the condition ids are the ones the safety check reports, each with one rule and a reason") {
    CHECK(kConditionIds == std::vector<std::string>{"disc-problems", "knee-problems", "balance-problems", "pregnancy",
                                                    "osteoporosis", "hip-replacement"});
    REQUIRE(kConditionRules.size() == kConditionIds.size());
    for (size_t i = 0; i < kConditionIds.size(); i++) {
        CAPTURE(kConditionIds[i]);
        CHECK(kConditionRules[i].condition == kConditionIds[i]);
        CHECK_FALSE(kConditionRules[i].demands.empty());
        CHECK(kConditionRules[i].reason.size() > 40);
        for (const std::string& d : kConditionRules[i].demands) CHECK(known_demand(d));
    }
}

TEST_CASE("every demand tag on an exercise is known, and every known demand is used") {
    std::set<std::string> used;
    for (const Exercise& e : shipped().exercises)
        for (const std::string& d : e.demands) {
            CAPTURE(e.id);
            CHECK(known_demand(d));
            used.insert(d);
        }
    for (const Demand& d : kDemands) {
        CAPTURE(d.id);
        CHECK(used.count(d.id) == 1);
        CHECK_FALSE(d.meaning.empty());
    }
}

TEST_CASE("every condition flags at least one exercise") {
    for (const std::string& condition : kConditionIds) {
        CAPTURE(condition);
        CHECK(std::any_of(shipped().exercises.begin(), shipped().exercises.end(), [&](const Exercise& e) {
            return std::find(e.avoid_if.begin(), e.avoid_if.end(), condition) != e.avoid_if.end();
        }));
    }
}

TEST_CASE("avoid_if follows from the demands: named exercises") {
    auto avoid = [](const char* id) { return shipped().exercise(id)->avoid_if; };
    using L = std::vector<std::string>;
    CHECK(avoid("cat-cow") == L{"knee-problems"});
    CHECK(avoid("childs-pose") == L{"knee-problems", "osteoporosis", "hip-replacement"});
    CHECK(avoid("bird-dog") == L{"knee-problems", "balance-problems"});
    CHECK(avoid("upright-knee-raise") == L{"balance-problems"});
    CHECK(avoid("superman") == L{"disc-problems", "pregnancy"});
    CHECK(avoid("seated-spinal-twist") == L{"osteoporosis", "hip-replacement"});
    CHECK(avoid("side-knee-drop") == L{"osteoporosis", "hip-replacement"});
    CHECK(avoid("calves-on-chair") == L{"pregnancy"});
    CHECK(avoid("pelvic-tilt-flatten").empty());
    CHECK(avoid("side-lying-pillow").empty());
    for (const Exercise& e : shipped().exercises) CHECK(e.avoid_if == conditions_for_demands(e.demands));
}

//-----------------------------------------------------------------------------
// Routines
//-----------------------------------------------------------------------------

TEST_CASE("a routine for a fresh spasm holds no strength work, no kneeling, and no twist but the small knee rock") {
    int tagged = 0;
    for (const Routine& r : shipped_routines()) {
        if (!r.during_spasm) continue;
        tagged++;
        CAPTURE(r.id);
        CHECK(fresh_spasm_problems(r, shipped()).empty());
        for (const RoutineStep& s : r.steps) {
            const Exercise& e = *shipped().exercise(s.exercise);
            CAPTURE(e.id);
            CHECK(e.category != Category::Strength);
            CHECK(std::find(e.demands.begin(), e.demands.end(), "kneeling") == e.demands.end());
            bool twists = std::find(e.demands.begin(), e.demands.end(), "twisting") != e.demands.end();
            if (twists) CHECK(e.id == kSpasmSmallTwist);
        }
    }
    CHECK(tagged >= 1);
    for (const Exercise& e : shipped().exercises)
        if (e.during_spasm) CHECK(fresh_spasm_problem(e).empty());
}

TEST_CASE("the one twist a fresh spasm keeps starts with the feet on the floor") {
    const Exercise& drop = *shipped().exercise(kSpasmSmallTwist);
    CHECK(contains(drop.steps.front(), "feet flat on the floor"));
    CHECK(fresh_spasm_problem(*shipped().exercise("seated-spinal-twist")) != "");
    CHECK(fresh_spasm_problem(*shipped().exercise("childs-pose")) != "");
    CHECK(fresh_spasm_problem(*shipped().exercise("bridge")) != "");
}

TEST_CASE("relief now offers the resting positions and says it can be done on a bed") {
    const Routine& r = routine("relief-now");
    std::vector<std::string> ids = ids_of(r);
    CHECK(std::count(ids.begin(), ids.end(), "calves-on-chair") == 1);
    CHECK(std::count(ids.begin(), ids.end(), "side-lying-pillow") == 1);
    CHECK(contains(r.when, "bed"));
    const CareProtocol* floor = shipped().care_protocol("floor-and-up");
    REQUIRE(floor);
    CHECK(contains(r.when, lower(floor->name)));
    CHECK(contains(all_text(*floor), "roll"));
}

TEST_CASE("no routine name or description promises fast relief or a cure") {
    for (const Routine& r : shipped_routines())
        for (const std::string& text : {r.name, r.description, r.when}) {
            CAPTURE(text);
            for (const char* word : {"fast", "instant", "cure", "quick relief", "immediate", "miracle", "guarantee"})
                CHECK_FALSE(contains(text, word));
        }
}

TEST_CASE("routines with the bridge or a seated twist are not for a fresh spasm") {
    for (const Routine& r : shipped_routines()) {
        std::vector<std::string> ids = ids_of(r);
        bool hard = std::count(ids.begin(), ids.end(), "bridge") + std::count(ids.begin(), ids.end(), "seated-spinal-twist") > 0;
        CAPTURE(r.id);
        if (hard) CHECK_FALSE(r.during_spasm);
    }
}

TEST_CASE("'up to' doses start low in the built-in routines and say how to build up") {
    for (const Routine& r : shipped_routines())
        for (const RoutineStep& s : r.steps) {
            const Dosage& d = *shipped().exercise(s.exercise)->dosage(s.source);
            CAPTURE(r.id);
            CAPTURE(s.exercise);
            if (d.work != WorkKind::Breaths && d.hold_s.up_to) CHECK((s.hold_s && *s.hold_s < d.hold_s.high));
            if (d.work != WorkKind::Breaths && d.reps.up_to) CHECK((s.reps && *s.reps < d.reps.high));
            if (d.hold_s.up_to || d.reps.up_to) CHECK_FALSE(s.note.empty());
            bool says_up_to = d.as_given.find("up to") != std::string::npos;
            if (d.hold_s.up_to || d.reps.up_to) CHECK(says_up_to);   // the article's limit stays as given
        }
}

TEST_CASE("the bird-dog is the back-extensor move in prevention; the superman stays only in seed 003") {
    CHECK(shipped().exercise("bird-dog")->dosages.front().source == "physio");
    CHECK_FALSE(shipped().exercise("bird-dog")->dosages.front().note.empty());
    for (const Routine& r : shipped_routines()) {
        std::vector<std::string> ids = ids_of(r);
        CAPTURE(r.id);
        if (r.id != "seed-003") CHECK(std::count(ids.begin(), ids.end(), "superman") == 0);
    }
    std::vector<std::string> prevention = ids_of(routine("prevention-5"));
    CHECK(std::count(prevention.begin(), prevention.end(), "bird-dog") == 1);
    std::vector<std::string> full = ids_of(routine("seed-003"));
    CHECK(std::count(full.begin(), full.end(), "superman") == 1);
}

//-----------------------------------------------------------------------------
// Home care and medicines
//-----------------------------------------------------------------------------

TEST_CASE("no care timer run applies more cold than the cold rule allows") {
    int cold_protocols = 0;
    for (const CareProtocol& p : shipped().care) {
        CAPTURE(p.id);
        CHECK(cold_rule_problem(p).empty());
        std::optional<CareTimerPlan> plan = care_timer_plan(p);
        if (!plan) continue;
        CHECK(plan->cold_ms() <= kColdMaxPerRunS * 1000LL);
        if (plan->cold_ms() > 0) cold_protocols++;
    }
    CHECK(cold_protocols == 2);   // the cold pack and the ice-and-heat timer
    CHECK(cold_protocol_ids(shipped()) == std::vector<std::string>{"cold-pack", "ice-and-heat"});
}

TEST_CASE("after an ice-and-heat run the next cold pack waits the cold rule's 2 hours") {
    const int64_t start = 1762160400;   // 2025-11-03 09:00 UTC
    std::vector<CarePlanEntry> plan = {{"cold-pack", start}};
    std::vector<CareProtocolTiming> timings = care_plan_timings(plan, shipped());
    REQUIRE(timings.size() == 1);
    std::vector<CareDone> done = {{"cold-pack", start}, {"ice-and-heat", start + 3600}};
    std::vector<DueItem> next = next_due(timings, done, start + 3700, 0, 1);
    REQUIRE(next.size() == 1);
    CHECK(next[0].due_s == start + 3600 + kColdGapS);   // not start + 2 h: the ice came later
    CHECK(next_cold_allowed_s(shipped(), done) == start + 3600 + kColdGapS);
    CHECK(next_cold_allowed_s(shipped(), {{"walk", start}}) == 0);
}

TEST_CASE("the medicines card gives no dose and follows NICE and the NHS") {
    const CareProtocol& m = *shipped().care_protocol("medication");
    std::string text = all_text(m);
    CHECK(std::none_of(text.begin(), text.end(), [](char c) { return std::isdigit((unsigned char)c); }));
    for (const char* dose_word : {" mg", "milligram", "tablets a day", "twice a day", "every four hours"})
        CHECK_FALSE(contains(text, dose_word));
    CHECK(contains(text, "paracetamol on its own is not recommended"));
    CHECK(contains(text, "lowest dose"));
    CHECK(contains(text, "asthma"));
    CHECK(contains(text, "sixty-five"));
    CHECK(contains(text, "drowsiness"));
    CHECK(contains(text, "do not drive"));
    CHECK(contains(text, "opioids"));
    CHECK(contains(text, "not routinely offered"));
    CHECK(contains(text, "never this app"));
}

TEST_CASE("heat is allowed from the start when there was no injury; rest means staying active") {
    const CareProtocol& heat = *shipped().care_protocol("moist-heat");
    CHECK(contains(heat.when, "from the start"));
    CHECK(contains(heat.when, "injury"));
    const CareProtocol& rest = *shipped().care_protocol("rest");
    std::string text = all_text(rest);
    CHECK(contains(text, "once an hour"));
    CHECK(contains(text, "walk"));
    CHECK(contains(text, "do not rest in bed"));
}

TEST_CASE("every departure from an article says why in its note") {
    for (const CareProtocol& c : shipped().care)
        for (const CareTiming& t : c.timing) {
            CAPTURE(c.id);
            if (!t.chosen.empty()) CHECK_FALSE(t.note.empty());   // a note may also explain a reading
        }
    for (const Routine& r : shipped_routines())
        for (const RoutineStep& s : r.steps) {
            CAPTURE(r.id);
            CAPTURE(s.exercise);
            if (s.hold_s || s.reps || s.sets || s.breaths) CHECK((!s.note.empty() || !r.note.empty()));
        }
}
