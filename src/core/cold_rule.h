// One rule for cold across the app, for the cold pack, the alternating ice-and-heat timer and the
// reminders alike:
//  - one timer run applies cold for 20 minutes at most in all (seed 004's 20-minute switch is the
//    longest single spell any article gives; seed 002 keeps a cold pack to 15);
//  - the next cold starts no sooner than 2 hours after the last one started (seed 002's interval),
//    whichever protocol applied it.
// The catalogue loader refuses a protocol that breaks it; the care plan makes cold reminders wait
// after any cold session (care_plan_timings).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/care_schedule.h"
#include "core/catalogue.h"

namespace unclench {

constexpr int kColdMaxPerRunS = 20 * 60;
constexpr int kColdGapS = 2 * 3600;

// Seconds of cold one run of the protocol's timer applies (care_timer_plan); 0 when it has none.
int cold_s_per_run(const CareProtocol& protocol);
bool applies_cold(const CareProtocol& protocol);

// Why the protocol breaks the cold rule, or "" when it keeps it: too much cold in one run, or a cold
// timer that repeats sooner than kColdGapS (or spreads itself over the day without an interval).
std::string cold_rule_problem(const CareProtocol& protocol);

// The protocols in the catalogue that apply cold, in catalogue order.
std::vector<std::string> cold_protocol_ids(const Catalogue& catalogue);

// The earliest time the next cold may start after these sessions (any cold protocol's), or 0 when
// no cold session is in the list.
int64_t next_cold_allowed_s(const Catalogue& catalogue, const std::vector<CareDone>& done);

} // namespace unclench
