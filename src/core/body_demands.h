// What an exercise asks of the body (Exercise::demands: kneeling, balance, lying face down...), which
// of those each condition the safety check asks about conflicts with, and what a routine for a fresh
// spasm may hold. One table, read three ways:
//  - the catalogue loader derives every exercise's avoid_if from its demands (conditions_for_demands),
//    so the UI's flags and this table can never disagree;
//  - docs/catalogue.md prints the table with the reason for each row;
//  - the fresh-spasm rule (fresh_spasm_problem) keeps during_spasm exercises and routines to what the
//    app's own acute advice allows.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/routine.h"

namespace unclench {

// One demand tag and what it means, in words for the review document.
struct Demand {
    std::string id;
    std::string meaning;
};

// Every demand tag an exercise may carry, in the order the review document lists them.
extern const std::vector<Demand> kDemands;

// One condition (a kConditionIds entry) and the demands it conflicts with, with the clinical reason.
struct ConditionRule {
    std::string condition;
    std::vector<std::string> demands;
    std::string reason;
};

// One rule per kConditionIds entry, in the same order.
extern const std::vector<ConditionRule> kConditionRules;

bool known_demand(std::string_view id);
bool known_condition(std::string_view id);

// The conditions whose demands meet any of these, in kConditionIds order (Exercise::avoid_if).
std::vector<std::string> conditions_for_demands(const std::vector<std::string>& demands);

//-----------------------------------------------------------------------------
// A fresh spasm
//-----------------------------------------------------------------------------

// The one twist a fresh spasm keeps: the side knee drop, whose steps keep the feet on the floor and
// lower the knees only part way, a small rock like the knee rolls physiotherapists give in the first
// days. Every other twist waits until the spasm settles.
inline constexpr const char* kSpasmSmallTwist = "side-knee-drop";

// Why this exercise does not suit a fresh spasm, or "" when it does: strength work, kneeling or all
// fours (getting there from lying means a twist and a push a fresh spasm resents), and twisting beyond
// the small knee rock above.
std::string fresh_spasm_problem(const Exercise& exercise);

// The same for every step of a routine, as "exercise-id: reason" lines; empty when the routine suits
// a fresh spasm. Unknown exercises are the loader's business and are skipped here.
std::vector<std::string> fresh_spasm_problems(const Routine& routine, const Catalogue& catalogue);

} // namespace unclench
