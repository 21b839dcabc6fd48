// When the next ice pack, heat pack or exercise is due. Pure: the caller passes the current time,
// its time-zone offset and what has been done; nothing here reads a clock.
//
// Rules (chosen with a physiotherapist's habits in mind):
//  - Intervals are start to start: "every 2 hours" means a session starts 2 h after the last one started.
//  - Not started yet: due at the protocol's start. Done before: due at last done + interval.
//  - Missed: a due time in the past becomes "now" (flagged overdue); nobody is asked to catch up.
//  - Quiet hours (default 22:00-07:00 local) move a due time to the end of the quiet window; the
//    series continues from there. Turn them off with CareOptions::quiet_hours = false.
//  - times_per_day caps the sessions (done and planned) that start on one local day; once reached,
//    the next one is due when the following day starts (the end of quiet hours, or midnight).
//  - waits_after: a session of a related protocol (another cold) pushes the next due time to its start
//    + wait_after_s, so an ice-and-heat run also holds back the next cold pack.
//  - for_days ends the protocol for_days * 24 h after its start; 0 means until the person stops it
//    (the caller removes it from the list).
#pragma once
#include "core/catalogue.h"
#include "core/ics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace unclench {

struct CareProtocolTiming {
    std::string id;                  // e.g. "cold-pack"; matches CareDone::protocol_id
    std::string title;               // what the reminder says, e.g. "Cold pack"
    int64_t start_s = 0;             // when the person began this protocol (Unix seconds)
    int duration_s = 0;              // one session, e.g. 15 * 60; 0 for a plain nudge ("stand up and move")
    int repeat_every_s = 0;          // start to start; 0 = spread times_per_day over the waking day
    int times_per_day = 0;           // cap per local day; 0 = no cap
    int for_days = 0;                // 0 = until stopped
    int max_sessions = 0;            // sessions since start_s, then the protocol is over; 0 = no limit
    // Alternating protocols ("ice then heat, every 20 minutes") name their phases; the phase of a
    // session is the next one after the sessions already done since start_s. Empty = one kind only.
    std::vector<std::string> phases;
    // Sessions of these other protocols also hold this one back: it starts no sooner than wait_after_s
    // after the latest of them started, whenever that was (one cold clock: cold_rule.h).
    std::vector<std::string> waits_after;
    int wait_after_s = 0;
};

struct CareDone {
    std::string protocol_id;
    int64_t started_s = 0;           // when the session started (or was logged, if that is all we know)
};

struct CareOptions {
    bool quiet_hours = true;
    int quiet_start_min = 22 * 60;   // local minutes after midnight
    int quiet_end_min = 7 * 60;
};

struct DueItem {
    std::string protocol_id;
    std::string title;
    std::string phase;               // "" unless the protocol alternates
    int64_t due_s = 0;
    int duration_s = 0;
    bool overdue = false;            // was due before now; moved to now
};

// A timing the schedule can use: some way to repeat, no negative numbers, nothing absurd.
bool care_timing_valid(const CareProtocolTiming& timing);

// The next max_items due sessions across all protocols, earliest first (ties keep protocol order).
// Invalid timings and finished protocols contribute nothing. tz_offset_min is local minus UTC
// (e.g. +60 for Central European winter time; note JS getTimezoneOffset() has the opposite sign).
std::vector<DueItem> next_due(const std::vector<CareProtocolTiming>& timings, const std::vector<CareDone>& done,
                              int64_t now_s, int tz_offset_min, int max_items);
std::vector<DueItem> next_due(const std::vector<CareProtocolTiming>& timings, const std::vector<CareDone>& done,
                              int64_t now_s, int tz_offset_min, int max_items, const CareOptions& options);

// The schedulable timing of a catalogue care protocol, started at start_s, or nothing for protocols that
// are not a schedule (advice, a breathing pacer, a rest period alone). Mapping:
//   timer / reminder -> as is (a reminder is a nudge of duration 0); a period (rest up to N days) limits
//   the reminder that goes with it to those days; blocks of equal length (ice, heat, ice, heat) become
//   alternating phases, one session per block, rounds x blocks sessions in all.
std::optional<CareProtocolTiming> care_timing_for(const CareProtocol& protocol, int64_t start_s);

// Reminders for a calendar export (write_ics): title "Cold pack" or "Ice and heat: Heat", the session's
// length, an alarm alarm_before_s ahead. Descriptions are left to the caller (they come from the catalogue).
std::vector<CalendarEvent> care_calendar_events(const std::vector<DueItem>& items, int alarm_before_s = 0);

} // namespace unclench
