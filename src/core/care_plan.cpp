#include "core/care_plan.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/cold_rule.h"

namespace unclench {

//-----------------------------------------------------------------------------
// The stored text
//-----------------------------------------------------------------------------

static bool is_entry(const nlohmann::json& e) {
    return e.is_object() && e.contains("id") && e["id"].is_string() && e.contains("start") &&
           e["start"].is_number_integer();
}

std::vector<CarePlanEntry> parse_care_plan(const std::string& text) {
    std::vector<CarePlanEntry> out;
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (!doc.is_array()) return out;   // damaged: start again with no reminders rather than fail
    for (const nlohmann::json& e : doc)
        if (is_entry(e)) out.push_back({e["id"].get<std::string>(), e["start"].get<int64_t>()});
    return out;
}

std::string care_plan_text(const std::vector<CarePlanEntry>& entries) {
    nlohmann::json doc = nlohmann::json::array();
    for (const CarePlanEntry& e : entries) doc.push_back({{"id", e.protocol_id}, {"start", e.start_s}});
    // replace: only an id built in code can be invalid UTF-8 (parsed ones never are); it must not throw
    return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

//-----------------------------------------------------------------------------
// What runs
//-----------------------------------------------------------------------------

static std::optional<CareProtocolTiming> timing_of(const CarePlanEntry& e, const Catalogue& catalogue) {
    const CareProtocol* p = catalogue.care_protocol(e.protocol_id);
    return p ? care_timing_for(*p, e.start_s) : std::nullopt;
}

static bool still_running(const CareProtocolTiming& t, int64_t now_s) {
    return t.for_days <= 0 || now_s < t.start_s + t.for_days * 86400LL;
}

std::vector<CarePlanEntry> care_plan_running(const std::vector<CarePlanEntry>& entries, const Catalogue& catalogue,
                                             int64_t now_s) {
    std::vector<CarePlanEntry> out;
    for (const CarePlanEntry& e : entries) {
        std::optional<CareProtocolTiming> t = timing_of(e, catalogue);
        if (t && still_running(*t, now_s)) out.push_back(e);
    }
    return out;
}

bool care_plan_has(const std::vector<CarePlanEntry>& entries, const std::string& protocol_id) {
    return std::any_of(entries.begin(), entries.end(), [&](const CarePlanEntry& e) { return e.protocol_id == protocol_id; });
}

std::vector<CarePlanEntry> care_plan_with(const std::vector<CarePlanEntry>& entries, const CareProtocol& protocol,
                                          bool on, int64_t now_s) {
    std::vector<CarePlanEntry> out;
    for (const CarePlanEntry& e : entries)
        if (e.protocol_id != protocol.id) out.push_back(e);
    if (on && care_plan_can_remind(protocol)) out.push_back({protocol.id, now_s});
    return out;
}

// One cold clock: a cold reminder waits kColdGapS after any protocol's cold, not only its own.
static void wait_after_other_colds(CareProtocolTiming& t, const Catalogue& catalogue) {
    const CareProtocol* p = catalogue.care_protocol(t.id);
    if (!p || !applies_cold(*p)) return;
    for (const std::string& id : cold_protocol_ids(catalogue))
        if (id != t.id) t.waits_after.push_back(id);
    t.wait_after_s = kColdGapS;
}

std::vector<CareProtocolTiming> care_plan_timings(const std::vector<CarePlanEntry>& entries,
                                                  const Catalogue& catalogue) {
    std::vector<CareProtocolTiming> out;
    for (const CarePlanEntry& e : entries) {
        std::optional<CareProtocolTiming> t = timing_of(e, catalogue);
        if (!t) continue;
        wait_after_other_colds(*t, catalogue);
        out.push_back(*t);
    }
    return out;
}

//-----------------------------------------------------------------------------
// One protocol
//-----------------------------------------------------------------------------

bool care_plan_can_remind(const CareProtocol& protocol) {
    std::optional<CareProtocolTiming> t = care_timing_for(protocol, 0);
    return t && t->phases.empty();
}

static std::string every_text(int seconds) {
    if (seconds % 3600 == 0) return seconds == 3600 ? "every hour" : "every " + std::to_string(seconds / 3600) + " hours";
    return "every " + std::to_string(seconds / 60) + " minutes";
}

std::string care_plan_repeat_text(const CareProtocol& protocol) {
    std::optional<CareProtocolTiming> t = care_timing_for(protocol, 0);
    if (!t || !t->phases.empty()) return {};
    std::string text = t->repeat_every_s > 0 ? every_text(t->repeat_every_s) : std::to_string(t->times_per_day) + " times a day";
    if (t->for_days > 0) text += " for " + std::to_string(t->for_days) + (t->for_days == 1 ? " day" : " days");
    return text;
}

} // namespace unclench
