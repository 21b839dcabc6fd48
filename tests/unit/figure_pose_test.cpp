// Exercise figures: the shipped figures.json is complete and matches the catalogue; poses move sensibly.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "core/catalogue_json.h"
#include "core/figure_pose.h"

using namespace unclench;

static std::string read_asset(const char* name) {
    std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static float dist(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Two keyframes: an arm pointing right that swings to point up; the hip moves by (0.2, 0).
static Figure swinging_arm() {
    Figure f;
    f.id = "test";
    Keyframe a{"start", {}}, b{"target", {}};
    for (auto& p : a.pose.at) p = {0.5f, 0.5f};
    for (auto& p : b.pose.at) p = {0.7f, 0.5f};
    a.pose[Joint::ElbowR] = {0.7f, 0.5f};
    b.pose[Joint::ElbowR] = {0.7f, 0.7f};
    a.pose[Joint::HandR] = a.pose[Joint::ElbowR];
    b.pose[Joint::HandR] = b.pose[Joint::ElbowR];
    f.keyframes = {a, b};
    return f;
}

TEST_CASE("the shipped figures load with no problems") {
    auto result = load_figures(read_asset("figures.json"));
    for (const Problem& p : result.problems) INFO(to_string(p));
    CHECK(result.problems.empty());
    REQUIRE(result.ok());
    for (const Figure& f : result.data->figures) {
        INFO(f.id);
        CHECK(f.keyframes.size() >= 2);
        CHECK(f.keyframes.front().name == "start");
        CHECK(f.keyframes.back().name == "target");
    }
}

TEST_CASE("every exercise in the catalogue has its figure") {
    auto catalogue = load_catalogue(read_asset("catalogue.json"));
    auto figures = load_figures(read_asset("figures.json"));
    REQUIRE(catalogue.ok());
    REQUIRE(figures.ok());
    for (const Exercise& e : catalogue.data->exercises) {
        INFO(e.id);
        CHECK(figures.data->find(e.figure) != nullptr);
    }
}

TEST_CASE("every pose of every shipped figure has every joint, and a start differs from its target") {
    auto figures = load_figures(read_asset("figures.json"));
    REQUIRE(figures.ok());
    for (const Figure& f : figures.data->figures) {
        INFO(f.id);
        const Pose& start = f.keyframes.front().pose;
        const Pose& target = f.keyframes.back().pose;
        float moved = 0;
        for (int j = 0; j < kJointCount; j++) moved = std::max(moved, dist(start.at[(size_t)j], target.at[(size_t)j]));
        CHECK(moved > 0.01f);   // a figure that does not move shows nothing
    }
}

TEST_CASE("a pose missing a joint is reported with its path") {
    std::string json = read_asset("figures.json");
    size_t at = json.find("\"toe_r\":");
    REQUIRE(at != std::string::npos);
    json.replace(at, 8, "\"toe_x\":");
    auto result = load_figures(json);
    CHECK_FALSE(result.ok());
    bool missing = false, unknown = false;
    for (const Problem& p : result.problems) {
        if (p.path == "/figures/0/keyframes/0/pose/toe_r" && p.message == "is missing") missing = true;
        if (p.path == "/figures/0/keyframes/0/pose/toe_x") unknown = true;
    }
    CHECK(missing);
    CHECK(unknown);
}

TEST_CASE("bad figure JSON reports problems and gives no data") {
    CHECK_FALSE(load_figures("").ok());
    CHECK_FALSE(load_figures("{not json").ok());
    CHECK_FALSE(load_figures("[]").ok());
    CHECK_FALSE(load_figures(R"({"version": 2, "figures": []})").ok());
    auto r = load_figures(R"({"version": 1, "figures": [{"id": "Bad Id", "view": "front", "near": ["tail"],
        "keyframes": [{"name": "start", "pose": {"hip": [0, "x"]}}]}]})");
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.data.has_value());
    CHECK(r.problems.size() >= 5);   // id, view, near, too few keyframes, the bad point, missing joints
}

TEST_CASE("interpolation gives the start at 0, the target at 1, and swings limbs at 0.5") {
    Figure f = swinging_arm();
    Pose p0 = pose_at(f, 0.0f), p1 = pose_at(f, 1.0f), half = pose_at(f, 0.5f);
    CHECK(p0[Joint::ElbowR].x == doctest::Approx(0.7f));
    CHECK(p1[Joint::ElbowR].y == doctest::Approx(0.7f));
    CHECK(half[Joint::Hip].x == doctest::Approx(0.6f));
    // Halfway, the arm points up and to the right at 45 degrees and keeps its length (no shrinking).
    Vec2 arm{half[Joint::ElbowR].x - half[Joint::ShoulderR].x, half[Joint::ElbowR].y - half[Joint::ShoulderR].y};
    CHECK(std::hypot(arm.x, arm.y) == doctest::Approx(0.2f).epsilon(0.001));
    CHECK(arm.x == doctest::Approx(arm.y).epsilon(0.001));
    // Outside 0..1 clamps to the ends.
    CHECK(pose_at(f, -3.0f)[Joint::ElbowR].y == doctest::Approx(0.5f));
    CHECK(pose_at(f, 7.0f)[Joint::ElbowR].y == doctest::Approx(0.7f));
}

TEST_CASE("three keyframes are spread evenly over the progress") {
    Figure f = swinging_arm();
    Keyframe middle = f.keyframes[1];
    middle.name = "middle";
    f.keyframes.push_back(f.keyframes[0]);
    f.keyframes[1] = middle;   // start, middle (= the old target), back to start
    CHECK(pose_at(f, 0.5f)[Joint::ElbowR].y == doctest::Approx(0.7f));
    CHECK(pose_at(f, 1.0f)[Joint::ElbowR].y == doctest::Approx(0.5f));
    CHECK(pose_at(f, 0.25f)[Joint::Hip].x == doctest::Approx(0.6f));
}

TEST_CASE("figure bounds cover every keyframe") {
    Figure f = swinging_arm();
    Bounds b = figure_bounds(f);
    CHECK(b.min.x == doctest::Approx(0.5f));
    CHECK(b.max.x == doctest::Approx(0.7f));
    CHECK(b.max.y == doctest::Approx(0.7f));
}
