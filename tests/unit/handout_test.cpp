#include <doctest/doctest.h>
#include "core/handout.h"

#include <nlohmann/json.hpp>

#include "catalogue_fixture.h"

using namespace unclench;
using nlohmann::json;

namespace {

Routine two_steps() {
    Routine r;
    r.id = "my-routine";
    r.name = "My routine";
    r.description = "Two gentle stretches.";
    r.when = "Twice a day";
    r.note = "Go slowly.";
    RoutineStep a;
    a.exercise = "knees-to-chest";
    a.note = "Hug gently.";
    RoutineStep b;
    b.exercise = "piriformis-stretch";
    r.steps = {a, b};
    return r;
}

json handout(const Routine& r, const std::vector<std::string>& qr = {"101", "010", "101"}) {
    return json::parse(handout_json(r, fixture::loaded_catalogue(), "https://example.org/#r=1.abc", qr, "Back Clinic"));
}

} // namespace

TEST_CASE("the handout carries the routine's title and words, the clinic and the link") {
    json doc = handout(two_steps());
    // handout.js shows nothing unless the title is a string and the steps a list.
    REQUIRE(doc["title"].is_string());
    REQUIRE(doc["steps"].is_array());
    CHECK(doc["title"] == "My routine");
    CHECK(doc["description"] == "Two gentle stretches.");
    CHECK(doc["when"] == "Twice a day");
    CHECK(doc["note"] == "Go slowly.");
    CHECK(doc["clinic"] == "Back Clinic");
    CHECK(doc["link"] == "https://example.org/#r=1.abc");
    CHECK(doc.size() == 8);   // and nothing else
}

TEST_CASE("each handout step has the exercise's name, dose, start, how-to lines, cautions and the step's note") {
    json doc = handout(two_steps());
    REQUIRE(doc["steps"].size() == 2);
    const json& first = doc["steps"][0];
    CHECK(first["name"] == "Knees to chest");
    CHECK(first["dose"] == "Hold 7 s · 5 times");
    CHECK(first["start"] == "Lie on your back.");
    CHECK(first["how"] == json::array({"Hug both knees gently to your chest."}));
    CHECK(first["cautions"] == json::array({"Stop if it hurts more."}));
    CHECK(first["note"] == "Hug gently.");
    CHECK(first.size() == 6);
    CHECK(doc["steps"][1]["name"] == "Piriformis stretch");
    CHECK(doc["steps"][1]["dose"] == "Hold 30 s · each side");
    CHECK(doc["steps"][1]["note"] == "");
}

TEST_CASE("a handout step whose exercise the catalogue lacks is left out") {
    Routine r = two_steps();
    r.steps.insert(r.steps.begin() + 1, RoutineStep{});
    r.steps[1].exercise = "no-such-exercise";
    json doc = handout(r);
    REQUIRE(doc["steps"].size() == 2);
    CHECK(doc["steps"][1]["name"] == "Piriformis stretch");
}

TEST_CASE("the handout's QR code is rows of '0' and '1', one per module row") {
    CHECK(qr_rows(3, {1, 0, 1, 0, 1, 0, 1, 1, 0}) == std::vector<std::string>{"101", "010", "110"});
    CHECK(qr_rows(0, {}).empty());
    CHECK(qr_rows(2, {1}) == std::vector<std::string>{"10", "00"});   // short data reads as light
    CHECK(qr_rows(1, {7}) == std::vector<std::string>{"1"});          // any non-zero module is dark
    json doc = handout(two_steps(), qr_rows(2, {1, 0, 0, 1}));
    CHECK(doc["qr"] == json::array({"10", "01"}));
}

TEST_CASE("a handout without a clinic or a QR code still has both fields, empty") {
    json doc = json::parse(handout_json(two_steps(), fixture::loaded_catalogue(), "link", {}, ""));
    CHECK(doc["clinic"] == "");
    CHECK(doc["qr"] == json::array());
}

TEST_CASE("handout text that is not UTF-8 is replaced, never thrown on") {
    Routine r = two_steps();
    r.name = "Bad \xff name";
    json doc = json::parse(handout_json(r, fixture::loaded_catalogue(), "link", {}, ""));
    CHECK(doc["title"] == "Bad \xEF\xBF\xBD name");
}

TEST_CASE("the handout is compact JSON with its keys in a fixed order") {
    Routine r;
    r.name = "R";
    CHECK(handout_json(r, fixture::loaded_catalogue(), "L", {"1"}, "C") ==
          R"({"clinic":"C","description":"","link":"L","note":"","qr":["1"],"steps":[],"title":"R","when":""})");
}
