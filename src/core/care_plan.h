// The reminder plan: which home-care protocols remind the person, and since when. The app keeps it as
// JSON text in its store (key "care-plan"):
//
//   [{"id": "cold-pack", "start": 1762160400}, {"id": "walk", "start": 1762164000}]
//
// Reading forgives: damaged text is an empty plan, and an entry that is not an object with a string "id"
// and a whole-number "start" is skipped, so a bad store costs reminders, never the app. A protocol
// stops reminding when its for_days are over, or when it leaves the catalogue. Pure: the caller reads
// and writes the store and passes the time.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/care_schedule.h"
#include "core/catalogue.h"

namespace unclench {

struct CarePlanEntry {
    std::string protocol_id;
    int64_t start_s = 0;
};

//---- The stored text

std::vector<CarePlanEntry> parse_care_plan(const std::string& text);
std::string care_plan_text(const std::vector<CarePlanEntry>& entries);

//---- What runs

// The entries whose protocol is in the catalogue, can be scheduled from its start, and has not run its
// course by now_s (finished ones are dropped), in their order.
std::vector<CarePlanEntry> care_plan_running(const std::vector<CarePlanEntry>& entries, const Catalogue& catalogue,
                                             int64_t now_s);
bool care_plan_has(const std::vector<CarePlanEntry>& entries, const std::string& protocol_id);
// The plan with one protocol's reminders turned on (starting now_s) or off. Turning on a protocol that
// cannot remind (care_plan_can_remind) only removes it.
std::vector<CarePlanEntry> care_plan_with(const std::vector<CarePlanEntry>& entries, const CareProtocol& protocol,
                                          bool on, int64_t now_s);
// The schedule of each entry whose protocol the catalogue has, for next_due (care_schedule.h). A cold
// protocol also waits kColdGapS after any other cold protocol's session (cold_rule.h).
std::vector<CareProtocolTiming> care_plan_timings(const std::vector<CarePlanEntry>& entries,
                                                  const Catalogue& catalogue);

//---- One protocol

// True when the protocol repeats on a schedule reminders can follow. Alternating blocks (ice, then
// heat) run as one timer instead.
bool care_plan_can_remind(const CareProtocol& protocol);
// How the protocol repeats, for a subtitle: "every 2 hours for 2 days", "3 times a day", "every hour";
// "" when it does not remind.
std::string care_plan_repeat_text(const CareProtocol& protocol);

} // namespace unclench
