// The shipped assets: they load with zero problems and hold what the seeds prescribe.
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "catalogue_fixture.h"
#include "core/catalogue_json.h"
#include "core/routine_plan.h"

using namespace unclench;

namespace {
const Catalogue& shipped() {
    static const Catalogue catalogue = [] {
        LoadResult<Catalogue> r = load_catalogue(fixture::read_asset("catalogue.json"));
        return r.data.value_or(Catalogue{});
    }();
    return catalogue;
}

const std::vector<Routine>& shipped_routines() {
    static const std::vector<Routine> routines = [] {
        LoadResult<std::vector<Routine>> r = load_routines(fixture::read_asset("routines.json"), shipped());
        return r.data.value_or(std::vector<Routine>{});
    }();
    return routines;
}

const Routine* routine(const std::string& id) {
    for (const Routine& r : shipped_routines())
        if (r.id == id) return &r;
    return nullptr;
}

size_t words(const std::string& s) {
    std::istringstream in(s);
    std::string w;
    size_t n = 0;
    while (in >> w) n++;
    return n;
}
} // namespace

TEST_CASE("the shipped catalogue and routines load with zero problems") {
    LoadResult<Catalogue> c = load_catalogue(fixture::read_asset("catalogue.json"));
    INFO(fixture::dump(c.problems));
    REQUIRE(c.ok());
    CHECK(c.problems.empty());
    LoadResult<std::vector<Routine>> r = load_routines(fixture::read_asset("routines.json"), *c.data);
    INFO(fixture::dump(r.problems));
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
}

TEST_CASE("every exercise the seeds prescribe is in the catalogue") {
    for (const char* id : {"side-knee-drop", "pelvic-tilt-flatten", "pelvic-tilt-raise", "seated-hamstring-stretch",
                           "lying-hamstring-stretch", "childs-pose", "knees-to-chest", "cat-cow",
                           "arms-overhead-stretch", "upright-knee-raise", "single-knee-to-chest", "bridge",
                           "piriformis-stretch", "hip-flexor-stretch", "locust", "superman", "seated-spinal-twist"}) {
        CAPTURE(id);
        CHECK(shipped().exercise(id) != nullptr);
    }
}

TEST_CASE("movements several seeds describe are one exercise with each seed's dose") {
    auto sources = [](const char* id) { return shipped().exercise(id)->sources(); };
    CHECK(sources("childs-pose") == std::vector<std::string>{"seed-000", "seed-004"});
    CHECK(sources("cat-cow") == std::vector<std::string>{"seed-001", "seed-004"});
    CHECK(sources("bridge") == std::vector<std::string>{"seed-003", "seed-004"});
    CHECK(sources("pelvic-tilt-flatten") == std::vector<std::string>{"seed-000", "seed-004"});
}

TEST_CASE("the seeds' numbers are kept as given") {
    const Exercise& superman = *shipped().exercise("superman");
    CHECK(superman.dosages[0].hold_s == Amount::range(2, 5));
    CHECK(superman.dosages[0].reps == Amount::exactly(12));
    CHECK(superman.dosages[0].sets == Amount::exactly(3));
    const Dosage& knee = shipped().exercise("single-knee-to-chest")->dosages[0];
    CHECK(knee.hold_s == Amount::exactly(10));
    CHECK(knee.reps == Amount::at_most(10));
    CHECK(knee.times_per_day == Amount::at_most(3));
    CHECK(knee.per_side);
    CHECK(shipped().exercise("locust")->dosages[0].breaths == Amount::range(5, 10));
    CHECK(shipped().exercise("locust")->dosages[0].work == WorkKind::Breaths);
    CHECK(shipped().exercise("arms-overhead-stretch")->dosages[0].times_per_day == Amount::at_most(4));
    CHECK(shipped().exercise("seated-hamstring-stretch")->dosages[0].hold_s == Amount::range(15, 20));
}

TEST_CASE("vague seed doses are marked as our choice") {
    const Dosage& drop = shipped().exercise("side-knee-drop")->dosages[0];
    CHECK(drop.chosen == std::vector<std::string>{"reps"});
    CHECK_FALSE(drop.note.empty());
    const Dosage& tilt = *shipped().exercise("pelvic-tilt-flatten")->dosage("seed-004");
    CHECK(tilt.chosen == std::vector<std::string>{"hold_s"});
    for (const Exercise& e : shipped().exercises)
        for (const Dosage& d : e.dosages) {
            CAPTURE(e.id);
            CHECK(d.chosen.empty() == d.note.empty());   // every choice explains itself
        }
}

TEST_CASE("locust and superman warn off people with disc problems, and lying face down off pregnancy") {
    for (const char* id : {"locust", "superman"}) {
        const Exercise& e = *shipped().exercise(id);
        CHECK(e.avoid_if == std::vector<std::string>{"disc-problems", "pregnancy"});
        CHECK_FALSE(e.during_spasm);
    }
}

TEST_CASE("sided exercises alternate only where the seed (for the bird-dog, the usual practice) alternates") {
    std::set<std::string> alternating, each_side;
    for (const Exercise& e : shipped().exercises) {
        if (e.sides == SideMode::Alternating) alternating.insert(e.id);
        if (e.sides == SideMode::EachSide) each_side.insert(e.id);
    }
    CHECK(alternating == std::set<std::string>{"side-knee-drop", "single-knee-to-chest", "upright-knee-raise", "bird-dog"});
    CHECK(each_side == std::set<std::string>{"seated-hamstring-stretch", "lying-hamstring-stretch", "piriformis-stretch",
                                             "hip-flexor-stretch", "seated-spinal-twist"});
}

TEST_CASE("step lines are short enough for a phone and a person in pain: 6-14 words") {
    for (const Exercise& e : shipped().exercises) {
        CAPTURE(e.id);
        CHECK(words(e.start) >= 6);
        CHECK(words(e.start) <= 14);
        for (const std::string& s : e.steps) {
            CAPTURE(s);
            CHECK(words(s) >= 6);
            CHECK(words(s) <= 14);
        }
        CHECK(e.steps.size() <= 6);
    }
    for (const CareProtocol& c : shipped().care)
        for (const std::string& s : c.steps) {
            CAPTURE(s);
            CHECK(words(s) >= 6);
            CHECK(words(s) <= 14);
        }
}

TEST_CASE("voice cues are short, and figures are the exercise ids") {
    std::set<std::string> figures;
    for (const Exercise& e : shipped().exercises) {
        CAPTURE(e.id);
        CHECK(words(e.cue) <= 3);
        CHECK(e.figure == e.id);
        figures.insert(e.figure);
    }
    for (const CareProtocol& c : shipped().care) CHECK(words(c.cue) <= 3);
    CHECK(figures.size() == shipped().exercises.size());
}

TEST_CASE("care protocols carry the seeds' timings") {
    const CareTiming& cold = shipped().care_protocol("cold-pack")->timing.at(0);
    CHECK(cold.kind == TimingKind::Timer);
    CHECK(cold.duration_s == 900);
    CHECK(cold.repeat_every_s == 7200);
    CHECK(cold.for_days == 2);
    const CareTiming& heat = shipped().care_protocol("moist-heat")->timing.at(0);
    CHECK(heat.duration_s == 900);
    CHECK(heat.repeat_every_s == 14400);
    const CareTiming& contrast = shipped().care_protocol("ice-and-heat")->timing.at(0);
    CHECK(contrast.kind == TimingKind::Blocks);
    REQUIRE(contrast.blocks.size() == 2);
    CHECK(contrast.blocks[0] == CareBlock{"Ice", 1200, true});
    CHECK(contrast.blocks[1] == CareBlock{"Heat", 1200, false});
    CHECK(contrast.rounds == 1);   // the article's 20-minute switch, once: the cold rule's limit
    CHECK(shipped().care_protocol("rest")->timing.at(0).max_days == 3);
    CHECK(shipped().care_protocol("walk")->timing.at(0).duration_s == 600);
    const CareTiming& pacer = shipped().care_protocol("relaxation-breathing")->timing.at(0);
    CHECK(pacer.kind == TimingKind::Pacer);
    CHECK(pacer.inhale_s > 0);
    CHECK(pacer.exhale_s > pacer.inhale_s);
}

TEST_CASE("ice and heat come with their skin-safety rules") {
    for (const char* id : {"cold-pack", "moist-heat", "ice-and-heat"}) {
        CAPTURE(id);
        const CareProtocol& c = *shipped().care_protocol(id);
        std::string all;
        for (const std::string& s : c.safety) all += s + " ";
        const bool barrier = all.find("cloth") != std::string::npos || all.find("towel") != std::string::npos;
        CHECK(barrier);   // something between the pack and the skin
        CHECK(all.find("sleep") != std::string::npos);
        CHECK(all.find("skin") != std::string::npos);
    }
    std::string heat;
    for (const std::string& s : shipped().care_protocol("moist-heat")->safety) heat += s + " ";
    CHECK(heat.find("swelling") != std::string::npos);
}

TEST_CASE("every home-care topic the seeds raise is there, and medication has risks but no dose") {
    for (const char* id : {"cold-pack", "moist-heat", "ice-and-heat", "rest", "walk", "relaxation-breathing", "posture",
                           "lifting", "medication"}) {
        CAPTURE(id);
        CHECK(shipped().care_protocol(id) != nullptr);
    }
    const CareProtocol& m = *shipped().care_protocol("medication");
    CHECK(m.category == CareCategory::Medication);
    CHECK(m.timing.empty());
    CHECK(m.safety.size() >= 3);
}

TEST_CASE("every source is used") {
    std::set<std::string> used;
    for (const Exercise& e : shipped().exercises)
        for (const std::string& s : e.sources()) used.insert(s);
    for (const CareProtocol& c : shipped().care) used.insert(c.sources.begin(), c.sources.end());
    CHECK(used.size() == shipped().sources.size());
}

TEST_CASE("the required routines exist with the lengths they promise") {
    for (const char* id : {"relief-now", "prevention-5", "seed-000", "seed-001", "seed-002", "seed-003", "seed-004",
                           "daily-mobility", "quick-reset", "taster"}) {
        CAPTURE(id);
        CHECK(routine(id) != nullptr);
    }
    auto seconds = [](const char* id) { return routine_duration_ms(*routine(id), shipped()) / 1000; };
    CHECK(seconds("relief-now") >= 4 * 60);
    CHECK(seconds("relief-now") <= 6 * 60);
    CHECK(seconds("prevention-5") >= 5 * 60);
    CHECK(seconds("prevention-5") <= 6 * 60);
    CHECK(seconds("taster") <= 2 * 60);
    CHECK(seconds("quick-reset") <= 3 * 60);
    CHECK(seconds("daily-mobility") <= 8 * 60);
}

TEST_CASE("relief now holds only gentle positions: no locust, superman, bridges or child's pose") {
    const Routine& r = *routine("relief-now");
    CHECK(r.during_spasm);
    for (const RoutineStep& s : r.steps) {
        CAPTURE(s.exercise);
        CHECK(shipped().exercise(s.exercise)->during_spasm);
        for (const char* out : {"locust", "superman", "bridge", "childs-pose", "cat-cow"}) CHECK(s.exercise != out);
    }
}

// A seed routine changes a seed's dose only to start an "up to" dose low (with a note on building up).
TEST_CASE("each seed's routine holds exactly that seed's exercises at that seed's doses") {
    for (const Routine& r : shipped_routines()) {
        if (r.id.rfind("seed-", 0) != 0) continue;
        CAPTURE(r.id);
        for (const RoutineStep& s : r.steps) {
            CAPTURE(s.exercise);
            const Dosage* d = shipped().exercise(s.exercise)->dosage(s.source);
            REQUIRE(d != nullptr);
            CHECK(d->source == r.id);
            CHECK((!s.hold_s || (d->hold_s.up_to && *s.hold_s < d->hold_s.high)));
            CHECK((!s.reps || (d->reps.up_to && *s.reps < d->reps.high)));
            CHECK_FALSE(s.sets);
            CHECK_FALSE(s.breaths);
            if (s.hold_s || s.reps) CHECK_FALSE(s.note.empty());
        }
    }
    CHECK(routine("seed-003")->steps.size() == 6);   // five exercises; the fifth has two parts
}

TEST_CASE("prevention-5 follows seed 003 in order, with the bird-dog for the superman") {
    std::vector<std::string> ids;
    for (const RoutineStep& s : routine("prevention-5")->steps) ids.push_back(s.exercise);
    CHECK(ids == std::vector<std::string>{"bridge", "lying-hamstring-stretch", "piriformis-stretch", "hip-flexor-stretch",
                                          "locust", "bird-dog"});   // the bird-dog in the superman's place
}
