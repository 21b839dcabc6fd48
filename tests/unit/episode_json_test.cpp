// An episode survives JSON, and a damaged one loses only its damaged parts, each with a notice.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/episode.h"
#include "core/recovery_plan.h"
#include "recovery_test_helpers.h"

using namespace unclench;
using namespace recovery_test;
using nlohmann::json;

namespace {

// An episode with something in every part.
Episode full_episode() {
    Episode e = fresh(8, true);
    int socks = add_activity(e, "Putting on socks");
    int stairs = add_activity(e, "Stairs \xE2\x80\x94 two flights");
    add_activity(e, "Driving");
    retire_activity(e, stairs);
    check(e, 1, 7, {{socks, 3}});
    check(e, 2, 5, {{socks, 4}});
    apply_stop_it_hurts(e, day(2), at(2), "bridge");
    remember_hurt(e, "cat-cow", HurtChoice::Half, day(2));
    ClinicianPlan plan;
    plan.clinic = "Riverside \"Physio\"";
    plan.phase = RecoveryPhase::Move;
    plan.routines = {{"daily-mobility", 2}, {"seed-001", 1}};
    plan.lesson_ids = {"pacing", "sleep"};
    set_clinician_plan(e, plan, day(3), at(3));
    e.card_dismissed = CardDismissal{{CardReason::Worse, CardReason::LongEpisode}, day(3), at(3) + 5};
    add_done(e, day(2), "routine:relief-now");
    add_done(e, day(2), "routine:relief-now");
    add_done(e, day(2), "walk:walk");
    return e;
}

Episode read(const json& doc, Notices& notices) {
    std::optional<Episode> e = episode_from_json(doc, notices);
    REQUIRE(e);
    return *e;
}

bool mentions(const Notices& notices, const std::string& fragment) {
    for (const Notice& n : notices)
        if (n.message.find(fragment) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("an episode survives a round trip through JSON, every part of it") {
    Episode e = full_episode();
    Notices notices;
    CHECK(read(episode_to_json(e), notices) == e);
    CHECK(notices.empty());
    // and through text
    CHECK(read(json::parse(episode_to_json(e).dump()), notices) == e);
    CHECK(notices.empty());
}

TEST_CASE("a fresh episode survives a round trip") {
    Episode e = fresh(0);
    Notices notices;
    CHECK(read(episode_to_json(e), notices) == e);
    CHECK(notices.empty());
}

TEST_CASE("without a readable start there is no episode, and a notice says so") {
    for (const char* text : {R"([])", R"("episode")", R"({})", R"({"started_day":20400,"start_pain":11,"created_at":1})",
                             R"({"started_day":"20400","start_pain":5,"created_at":1})",
                             R"({"started_day":20400,"start_pain":5,"created_at":-1})",
                             R"({"started_day":20400,"start_pain":5.5,"created_at":1})",
                             R"({"started_day":18446744073709551615,"start_pain":5,"created_at":1})"}) {
        CAPTURE(text);
        Notices notices;
        CHECK_FALSE(episode_from_json(json::parse(text), notices));
        REQUIRE(notices.size() == 1);
        CHECK(notices[0].kind == NoticeKind::Quarantined);
        CHECK(notices[0].key == "episode");
    }
}

TEST_CASE("a check-in with a value out of range is left out, not clamped") {
    json doc = episode_to_json(full_episode());
    doc["check_ins"][0]["pain"] = 12;
    Notices notices;
    Episode e = read(doc, notices);
    REQUIRE(e.check_ins.size() == 1);
    CHECK(e.check_ins[0].day == day(2));
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].message == "Left out a check-in that could not be read (/check_ins/0/pain: must be from 0 to 10 (got 12)).");
}

TEST_CASE("parts of the wrong type are left out with a notice each") {
    json doc = episode_to_json(full_episode());
    doc["check_ins"][1]["scores"][0]["score"] = "4";
    doc["activities"][0]["id"] = 1.5;
    doc["phases"][0]["phase"] = "relax";
    doc["hurt"][0]["choice"] = true;
    doc["done"][0]["done"] = 0;
    doc["card_dismissed"]["reasons"] = {"bored"};
    Notices notices;
    Episode e = read(doc, notices);
    CHECK(mentions(notices, "/activities/0/id"));
    CHECK(mentions(notices, "/phases/0/phase"));
    CHECK(mentions(notices, "/hurt/0/choice"));
    CHECK(mentions(notices, "/done/0/done"));
    CHECK(mentions(notices, "/card_dismissed/reasons/0"));
    // the first activity is gone, so both check-ins scoring it go too
    CHECK(e.check_ins.empty());
    CHECK(e.activities.size() == 2);
    CHECK(e.phases.size() == 3);
    CHECK(e.hurt.size() == 1);
    CHECK(e.done.size() == 1);
    CHECK_FALSE(e.card_dismissed);
    CHECK(e.clinician_in_control);
}

TEST_CASE("a NUL or line break inside a text leaves its part out") {
    json doc = episode_to_json(full_episode());
    doc["activities"][2]["name"] = std::string("Dri\0ving", 8);
    doc["phases"][1]["reason"] = "Back\nto Calm";
    Notices notices;
    Episode e = read(doc, notices);
    CHECK(e.activities.size() == 2);
    CHECK(mentions(notices, "/activities/2/name"));
    CHECK(mentions(notices, "/phases/1/reason"));
    for (const Activity& a : e.activities) CHECK(a.name.find('\0') == std::string::npos);
}

TEST_CASE("an activity name of 61 characters is left out") {
    json doc = episode_to_json(full_episode());
    doc["activities"][2]["name"] = std::string(61, 'a');
    Notices notices;
    CHECK(read(doc, notices).activities.size() == 2);
    CHECK(mentions(notices, "/activities/2/name"));
}

TEST_CASE("a fourth activity in use is left out") {
    json doc = episode_to_json(full_episode());
    doc["activities"][1]["retired"] = false;   // socks, stairs, driving in use
    doc["activities"].push_back({{"id", 4}, {"name", "Lifting"}, {"retired", false}});
    Notices notices;
    Episode e = read(doc, notices);
    CHECK(e.activities.size() == 3);
    CHECK(active_activity_count(e) == 3);
    CHECK(mentions(notices, "at most 3"));
}

TEST_CASE("a huge list keeps its newest entries up to the cap") {
    json doc = episode_to_json(fresh(8));
    json check_ins = json::array();
    for (int n = 0; n < 20000; n++) check_ins.push_back({{"day", day(n)}, {"at", at(n)}, {"pain", n % 11}, {"scores", json::array()}});
    doc["check_ins"] = check_ins;
    json activities = json::array();
    for (int n = 1; n <= 50; n++) activities.push_back({{"id", n}, {"name", "Thing " + std::to_string(n)}, {"retired", true}});
    doc["activities"] = activities;
    Notices notices;
    Episode e = read(doc, notices);
    CHECK(e.check_ins.size() == kMaxCheckIns);
    REQUIRE(e.check_ins.size() == kMaxCheckIns);
    CHECK(e.check_ins.front().day == day(20000 - (int)kMaxCheckIns));
    CHECK(e.activities.size() == kMaxActivities);
    CHECK(mentions(notices, "Kept only the newest 400 check-ins"));
    CHECK(mentions(notices, "Kept only the newest 12 activities"));
}

TEST_CASE("two check-ins on one day, or one before the start, are left out") {
    json doc = episode_to_json(full_episode());
    doc["check_ins"].push_back(doc["check_ins"][0]);
    json early = doc["check_ins"][0];
    early["day"] = day(-1);
    doc["check_ins"].push_back(early);
    Notices notices;
    Episode e = read(doc, notices);
    CHECK(e.check_ins.size() == 2);
    CHECK(notices.size() == 2);
    CHECK(mentions(notices, "has a check-in already"));
}

TEST_CASE("check-ins stored out of order are read back in day order") {
    json doc = episode_to_json(full_episode());
    std::swap(doc["check_ins"][0], doc["check_ins"][1]);
    Notices notices;
    Episode e = read(doc, notices);
    CHECK(notices.empty());
    REQUIRE(e.check_ins.size() == 2);
    CHECK(e.check_ins[0].day < e.check_ins[1].day);
}

TEST_CASE("a damaged clinician's plan is left out and hands control back") {
    json doc = episode_to_json(full_episode());
    doc["clinician"]["routines"][0]["times"] = 0;
    Notices notices;
    Episode e = read(doc, notices);
    CHECK_FALSE(e.clinician);
    CHECK_FALSE(e.clinician_in_control);
    CHECK(mentions(notices, "the clinician's plan"));
    CHECK(mentions(notices, "the app adjusts your plan again"));
}

TEST_CASE("a list that is not a list is left out whole") {
    json doc = episode_to_json(full_episode());
    doc["hurt"] = {{"exercise", "bridge"}};
    doc["check_ins"] = 7;
    Notices notices;
    Episode e = read(doc, notices);
    CHECK(e.hurt.empty());
    CHECK(e.check_ins.empty());
    CHECK(notices.size() == 2);
}

TEST_CASE("unknown fields are ignored, and a newer version says some may be missing") {
    json doc = episode_to_json(full_episode());
    doc["mood"] = "fine";
    doc["check_ins"][0]["sleep"] = 7;
    Notices notices;
    CHECK(read(doc, notices) == full_episode());
    CHECK(notices.empty());
    doc["version"] = 2;
    read(doc, notices);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == NoticeKind::NewerFormat);
}

TEST_CASE("a read episode goes on working: the rules and the plan read it as before") {
    Episode e = full_episode();
    Notices notices;
    Episode back = read(json::parse(episode_to_json(e).dump()), notices);
    CHECK(plan_status(back, day(3)).set_by == "Set by Riverside \"Physio\"");
    CHECK(current_phase(back) == RecoveryPhase::Move);
    CHECK(find_hurt(back, "cat-cow")->choice == HurtChoice::Half);
    CHECK(add_activity(back, "Lifting") == 4);   // retired ids are not reused
}
