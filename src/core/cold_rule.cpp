#include "core/cold_rule.h"

#include <algorithm>

#include "core/care_timer.h"

namespace unclench {

int cold_s_per_run(const CareProtocol& protocol) {
    std::optional<CareTimerPlan> plan = care_timer_plan(protocol);
    return plan ? (int)(plan->cold_ms() / 1000) : 0;
}

bool applies_cold(const CareProtocol& protocol) { return cold_s_per_run(protocol) > 0; }

// A cold timer that reminds must leave the gap between starts; "3 times a day" with no interval
// could bring two colds closer than that, so a cold timer names its interval.
static std::string repeat_problem(const CareProtocol& protocol) {
    for (const CareTiming& t : protocol.timing) {
        if (t.kind != TimingKind::Timer || protocol.category != CareCategory::Cold) continue;
        if (t.repeat_every_s > 0 && t.repeat_every_s < kColdGapS)
            return "a cold timer repeats every " + std::to_string(kColdGapS / 60) + " minutes at the most often";
        if (t.repeat_every_s == 0 && t.times_per_day > 0)
            return "a cold timer that repeats must give repeat_every_s (at least " + std::to_string(kColdGapS) + " seconds)";
    }
    return {};
}

std::string cold_rule_problem(const CareProtocol& protocol) {
    int cold = cold_s_per_run(protocol);
    if (cold > kColdMaxPerRunS)
        return "applies " + std::to_string(cold / 60) + " minutes of cold in one run; the most is " +
               std::to_string(kColdMaxPerRunS / 60);
    return repeat_problem(protocol);
}

std::vector<std::string> cold_protocol_ids(const Catalogue& catalogue) {
    std::vector<std::string> out;
    for (const CareProtocol& p : catalogue.care)
        if (applies_cold(p)) out.push_back(p.id);
    return out;
}

int64_t next_cold_allowed_s(const Catalogue& catalogue, const std::vector<CareDone>& done) {
    const std::vector<std::string> cold = cold_protocol_ids(catalogue);
    int64_t next = 0;
    for (const CareDone& d : done)
        if (std::find(cold.begin(), cold.end(), d.protocol_id) != cold.end())
            next = std::max(next, d.started_s + kColdGapS);
    return next;
}

} // namespace unclench
