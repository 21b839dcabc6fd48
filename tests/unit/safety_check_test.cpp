#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/catalogue.h"
#include "core/safety_check.h"

using namespace unclench;

static SafetyRecord all_answered(const std::set<std::string>& yes = {}) {
    SafetyRecord r;
    std::vector<std::pair<std::string, bool>> answers;
    for (const SafetyQuestion& q : safety_questions()) answers.push_back({q.id, yes.count(q.id) > 0});
    answer_all(r, answers, 1000);
    return r;
}

TEST_CASE("the questions have unique ids, plain text, and only known condition ids") {
    std::set<std::string> ids;
    for (const SafetyQuestion& q : safety_questions()) {
        CHECK(ids.insert(q.id).second);
        CHECK(std::string(q.text).size() > 5);
        CHECK(std::string(q.why).size() > 5);
        if (*q.condition)
            CHECK(std::find(kConditionIds.begin(), kConditionIds.end(), q.condition) != kConditionIds.end());
    }
    CHECK(find_safety_question("saddle-numbness") != nullptr);
    CHECK(find_safety_question("no-such-question") == nullptr);
}

TEST_CASE("the question set asks every NHS sign for urgent care, NICE's sexual-function sign and the risk factors") {
    auto group_of = [](const char* id) { return find_safety_question(id)->group; };
    // Call 999 or go to A&E.
    for (const char* id : {"both-legs", "saddle-numbness", "peeing", "bladder-bowel", "chest-pain", "serious-fall",
                           "sexual-function"}) {
        REQUIRE_MESSAGE(find_safety_question(id) != nullptr, id);
        CHECK_MESSAGE(group_of(id) == QuestionGroup::Emergency, id);
        CHECK(find_safety_question(id)->urgency == Urgency::Emergency);
    }
    // Urgent GP appointment or 111.
    for (const char* id : {"fever", "weight-loss", "lump", "night-pain", "cough-sneeze", "shoulder-blades"}) {
        REQUIRE_MESSAGE(find_safety_question(id) != nullptr, id);
        CHECK_MESSAGE(group_of(id) == QuestionGroup::Urgent, id);
        CHECK(find_safety_question(id)->urgency == Urgency::Today);
    }
    for (const char* id : {"cancer-history", "steroids-immunity", "osteoporosis", "age"}) {
        REQUIRE_MESSAGE(find_safety_question(id) != nullptr, id);
        CHECK_MESSAGE(group_of(id) == QuestionGroup::RiskFactor, id);
    }
    for (const char* id : {"pregnancy", "hip-replacement", "knees", "balance", "disc"})
        CHECK_MESSAGE(group_of(id) == QuestionGroup::Condition, id);
}

TEST_CASE("the emergency signs come first, then each group in turn") {
    const auto& qs = safety_questions();
    CHECK(qs.front().group == QuestionGroup::Emergency);
    for (size_t i = 1; i < qs.size(); i++) CHECK((int)qs[i - 1].group <= (int)qs[i].group);
}

TEST_CASE("the emergency advice names the emergency numbers in country-neutral words") {
    std::string action = safety_advice(Urgency::Emergency).action;
    CHECK(action.find("your local emergency number (999 in the UK, 911 in the US, 112 in the EU)") != std::string::npos);
}

TEST_CASE("a first run has no answers: the check is pending and routines are not allowed") {
    SafetyRecord r;
    CHECK(safety_check_pending(r));
    SafetyVerdict v = safety_verdict(r);
    CHECK_FALSE(v.complete);
    CHECK_FALSE(v.routines_allowed);
}

TEST_CASE("answering no to everything allows routines with no advice to seek care") {
    SafetyVerdict v = safety_verdict(all_answered());
    CHECK(v.complete);
    CHECK(v.urgency == Urgency::None);
    CHECK_FALSE(v.needs_clinician);
    CHECK(v.routines_allowed);
    CHECK(std::string(safety_advice(v.urgency).headline) == "You can start");
}

TEST_CASE("a partly answered check is still pending") {
    SafetyRecord r = all_answered();
    r.answers.pop_back();
    CHECK(safety_check_pending(r));
    CHECK_FALSE(safety_verdict(r).routines_allowed);
}

TEST_CASE("the most urgent yes decides the advice") {
    SafetyVerdict v = safety_verdict(all_answered({"disc", "fever", "bladder-bowel"}));
    CHECK(v.urgency == Urgency::Emergency);
    CHECK(v.needs_clinician);
    CHECK_FALSE(v.routines_allowed);
    CHECK(v.yes_ids == std::vector<std::string>{"bladder-bowel", "fever", "disc"});
    CHECK(std::string(safety_advice(Urgency::Emergency).action).find("emergency") != std::string::npos);
    CHECK(safety_verdict(all_answered({"fever"})).urgency == Urgency::Today);
    CHECK(safety_verdict(all_answered({"osteoarthritis"})).urgency == Urgency::BeforeExercise);
}

TEST_CASE("a yes that needs care unlocks routines only after a clinician check is confirmed") {
    SafetyRecord r = all_answered({"night-pain"});
    CHECK_FALSE(safety_verdict(r).routines_allowed);
    confirm_clinician_check(r, true, 2000);
    CHECK(safety_verdict(r).routines_allowed);
    CHECK(r.confirmed_at == 2000);
    confirm_clinician_check(r, false, 3000);
    CHECK_FALSE(safety_verdict(r).routines_allowed);
    CHECK(r.confirmed_at == 0);
}

TEST_CASE("a new yes withdraws an earlier clinician confirmation; unchanged answers keep it") {
    SafetyRecord r = all_answered({"fever"});
    confirm_clinician_check(r, true, 2000);
    std::vector<std::pair<std::string, bool>> same;
    for (const SafetyQuestion& q : safety_questions()) same.push_back({q.id, std::string(q.id) == "fever"});
    answer_all(r, same, 5000);
    CHECK(r.clinician_confirmed);
    CHECK(find_answer(r, "fever")->answered_at == 1000);   // unchanged: keeps its first date

    answer_all(r, {{"chest-pain", true}}, 6000);
    CHECK_FALSE(r.clinician_confirmed);
    CHECK(find_answer(r, "chest-pain")->answered_at == 6000);
}

TEST_CASE("knee and balance problems report conditions but need no doctor") {
    SafetyRecord r = all_answered({"knees", "balance"});
    SafetyVerdict v = safety_verdict(r);
    CHECK(v.urgency == Urgency::None);
    CHECK(v.routines_allowed);
    CHECK(reported_conditions(r) == std::vector<std::string>{"knee-problems", "balance-problems"});
}

TEST_CASE("a disc problem reports the disc condition so the player can flag exercises to avoid") {
    SafetyRecord r = all_answered({"disc"});
    CHECK(reported_conditions(r) == std::vector<std::string>{"disc-problems"});
    CHECK(reported_conditions(all_answered()).empty());
    CHECK(reported_conditions(SafetyRecord{}).empty());
}

TEST_CASE("answers to questions that no longer exist are ignored by the verdict") {
    SafetyRecord r = all_answered();
    set_answer(r, SafetyAnswer{"retired-question", true, 10});
    SafetyVerdict v = safety_verdict(r);
    CHECK(v.urgency == Urgency::None);
    CHECK(v.routines_allowed);
}

TEST_CASE("urgency names are stable") {
    CHECK(std::string(urgency_name(Urgency::Emergency)) == "emergency");
    CHECK(std::string(urgency_name(Urgency::Today)) == "today");
    CHECK(std::string(urgency_name(Urgency::BeforeExercise)) == "before-exercise");
    CHECK(std::string(urgency_name(Urgency::None)) == "none");
}

//-----------------------------------------------------------------------------
// Asking the emergency signs again for each new episode
//-----------------------------------------------------------------------------

static std::vector<std::pair<std::string, bool>> emergency_answers(bool yes = false) {
    std::vector<std::pair<std::string, bool>> out;
    for (const SafetyQuestion& q : safety_questions())
        if (q.group == QuestionGroup::Emergency) out.push_back({q.id, yes});
    return out;
}

constexpr int64_t kDay = 86400;

TEST_CASE("the emergency signs are due at first, and again 14 days after they were answered") {
    SafetyRecord r;
    CHECK(emergency_recheck_due(r, 1000));
    answer_emergency(r, emergency_answers(), 1000);
    CHECK(r.emergency_at == 1000);
    CHECK_FALSE(emergency_recheck_due(r, 1000 + 13 * kDay));
    CHECK(emergency_recheck_due(r, 1000 + 14 * kDay));
    answer_emergency(r, emergency_answers(), 1000 + 14 * kDay);
    CHECK_FALSE(emergency_recheck_due(r, 1000 + 15 * kDay));
    CHECK(find_answer(r, "chest-pain")->answered_at == 1000);   // an unchanged answer keeps its first date
}

TEST_CASE("saying the back has gone again asks the emergency signs at once, even in the same second") {
    SafetyRecord r;
    answer_emergency(r, emergency_answers(), 5000);
    start_new_episode(r, 5000);
    CHECK(emergency_recheck_due(r, 5000));
    answer_emergency(r, emergency_answers(), 5000);
    CHECK_FALSE(emergency_recheck_due(r, 5001));
    start_new_episode(r, 9000);
    CHECK(emergency_recheck_due(r, 9000));
}

TEST_CASE("a record from before the asked date was kept uses its newest emergency answer's date") {
    SafetyRecord r = all_answered();   // answered at 1000, no emergency_at
    CHECK(r.emergency_at == 0);
    CHECK(emergency_asked_at(r) == 1000);
    CHECK_FALSE(emergency_recheck_due(r, 1000 + kDay));
    CHECK(emergency_recheck_due(r, 1000 + 14 * kDay));
}

TEST_CASE("a yes on the re-asked emergency screen withdraws the clinician's all-clear and locks routines") {
    SafetyRecord r = all_answered({"fever"});
    confirm_clinician_check(r, true, 2000);
    REQUIRE(safety_verdict(r).routines_allowed);
    auto answers = emergency_answers();
    answers[0].second = true;
    answer_emergency(r, answers, 3000);
    SafetyVerdict v = safety_verdict(r);
    CHECK(v.urgency == Urgency::Emergency);
    CHECK_FALSE(v.routines_allowed);
}

TEST_CASE("the asked and new-episode dates survive a save and a load") {
    SafetyRecord r = all_answered();
    answer_emergency(r, emergency_answers(), 7000);
    start_new_episode(r, 8000);
    Notices notices;
    SafetyRecord back = safety_from_json(safety_to_json(r), notices);
    CHECK(notices.empty());
    CHECK(back == r);
    CHECK(back.emergency_at == 7000);
    CHECK(back.new_episode_at == 8000);
}
