#include <doctest/doctest.h>
#include "core/plan_link.h"

#include "core/checksum.h"
#include "core/share_frame.h"
#include "core/text_pack.h"

using namespace unclench;

namespace {

const std::vector<std::string> kRoutines = {"relief-now", "gentle-mobility", "prevention"};
const std::vector<std::string> kLessonIds = {"common", "keep-moving", "hurt-not-harm"};

ClinicianPlan riverside() {
    ClinicianPlan plan;
    plan.clinic = "Riverside Physio";
    plan.phase = RecoveryPhase::Move;
    plan.routines = {{"gentle-mobility", 2}, {"relief-now", 1}};
    plan.lesson_ids = {"hurt-not-harm"};
    return plan;
}

std::string link_of(const ClinicianPlan& plan) {
    std::optional<std::string> link = encode_plan_fragment(plan, kRoutines, kLessonIds);
    REQUIRE(link);
    return *link;
}

PlanLinkResult open(const std::string& fragment) { return decode_plan_fragment(fragment, kRoutines, kLessonIds); }

} // namespace

TEST_CASE("a plan link carries the clinic, phase, routines with times a day, and lessons") {
    std::string link = link_of(riverside());
    CHECK(link.rfind("#p=1.", 0) == 0);
    CHECK(link.size() < 120);
    PlanLinkResult got = open(link);
    REQUIRE_MESSAGE(got.plan, got.message);
    CHECK(got.plan->clinic == "Riverside Physio");
    CHECK(got.plan->phase == RecoveryPhase::Move);
    REQUIRE(got.plan->routines.size() == 2);
    CHECK(got.plan->routines[0].routine_id == "gentle-mobility");
    CHECK(got.plan->routines[0].times_per_day == 2);
    CHECK(got.plan->lesson_ids == std::vector<std::string>{"hurt-not-harm"});
    CHECK(open(link.substr(1) + "&utm=x").plan);   // without '#', and other parameters after '&'
}

TEST_CASE("a plan link is recognised by its key even when it cannot be read") {
    CHECK(is_plan_fragment("#p=1.AAAA"));
    CHECK(is_plan_fragment("p=garbage"));
    CHECK_FALSE(is_plan_fragment("#r=1.AAAA"));
    CHECK_FALSE(is_plan_fragment(""));
}

TEST_CASE("a plan that could not be followed is never encoded") {
    ClinicianPlan unknown_routine = riverside();
    unknown_routine.routines[0].routine_id = "hanging-upside-down";
    CHECK_FALSE(encode_plan_fragment(unknown_routine, kRoutines, kLessonIds));
    ClinicianPlan no_routines = riverside();
    no_routines.routines.clear();
    CHECK_FALSE(encode_plan_fragment(no_routines, kRoutines, kLessonIds));
    ClinicianPlan no_clinic = riverside();
    no_clinic.clinic = "   ";
    CHECK_FALSE(encode_plan_fragment(no_clinic, kRoutines, kLessonIds));
    ClinicianPlan too_often = riverside();
    too_often.routines[0].times_per_day = 13;
    CHECK_FALSE(encode_plan_fragment(too_often, kRoutines, kLessonIds));
    ClinicianPlan twice = riverside();
    twice.routines.push_back({"relief-now", 3});
    CHECK_FALSE(encode_plan_fragment(twice, kRoutines, kLessonIds));
}

TEST_CASE("a changed plan link is refused as damaged, in words") {
    std::string link = link_of(riverside());
    int refused = 0;
    for (size_t i = 5; i < link.size(); i++) {
        std::string changed = link;
        changed[i] = changed[i] == 'A' ? 'B' : 'A';
        PlanLinkResult got = open(changed);
        refused += !got.plan && !got.message.empty();
    }
    CHECK(refused == int(link.size()) - 5);
    CHECK(open(link.substr(0, link.size() - 3)).message.find("not complete") != std::string::npos);
}

TEST_CASE("a plan link from a newer app asks for an update") {
    PlanLinkResult got = open("#p=2.AAAA");
    CHECK_FALSE(got.plan);
    CHECK(got.message.find("newer") != std::string::npos);
}

TEST_CASE("a plan link naming a routine or lesson this app lacks asks for an update") {
    std::string link = link_of(riverside());
    PlanLinkResult fewer_routines = decode_plan_fragment(link, {"relief-now"}, kLessonIds);
    CHECK_FALSE(fewer_routines.plan);
    CHECK(fewer_routines.message.find("routine this version") != std::string::npos);
    PlanLinkResult fewer_lessons = decode_plan_fragment(link, kRoutines, {"common"});
    CHECK_FALSE(fewer_lessons.plan);
    CHECK(fewer_lessons.message.find("lesson this version") != std::string::npos);
}

// A body written by hand, so each field can be set to what the encoder would never write.
std::vector<uint8_t> body(const std::string& clinic, uint64_t phase, uint64_t times, bool trailing = false) {
    std::vector<uint8_t> out;
    pack_text(out, clinic);
    put_varint(out, phase);
    put_varint(out, 1);
    pack_text(out, "relief-now");
    put_varint(out, times);
    put_varint(out, 0);
    if (trailing) out.push_back(0);
    return out;
}

TEST_CASE("a well-framed plan body with bad contents is refused") {
    auto opens = [](const std::vector<uint8_t>& b) { return open(frame_fragment("p", 1, b)).plan.has_value(); };
    CHECK(opens(body("Riverside", 2, 1)));
    CHECK_FALSE(opens(body("Riverside", 3, 1)));          // no fourth phase
    CHECK_FALSE(opens(body("River\nside", 0, 1)));       // a control character in the name
    CHECK_FALSE(opens(body("Riverside", 0, 40)));         // 40 times a day
    CHECK_FALSE(opens(body("Riverside", 0, 0)));          // not at all
    CHECK_FALSE(opens(body("Riverside", 0, 1, true)));    // bytes left over
}

TEST_CASE("an oversized or foreign fragment is refused unread") {
    CHECK_FALSE(open(std::string(5000, 'p')).plan);
    CHECK_FALSE(open("#r=1.AAAA").plan);
    CHECK_FALSE(open("#p=1.%%%").plan);
}
