#include <doctest/doctest.h>
#include "core/phase_words.h"

#include <string>

#include "core/session_cues.h"
#include "core/session_engine.h"
#include "session_test_plans.h"

using namespace unclench;
using namespace unclench_test;

TEST_CASE("a phase by its kind reads 'Get ready', 'Hold', 'Relax' or 'Switch sides'") {
    CHECK(std::string(phase_kind_label(PhaseKind::GetReady)) == "Get ready");
    CHECK(std::string(phase_kind_label(PhaseKind::Work)) == "Hold");
    CHECK(std::string(phase_kind_label(PhaseKind::Rest)) == "Relax");
    CHECK(std::string(phase_kind_label(PhaseKind::SwitchSide)) == "Switch sides");
    CHECK(std::string(phase_kind_label((PhaseKind)9)) == "");
}

TEST_CASE("a motion reads 'Up', 'Hold', 'Down', 'Breathe in' or 'Breathe out', and no motion 'Hold'") {
    CHECK(std::string(motion_label(Motion::Up)) == "Up");
    CHECK(std::string(motion_label(Motion::Hold)) == "Hold");
    CHECK(std::string(motion_label(Motion::Down)) == "Down");
    CHECK(std::string(motion_label(Motion::BreatheIn)) == "Breathe in");
    CHECK(std::string(motion_label(Motion::BreatheOut)) == "Breathe out");
    CHECK(std::string(motion_label(Motion::None)) == "Hold");
}

TEST_CASE("the phase now: a hold says 'Hold', moving reps and breaths say their motion") {
    CHECK(std::string(phase_label(PhaseKind::Work, WorkKind::Hold, Motion::None)) == "Hold");
    CHECK(std::string(phase_label(PhaseKind::Work, WorkKind::Reps, Motion::Down)) == "Down");
    CHECK(std::string(phase_label(PhaseKind::Work, WorkKind::Breaths, Motion::BreatheOut)) == "Breathe out");
    CHECK(std::string(phase_label(PhaseKind::Rest, WorkKind::Reps, Motion::None)) == "Relax");
    CHECK(std::string(phase_label(PhaseKind::GetReady, WorkKind::Breaths, Motion::None)) == "Get ready");
    CHECK(std::string(phase_label(PhaseKind::SwitchSide, WorkKind::Hold, Motion::None)) == "Switch sides");
}

TEST_CASE("the voice starts a work phase with the word the ring shows at that moment") {
    SessionPlan plan = sample_plan();
    std::vector<Phase> timeline = build_timeline(plan);
    int work_phases = 0;
    for (const Phase& p : timeline) {
        if (p.kind != PhaseKind::Work) continue;
        const PlanItem& item = plan.items[(size_t)p.item];
        const char* shown = phase_label(p.kind, item.kind, motion_at(item, p, 0).motion);
        CHECK(std::string(work_start_label(item.kind)) == shown);
        CHECK(phase_start_words(plan, p).rfind(shown, 0) == 0);
        work_phases++;
    }
    CHECK(work_phases > 0);
}

TEST_CASE("sides read ', right side' and ', left side' after an instruction, and nothing for no side") {
    CHECK(std::string(side_suffix(Side::Right)) == ", right side");
    CHECK(std::string(side_suffix(Side::Left)) == ", left side");
    CHECK(std::string(side_suffix(Side::None)) == "");
}

TEST_CASE("a side switch names the side to switch to") {
    CHECK(switch_side_words(Side::Left) == "Switch to your left side");
    CHECK(switch_side_words(Side::Right) == "Switch to your right side");
}

TEST_CASE("the voice and the next-up line say the same side switch") {
    SessionPlan plan = sample_plan();
    SessionEngine e(plan);
    std::vector<Phase> timeline = build_timeline(plan);
    for (size_t i = 1; i < timeline.size(); i++) {
        if (timeline[i].kind != PhaseKind::SwitchSide) continue;
        CHECK(phase_start_words(plan, timeline[i]) == switch_side_words(timeline[i].side));
        e.start(0);
        SessionSnapshot s = e.snapshot(timeline[i - 1].start_ms + 1);
        CHECK(s.next_up == switch_side_words(timeline[i].side));
        return;
    }
    FAIL("the sample plan has a side switch");
}
