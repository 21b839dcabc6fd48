// The catalogue loader: every rule reports its problem at the right JSON path, and a file with any
// problem yields no data at all.
//
// Index of this file:
// [SECTION] The document, fields and types
// [SECTION] Doses
// [SECTION] Exercises: vocabularies, demands, the spasm mark
// [SECTION] Text, care and sources
// [SECTION] Whole files and hostile values
#include <doctest/doctest.h>

#include "catalogue_fixture.h"
#include "core/catalogue_json.h"

using namespace unclench;
using fixture::has;
using fixture::Json;

namespace {
std::vector<Problem> problems_after(void (*change)(Json&)) {
    Json doc = fixture::catalogue();
    change(doc);
    return fixture::catalogue_problems(doc);
}
} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The document, fields and types
//-----------------------------------------------------------------------------

TEST_CASE("the fixture catalogue loads cleanly") {
    LoadResult<Catalogue> r = load_catalogue(fixture::catalogue().dump());
    INFO(fixture::dump(r.problems));
    REQUIRE(r.ok());
    CHECK(r.data->exercises.size() == 5);
    CHECK(r.data->exercise("side-knee-drop")->sides == SideMode::Alternating);
    CHECK(r.data->exercise("side-knee-drop")->dosages[0].reps == Amount::at_most(3));
    CHECK(r.data->exercise("knees-to-chest")->dosages[1].hold_s == Amount::range(20, 30));
    CHECK(r.data->exercise("knees-to-chest")->sources() == std::vector<std::string>{"seed-000", "seed-001"});
    CHECK(r.data->care_protocol("contrast")->timing[0].blocks.size() == 2);
}

TEST_CASE("text that is not JSON is one problem at the document, with no data") {
    LoadResult<Catalogue> r = load_catalogue("{\"version\": 1,");
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.data.has_value());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "");
    CHECK(r.problems[0].message.rfind("not valid JSON: ", 0) == 0);
    CHECK(r.problems[0].message.find("json.exception") == std::string::npos);
}

TEST_CASE("empty text and invalid UTF-8 are reported, not thrown") {
    CHECK(has(load_catalogue("").problems, "", "not valid JSON"));
    CHECK(has(load_catalogue("{\"version\": \"\xff\"}").problems, "", "not valid JSON"));
}

TEST_CASE("the document must be an object of the current version") {
    CHECK(has(load_catalogue("[]").problems, "", "must be an object"));
    CHECK(has(problems_after([](Json& d) { d.erase("version"); }), "/version", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["version"] = 2; }), "/version", "unsupported version 2"));
    CHECK(has(problems_after([](Json& d) { d["version"] = "1"; }), "/version", "whole number"));
}

TEST_CASE("unknown fields are reported wherever they are") {
    CHECK(has(problems_after([](Json& d) { d["colour"] = "red"; }), "/colour", "unknown field"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][2]["speed"] = 1; }), "/exercises/2/speed", "unknown field"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][1]["rest_s"] = 5; }),
              "/exercises/0/dosages/1/rest_s", "unknown field"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["extra"] = true; }), "/care/0/timing/0/extra",
              "unknown field"));
    // JSON pointer escaping: "a/b" is written a~1b.
    CHECK(has(problems_after([](Json& d) { d["sources"][0]["a/b~"] = 1; }), "/sources/0/a~1b~0", "unknown field"));
}

TEST_CASE("missing required fields are named by path") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][3].erase("name"); }), "/exercises/3/name", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0].erase("dosages"); }), "/exercises/0/dosages", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0].erase("as_given"); }),
              "/exercises/0/dosages/0/as_given", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["care"][1].erase("sources"); }), "/care/1/sources", "is missing"));
    CHECK(has(problems_after([](Json& d) { d.erase("exercises"); }), "/exercises", "is missing"));
}

TEST_CASE("wrong types are reported, never thrown") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["name"] = 5; }), "/exercises/0/name", "must be text"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["steps"] = "one"; }), "/exercises/0/steps", "must be a list"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["steps"][0] = Json::array(); }), "/exercises/0/steps/0",
              "must be text"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["during_spasm"] = "yes"; }), "/exercises/0/during_spasm",
              "true or false"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0] = 7; }), "/exercises/0", "must be an object"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["hold_s"] = "30"; }),
              "/exercises/0/dosages/0/hold_s", "must be a number, a range"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["reps"] = 2.5; }),
              "/exercises/0/dosages/0/reps", "whole number"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["reps"] = nullptr; }),
              "/exercises/0/dosages/0/reps", "must be a number"));
}

//-----------------------------------------------------------------------------
// [SECTION] Doses
//-----------------------------------------------------------------------------

TEST_CASE("a hold must be positive and no longer than 10 minutes") {
    auto hold = [](Json value) {
        Json d = fixture::catalogue();
        d["exercises"][0]["dosages"][0]["hold_s"] = value;
        return fixture::catalogue_problems(d);
    };
    const std::string path = "/exercises/0/dosages/0/hold_s";
    CHECK(has(hold(-5), path, "must be from 1 to 600 seconds (got -5)"));
    CHECK(has(hold(0), path, "from 1 to 600 seconds"));
    CHECK(has(hold(601), path, "(got 601)"));
    CHECK(has(hold(1e300), path, "from 1 to 600 seconds"));
    CHECK(has(hold(18446744073709551615ull), path, "from 1 to 600 seconds"));
    CHECK(hold(600).empty());
    CHECK(hold(30.0).empty());   // a whole number written with a decimal point is still whole
}

TEST_CASE("amounts: a number, a low-to-high range of two, or up_to") {
    auto reps = [](Json value) {
        Json d = fixture::catalogue();
        d["exercises"][0]["dosages"][0]["reps"] = value;
        return fixture::catalogue_problems(d);
    };
    const std::string path = "/exercises/0/dosages/0/reps";
    CHECK(reps(Json::array({5, 8})).empty());
    CHECK(reps(Json{{"up_to", 10}}).empty());
    CHECK(has(reps(Json::array({8, 5})), path, "low to high"));
    CHECK(has(reps(Json::array({1, 2, 3})), path, "two numbers"));
    CHECK(has(reps(Json::array({1, -2})), path + "/1", "from 1 to 100"));
    CHECK(has(reps(Json{{"up_to", 0}}), path + "/up_to", "from 1 to 100"));
    CHECK(has(reps(Json{{"up_to", 5}, {"down_to", 1}}), path + "/down_to", "unknown field"));
    CHECK(has(reps(Json::object()), path + "/up_to", "is missing"));
    CHECK(has(reps(101), path, "(got 101)"));
}

TEST_CASE("other dose limits: sets, breaths, times a day") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["sets"] = 21; }),
              "/exercises/0/dosages/0/sets", "from 1 to 20"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][4]["dosages"][0]["breaths"] = 61; }),
              "/exercises/4/dosages/0/breaths", "from 1 to 60"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["times_per_day"] = 25; }),
              "/exercises/0/dosages/0/times_per_day", "from 1 to 24"));
}

TEST_CASE("ids must be well formed and unique") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][1]["id"] = "Side Knee"; }), "/exercises/1/id", "not a valid id"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][1]["id"] = "a--b"; }), "/exercises/1/id", "not a valid id"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][1]["id"] = ""; }), "/exercises/1/id", "must not be empty"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][3]["id"] = "knees-to-chest"; }), "/exercises/3/id",
              "duplicate exercise id \"knees-to-chest\" (first at /exercises/0/id)"));
    CHECK(has(problems_after([](Json& d) { d["care"][1]["id"] = "cold-pack"; }), "/care/1/id", "duplicate care protocol id"));
    CHECK(has(problems_after([](Json& d) { d["sources"][1]["id"] = "seed-000"; }), "/sources/1/id", "duplicate source id"));
}

TEST_CASE("doses name a known source, once per exercise") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["source"] = "seed-009"; }),
              "/exercises/0/dosages/0/source", "unknown source \"seed-009\""));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][1]["source"] = "seed-000"; }),
              "/exercises/0/dosages/1/source", "duplicate dose source id"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"] = Json::array(); }), "/exercises/0/dosages",
              "at least 1 item"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["sources"][0] = "nowhere"; }), "/care/0/sources/0",
              "unknown source"));
}

TEST_CASE("a dose has the fields its kind of work needs and no others") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0].erase("hold_s"); }),
              "/exercises/0/dosages/0/hold_s", "a hold dose needs it"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][2]["dosages"][0].erase("reps"); }),
              "/exercises/2/dosages/0/reps", "a reps dose needs it"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][4]["dosages"][0]["hold_s"] = 5; }),
              "/exercises/4/dosages/0/hold_s", "does not apply to a breaths dose"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["breaths"] = 5; }),
              "/exercises/0/dosages/0/breaths", "does not apply to a hold dose"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["work"] = "jog"; }),
              "/exercises/0/dosages/0/work", "must be one of: hold, reps, breaths (got \"jog\")"));
}

TEST_CASE("per_side needs a sided exercise, and chosen names only fields the dose sets") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["per_side"] = true; }),
              "/exercises/0/dosages/0/per_side", "no sides"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["dosages"][0]["chosen"] = {"sets"}; }),
              "/exercises/0/dosages/0/chosen/0", "not a field this dose sets"));
    CHECK(has(problems_after([](Json& d) { d["care"][1]["timing"][0]["chosen"] = {"duration_s"}; }),
              "/care/1/timing/0/chosen/0", "not a field this timing sets"));
}

//-----------------------------------------------------------------------------
// [SECTION] Exercises: vocabularies, demands, the spasm mark
//-----------------------------------------------------------------------------

TEST_CASE("exercise vocabularies: category, difficulty, equipment, sides, conditions") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["category"] = "cardio"; }), "/exercises/0/category",
              "must be one of: stretch, strength, mobility, relaxation"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["difficulty"] = 3; }), "/exercises/0/difficulty",
              "must be one of"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["equipment"] = {"floor", "ball"}; }),
              "/exercises/0/equipment/1", "floor, mat, chair"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["equipment"] = {"mat", "mat"}; }),
              "/exercises/0/equipment/1", "listed twice"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["sides"] = "left"; }), "/exercises/0/sides",
              "none, each_side, alternating"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][2]["demands"] = {"gout"}; }), "/exercises/2/demands/0",
              "unknown demand"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][2]["demands"] = {"kneeling", "kneeling"}; }),
              "/exercises/2/demands/1", "listed twice"));
}

TEST_CASE("avoid_if comes from the demands, never from the file") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][2]["avoid_if"] = {"disc-problems"}; }), "/exercises/2/avoid_if",
              "derived from demands"));
    Catalogue c = fixture::loaded_catalogue();
    CHECK(c.exercise("piriformis-stretch")->avoid_if == std::vector<std::string>{"hip-replacement"});   // leg-crossing
    CHECK(c.exercise("bridge")->avoid_if.empty());
}

TEST_CASE("an exercise marked for a spasm keeps the fresh-spasm rule") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][2]["during_spasm"] = true; }), "/exercises/2/during_spasm",
              "strength work"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["demands"] = {"kneeling"}; }), "/exercises/0/during_spasm",
              "kneeling"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["demands"] = {"twisting"}; }), "/exercises/0/during_spasm",
              "twisting"));
    // the small knee rock is the one twist a fresh spasm keeps
    CHECK(problems_after([](Json& d) { d["exercises"][1]["demands"] = {"twisting"}; }).empty());
}

//-----------------------------------------------------------------------------
// [SECTION] Text, care and sources
//-----------------------------------------------------------------------------

TEST_CASE("text must be one non-empty line of sensible length") {
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["purpose"] = "   "; }), "/exercises/0/purpose",
              "must not be empty"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["steps"][0] = "Lie\ndown"; }), "/exercises/0/steps/0",
              "line breaks"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["name"] = std::string(61, 'a'); }), "/exercises/0/name",
              "too long"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["steps"] = Json::array(); }), "/exercises/0/steps",
              "at least 1 item"));
}

TEST_CASE("care timing: fields that fit the kind, sane limits") {
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["max_days"] = 3; }), "/care/0/timing/0/max_days",
              "does not apply to a timer timing"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["duration_s"] = 0; }), "/care/0/timing/0/duration_s",
              "from 1 to 14400 seconds"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["repeat_every_s"] = 600; }),
              "/care/0/timing/0/repeat_every_s", "at least the duration"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["for_days"] = -1; }), "/care/0/timing/0/for_days",
              "from 1 to 30 days"));
    CHECK(has(problems_after([](Json& d) { d["care"][1]["timing"][0]["blocks"].erase(1); }), "/care/1/timing/0/blocks",
              "at least 2 items"));
    CHECK(has(problems_after([](Json& d) { d["care"][1]["timing"][0]["blocks"][0].erase("label"); }),
              "/care/1/timing/0/blocks/0/label", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["care"][2]["timing"][0]["inhale_s"] = 0; }), "/care/2/timing/0/inhale_s",
              "from 1 to 20"));
    CHECK(has(problems_after([](Json& d) { d["care"][2]["timing"][1]["max_days"] = 60; }), "/care/2/timing/1/max_days",
              "from 1 to 30 days"));
    CHECK(has(problems_after([](Json& d) { d["care"][2]["timing"][2]["kind"] = "alarm"; }), "/care/2/timing/2/kind",
              "must be one of: timer, blocks, pacer, period, reminder"));
}

TEST_CASE("the cold rule: at most 20 minutes of cold in a run, 2 hours between colds, cold blocks marked") {
    CHECK(has(problems_after([](Json& d) { d["care"][1]["timing"][0]["rounds"] = 2; }), "/care/1/timing",
              "40 minutes of cold"));
    CHECK(has(problems_after([](Json& d) { d["care"][1]["timing"][0]["blocks"][0].erase("cold"); }), "/care/1/timing",
              "marks its cold blocks"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["duration_s"] = 1500; }), "/care/0/timing",
              "25 minutes of cold"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["repeat_every_s"] = 3600; }), "/care/0/timing",
              "repeats every"));
}

TEST_CASE("medication notes never carry a dose: no numbers, no timing") {
    CHECK(has(problems_after([](Json& d) { d["care"][3]["steps"][0] = "Take 400 mg every 6 hours."; }),
              "/care/3/steps/0", "never a dose"));
    CHECK(has(problems_after([](Json& d) { d["care"][3]["safety"][0] = "Up to 3 a day."; }), "/care/3/safety/0",
              "never a dose"));
    CHECK(has(problems_after([](Json& d) { d["care"][3]["note"] = "Max 3 a day."; }), "/care/3/note", "never a dose"));
    CHECK(has(problems_after([](Json& d) {
                  d["care"][3]["timing"] = Json::array({Json{{"kind", "reminder"}, {"repeat_every_s", 3600}}});
              }),
              "/care/3/timing", "carry no timing"));
    // Numbers are fine elsewhere.
    CHECK(problems_after([](Json& d) { d["care"][0]["steps"][0] = "Leave it on 15 minutes."; }).empty());
}

TEST_CASE("sources, general cautions and care protocols have their required parts") {
    CHECK(problems_after([](Json& d) { d["sources"][0].erase("file"); }).empty());   // our own choice: no seed file
    CHECK(has(problems_after([](Json& d) { d["sources"][0].erase("title"); }), "/sources/0/title", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["sources"] = Json::array(); }), "/sources", "at least 1 item"));
    CHECK(has(problems_after([](Json& d) { d.erase("general_cautions"); }), "/general_cautions", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["general_cautions"][0] = ""; }), "/general_cautions/0", "must not be empty"));
    CHECK(has(problems_after([](Json& d) { d["care"][0].erase("when"); }), "/care/0/when", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["category"] = "surgery"; }), "/care/0/category", "must be one of"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["sources"][0] = "Seed 1"; }), "/care/0/sources/0", "not a valid id"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["source"] = "seed-404"; }),
              "/care/0/timing/0/source", "unknown source"));
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"] = Json::object(); }), "/care/0/timing", "must be a list"));
}

TEST_CASE("lists have sensible lengths") {
    CHECK(has(problems_after([](Json& d) {
                  for (int i = 0; i < 12; i++) d["exercises"][0]["steps"].push_back("One more short step line.");
              }),
              "/exercises/0/steps", "at most 12"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["equipment"] = {"floor", "mat", "chair", "floor"}; }),
              "/exercises/0/equipment", "at most 3"));
    CHECK(has(problems_after([](Json& d) { d["exercises"][0]["cautions"] = Json::array(); }), "/exercises/0/cautions",
              "at least 1 item"));
}

TEST_CASE("more timing limits: timer counts, block lengths, reminder intervals, pacer length") {
    CHECK(has(problems_after([](Json& d) { d["care"][0]["timing"][0]["times_per_day"] = 30; }),
              "/care/0/timing/0/times_per_day", "from 1 to 24"));
    CHECK(has(problems_after([](Json& d) { d["care"][1]["timing"][0]["blocks"][1]["duration_s"] = 9000; }),
              "/care/1/timing/0/blocks/1/duration_s", "from 1 to 7200 seconds"));
    CHECK(has(problems_after([](Json& d) { d["care"][1]["timing"][0]["rounds"] = 0; }), "/care/1/timing/0/rounds",
              "from 1 to 20"));
    CHECK(has(problems_after([](Json& d) { d["care"][2]["timing"][2]["repeat_every_s"] = 5; }),
              "/care/2/timing/2/repeat_every_s", "from 60 to 86400 seconds"));
    CHECK(has(problems_after([](Json& d) { d["care"][2]["timing"][0]["duration_s"] = 5; }),
              "/care/2/timing/0/duration_s", "from 10 to 3600 seconds"));
    CHECK(has(problems_after([](Json& d) { d["care"][2]["timing"][0].erase("exhale_s"); }),
              "/care/2/timing/0/exhale_s", "is missing"));
    CHECK(has(problems_after([](Json& d) { d["care"][2]["timing"][1]["blocks"] = Json::array(); }),
              "/care/2/timing/1/blocks", "does not apply to a period timing"));
}

//-----------------------------------------------------------------------------
// [SECTION] Whole files and hostile values
//-----------------------------------------------------------------------------

TEST_CASE("a long quoted value is cut without splitting a UTF-8 character") {
    Json d = fixture::catalogue();
    std::string value(39, 'a');
    for (int i = 0; i < 10; i++) value += "\xc3\xa9";   // é
    d["exercises"][0]["category"] = value;
    std::vector<Problem> problems = fixture::catalogue_problems(d);
    REQUIRE(problems.size() == 1);
    CHECK_NOTHROW((void)Json(problems[0].message).dump());   // dump throws on invalid UTF-8
    CHECK(problems[0].message.find("...") != std::string::npos);
}

TEST_CASE("every problem in a file is reported in one pass, and none of the data is kept") {
    Json d = fixture::catalogue();
    d["exercises"][0].erase("name");
    d["exercises"][1]["dosages"][0]["hold_s"] = 9999;
    d["exercises"][3]["id"] = "bridge";
    d["care"][0]["colour"] = "blue";
    LoadResult<Catalogue> r = load_catalogue(d.dump());
    CHECK_FALSE(r.data.has_value());
    INFO(fixture::dump(r.problems));
    CHECK(r.problems.size() == 4);
    CHECK(has(r.problems, "/exercises/0/name", "is missing"));
    CHECK(has(r.problems, "/exercises/1/dosages/0/hold_s", "(got 9999)"));
    CHECK(has(r.problems, "/exercises/3/id", "duplicate exercise id"));
    CHECK(has(r.problems, "/care/0/colour", "unknown field"));
}

TEST_CASE("messages quote at most a short piece of a hostile value") {
    Json d = fixture::catalogue();
    d["exercises"][0]["category"] = std::string(5000, 'x');
    std::vector<Problem> problems = fixture::catalogue_problems(d);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.size() < 200);
}

// Walks every value of the fixture and swaps it for values of every other type: the loader must
// report a problem (or accept the value) and never throw or keep partial data.
TEST_CASE("replacing any value with any type never throws and never yields half a catalogue") {
    const Json original = fixture::catalogue();
    const Json flat = original.flatten();
    const std::vector<Json> replacements = {nullptr, true, -1, 0, 3.5, 1e300, "", "x", Json::array(), Json::object(),
                                            Json::array({1, 2})};
    int loads = 0;
    for (auto it = flat.begin(); it != flat.end(); ++it) {
        for (const Json& replacement : replacements) {
            Json changed = original;
            changed[Json::json_pointer(it.key())] = replacement;
            LoadResult<Catalogue> r;
            CHECK_NOTHROW(r = load_catalogue(changed.dump()));
            CHECK(r.data.has_value() == r.problems.empty());
            loads++;
        }
    }
    CHECK(loads > 1000);
}
