#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

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
        CHECK(std::string(q.text).size() > 10);
        CHECK(std::string(q.why).size() > 5);
        if (*q.condition)
            CHECK(std::find(kConditionIds.begin(), kConditionIds.end(), q.condition) != kConditionIds.end());
    }
    CHECK(find_safety_question("saddle-numbness") != nullptr);
    CHECK(find_safety_question("no-such-question") == nullptr);
}

TEST_CASE("the widely used red flags are asked, and the emergency ones come first") {
    for (const char* id : {"saddle-numbness", "bladder-bowel", "both-legs", "fever", "serious-fall", "weight-loss",
                           "cancer-history", "night-pain", "chest-pain", "kidney", "disc", "osteoarthritis"})
        CHECK_MESSAGE(find_safety_question(id) != nullptr, id);
    const auto& qs = safety_questions();
    for (size_t i = 1; i < qs.size(); i++) CHECK(qs[i - 1].urgency >= qs[i].urgency);
    CHECK(qs.front().urgency == Urgency::Emergency);
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
