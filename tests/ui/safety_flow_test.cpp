// The safety check as a person meets it: the emergency signs first, with "None of these" under them;
// then the rest; asked again for each new episode; a "yes" locks routines until a clinician has seen
// the person; conditions mark the exercises they touch; a routine not meant for a fresh spasm asks first.
#include <doctest/doctest.h>

#include "core/safety_check.h"
#include "ui_harness.h"

using namespace unclench;

static const MirrorItem* first_question(UiHarness& h, QuestionGroup group) {
    for (const SafetyQuestion& q : safety_questions())
        if (q.group == group) return h.find(q.text);
    return nullptr;
}

// "None of these" sits under every emergency sign, and no other answer button shows with them.
static void check_emergency_step(UiHarness& h) {
    REQUIRE(h.screen() == "safety");
    REQUIRE(h.shows("Get help now if any of these is true"));
    const MirrorItem* none = h.find("None of these");
    REQUIRE(none);
    for (const SafetyQuestion& q : safety_questions()) {
        if (q.group != QuestionGroup::Emergency) continue;
        const MirrorItem* row = h.find(q.text);
        REQUIRE_MESSAGE(row, q.text);
        CHECK(row->max.y <= none->min.y);
    }
    CHECK_FALSE(first_question(h, QuestionGroup::Urgent));   // the rest is a second screen
}

static void answer_none(UiHarness& h) {
    REQUIRE(h.tap("None of these"));
    h.settle();
}

TEST_CASE("the first run asks the emergency signs on their own screen, then the rest, each answered below") {
    UiHarness h(true);
    h.settle();
    check_emergency_step(h);
    answer_none(h);
    CHECK(first_question(h, QuestionGroup::Urgent));
    CHECK(first_question(h, QuestionGroup::RiskFactor));
    CHECK(first_question(h, QuestionGroup::Condition));
    CHECK_FALSE(first_question(h, QuestionGroup::Emergency));
    answer_none(h);
    CHECK(h.shows("You can start"));
    CHECK(h.shows_text_containing("Emergency signs checked on"));
    REQUIRE(h.tap("Continue"));
    h.settle();
    CHECK(h.screen() == "home");
}

TEST_CASE("an emergency sign says to call the local emergency number and locks routines until a clinician check") {
    UiHarness h(true);
    h.settle();
    REQUIRE(h.tap("Chest pain"));
    h.settle();
    REQUIRE(h.tap("Continue"));
    h.settle();
    CHECK(h.shows("Get help now"));
    CHECK(h.shows_text_containing("your local emergency number (999 in the UK, 911 in the US, 112 in the EU)"));
    CHECK_FALSE(h.shows("Continue"));
    h.app.home();
    h.settle();
    REQUIRE(h.tap("Relief now"));
    h.settle();
    CHECK(h.screen() == "safety");   // locked: the check again, not the Player
    REQUIRE(h.tap("I have been checked by a clinician, and they said I can do gentle exercise"));
    h.settle();
    CHECK_FALSE(h.shows_text_containing("Routines are unlocked"));   // the other questions are still to come
    REQUIRE(h.tap("Answer the other questions"));
    h.settle();
    answer_none(h);
    CHECK(h.shows_text_containing("Routines are unlocked"));
    REQUIRE(h.tap("Continue"));
    h.settle();
    CHECK(h.screen() == "home");
}

TEST_CASE("the emergency signs are asked again 14 days later, before any routine starts") {
    UiHarness h;
    h.settle();
    REQUIRE(h.screen() == "home");
    h.wall_ms += int64_t(kEmergencyRecheckDays) * 86400 * 1000;
    h.settle();
    REQUIRE(h.tap("Relief now"));
    h.settle();
    check_emergency_step(h);
    answer_none(h);
    CHECK(h.shows("You can start"));   // the rest was answered and stands
    h.app.home();
    h.settle();
    REQUIRE(h.tap("Relief now"));
    h.settle();
    CHECK(h.screen() == "player");
}

TEST_CASE("\"My back has gone\" starts an episode and asks the emergency signs again at once") {
    UiHarness h;
    h.settle();
    REQUIRE(h.tap("My back has gone"));
    h.settle();
    REQUIRE(h.screen() == "episode-start");
    REQUIRE(h.tap("How bad is it now?: 6"));
    h.settle();
    REQUIRE(h.tap("Start my plan"));
    h.settle();
    check_emergency_step(h);
    h.app.home();
    h.settle();
    REQUIRE(h.tap("Relief now"));   // left unanswered: still due
    h.settle();
    CHECK(h.screen() == "safety");
    answer_none(h);
    h.app.home();
    h.settle();
    REQUIRE(h.tap("Relief now"));
    h.settle();
    CHECK(h.screen() == "player");
}

TEST_CASE("About lists the same emergency and urgent signs as the check") {
    UiHarness h;
    h.app.go(ScreenId::About);
    h.settle();
    for (const SafetyQuestion& q : safety_questions()) {
        if (q.group != QuestionGroup::Emergency && q.group != QuestionGroup::Urgent) continue;
        CHECK_MESSAGE(h.shows_text_containing(q.text), q.text);
    }
}

TEST_CASE("a routine not meant for a fresh spasm asks first; a yes starts Relief now instead") {
    UiHarness h;
    const Routine* hard = nullptr;
    for (const Routine& r : h.app.builtin_routines())
        if (!r.during_spasm) hard = hard ? hard : &r;
    REQUIRE(hard);
    std::string name = hard->name;
    h.app.go(ScreenId::RoutineDetail, hard->id);
    h.settle();
    REQUIRE(h.tap("Start"));
    h.settle();
    CHECK(h.screen() == "spasm-check");
    CHECK(h.shows("Is your back in spasm right now?"));
    REQUIRE(h.tap("Yes: start Relief now instead"));
    h.settle();
    CHECK(h.screen() == "player");
    CHECK(h.app.session()->routine.id == "relief-now");
}

TEST_CASE("a no to the spasm question starts the routine, and is not asked again soon after") {
    UiHarness h;
    const Routine* hard = nullptr;
    for (const Routine& r : h.app.builtin_routines())
        if (!r.during_spasm) hard = hard ? hard : &r;
    REQUIRE(hard);
    std::string id = hard->id, name = hard->name;
    h.app.go(ScreenId::RoutineDetail, id);
    h.settle();
    REQUIRE(h.tap("Start"));
    h.settle();
    REQUIRE(h.tap("No: start " + name));
    h.settle();
    CHECK(h.screen() == "player");
    CHECK(h.app.session()->routine.id == id);
}

// The first exercise the person's knees advise against (a kneeling one), with "knees" answered yes.
static const Exercise* answer_sore_knees(UiHarness& h) {
    SafetyRecord rec = h.app.progress().data().safety;
    answer_all(rec, {{"knees", true}}, h.wall_ms / 1000);
    h.app.save_safety(rec);
    for (const Exercise& e : h.app.catalogue().exercises)
        for (const std::string& c : e.avoid_if)
            if (c == "knee-problems") return &e;
    return nullptr;
}

TEST_CASE("an exercise a reported condition touches is marked in the exercise list and in every routine") {
    UiHarness h;
    const Exercise* kneeling = answer_sore_knees(h);
    REQUIRE(kneeling);
    h.app.go(ScreenId::Exercises);
    h.settle();
    CHECK(h.shows_text_containing(kneeling->name + ". Not advised for you"));
    for (const Routine& r : h.app.builtin_routines()) {
        bool holds = false;
        for (const RoutineStep& s : r.steps) holds = holds || s.exercise == kneeling->id;
        if (!holds) continue;
        CAPTURE(r.id);
        h.app.home();
        h.app.go(ScreenId::RoutineDetail, r.id);
        h.settle();
        CHECK(h.shows_text_containing("Not advised for you"));
    }
}

TEST_CASE("the Player offers to skip an exercise a reported condition touches") {
    UiHarness h;
    const Exercise* kneeling = answer_sore_knees(h);
    REQUIRE(kneeling);
    Routine r;
    r.id = "knee-test";
    r.name = "Kneeling test";
    r.during_spasm = true;   // no spasm question in the way
    RoutineStep first, second;
    first.exercise = kneeling->id;
    second.exercise = "relaxed-breathing";
    r.steps = {first, second};
    REQUIRE(h.app.start_routine(r));
    h.settle();
    REQUIRE(h.screen() == "player");
    CHECK(h.shows_text_containing("Not advised for you, from your safety answers. You can skip it."));
    REQUIRE(h.tap("Skip this exercise"));
    h.settle();
    CHECK(h.app.session()->engine->snapshot(h.app.now_ms()).item_index == 1);
}
