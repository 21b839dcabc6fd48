#include "core/body_demands.h"

#include <algorithm>

namespace unclench {

//-----------------------------------------------------------------------------
// The tables
//-----------------------------------------------------------------------------

const std::vector<Demand> kDemands = {
    {"kneeling", "Weight on one or both knees: kneeling, half-kneeling or on all fours."},
    {"balance", "Standing on one leg, or holding a position where a wobble could tip you over."},
    {"face-down", "Lying on the stomach."},
    {"twisting", "Turning the spine: the trunk one way while the hips or legs go the other."},
    {"extension-load", "The back muscles lift the head, chest or legs off the floor into a backward bend."},
    {"forward-bend", "Curling the spine forward to the end of its range: reaching for the toes, hugging the knees in."},
    {"deep-hip-bend", "Bending a hip past a right angle: a knee drawn toward the chest, leaning far forward."},
    {"leg-crossing", "One leg crossing the middle of the body: an ankle over a knee, both knees dropped to a side."},
    {"back-rest", "Resting flat on the back for a minute or more."},
};

const std::vector<ConditionRule> kConditionRules = {
    {"disc-problems", {"extension-load"},
     "Seed 003 warns that loading the back into a backward bend may press on a damaged disc. Some "
     "physiotherapists use gentle extension for disc pain, but as a guided treatment, not from an app, so "
     "we keep the article's caution."},
    {"knee-problems", {"kneeling"},
     "Kneeling puts the body's weight straight onto the kneecap, which sore or replaced knees often do not "
     "tolerate. Pad the knee well or pick another move."},
    {"balance-problems", {"balance"},
     "A fall costs a sore back far more than the exercise gives it. Do these holding something firm, "
     "seated, or not at all."},
    {"pregnancy", {"face-down", "back-rest"},
     "Lying on the bump is not possible or safe. The NHS also advises against lying flat on the back for "
     "long after about 16 weeks: the bump presses on large blood vessels and can cause faintness. Short "
     "moves on the back are fine; long rests are better on the side."},
    {"osteoporosis", {"twisting", "forward-bend"},
     "Fragile vertebrae break under forceful forward bending and twisting, so a physiotherapist avoids "
     "both. Gentle back-extension work is encouraged for osteoporosis, so a backward bend is not flagged."},
    {"hip-replacement", {"deep-hip-bend", "leg-crossing", "twisting"},
     "The usual precautions after a hip replacement: do not bend the hip past a right angle, cross the "
     "legs or twist on the new hip. They depend on the operation and the time since it: the surgical "
     "team's own advice comes first."},
};

//-----------------------------------------------------------------------------
// Lookups
//-----------------------------------------------------------------------------

bool known_demand(std::string_view id) {
    return std::any_of(kDemands.begin(), kDemands.end(), [&](const Demand& d) { return d.id == id; });
}

bool known_condition(std::string_view id) {
    return std::find(kConditionIds.begin(), kConditionIds.end(), id) != kConditionIds.end();
}

static bool has(const std::vector<std::string>& list, std::string_view item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::vector<std::string> conditions_for_demands(const std::vector<std::string>& demands) {
    std::vector<std::string> out;
    for (const std::string& condition : kConditionIds)
        for (const ConditionRule& rule : kConditionRules)
            if (rule.condition == condition &&
                std::any_of(rule.demands.begin(), rule.demands.end(), [&](const std::string& d) { return has(demands, d); }))
                out.push_back(condition);
    return out;
}

//-----------------------------------------------------------------------------
// A fresh spasm
//-----------------------------------------------------------------------------

std::string fresh_spasm_problem(const Exercise& e) {
    if (e.category == Category::Strength) return "strength work waits until a spasm has settled";
    if (has(e.demands, "kneeling")) return "kneeling or all fours waits until a spasm has settled";
    if (has(e.demands, "twisting") && e.id != kSpasmSmallTwist)
        return "twisting beyond a small knee rock waits until a spasm has settled";
    return {};
}

std::vector<std::string> fresh_spasm_problems(const Routine& routine, const Catalogue& catalogue) {
    std::vector<std::string> out;
    for (const RoutineStep& step : routine.steps) {
        const Exercise* e = catalogue.exercise(step.exercise);
        if (!e) continue;
        std::string why = fresh_spasm_problem(*e);
        if (!why.empty()) out.push_back(e->id + ": " + why);
    }
    return out;
}

} // namespace unclench
