// Home care state the care screens share: the one running care timer (kept while the person moves
// between screens) and the reminder plan (which protocols remind, since when; kept in localStorage).
// Timing itself is pure core (core/care_timer.h, core/care_schedule.h); this file wires it to the
// platform: cues, wake lock, the hidden-page title, notifications and history.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/care_schedule.h"
#include "core/care_timer.h"

namespace unclench {

class App;
struct FrameNeeds;

//---- The running timer

struct ActiveCare {
    CareTimer timer;
    int64_t started_wall_s = 0;
    int tz_offset_min = 0;
    bool logged = false;   // written to history (on finish, or on an early stop past a minute)
};

ActiveCare* active_care();
void start_care_timer(App& app, const CareProtocol& protocol);   // also turns on its reminders
void pause_care_timer(App& app);
void resume_care_timer(App& app);
void stop_care_timer(App& app);
void close_care_timer(App& app);   // forgets a finished timer

// Every frame a care screen (or Home's summary) draws: cues, wake lock, title, notification, history.
void care_timer_tick(App& app, FrameNeeds& needs);

//---- Reminders

struct CarePlanEntry {
    std::string protocol_id;
    int64_t start_s = 0;
};

std::vector<CarePlanEntry> care_plan(App& app);   // entries still running (finished ones are dropped)
bool care_reminders_on(App& app, const std::string& protocol_id);
void set_care_reminders(App& app, const CareProtocol& protocol, bool on);
// True when the protocol repeats on a schedule the reminders can follow.
bool care_can_remind(const CareProtocol& protocol);

std::vector<DueItem> care_due(App& app, int max_items);
// The .ics text of the next week of reminders, each with an alarm at its time.
std::string care_calendar_text(App& app);

// "14:00", "tomorrow 07:00", "Tue 09:00": a due time in the person's local time.
std::string care_due_time_text(int64_t due_s, int64_t now_s, int tz_offset_min);
// "every 2 hours for 2 days", "3 times a day": how a protocol repeats, for a subtitle.
std::string care_repeat_text(const CareProtocol& protocol);

} // namespace unclench
