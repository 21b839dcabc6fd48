// Home care the App keeps running whatever screen is shown: the one care timer (its cues, the screen
// kept on, the hidden page's title and notification, its history entry) and the reminder plan (which
// protocols remind, since when). Timing itself is pure core (core/care_timer.h, core/care_schedule.h).
// The App owns one CareRunner and ticks it every frame; screens read it and call its controls.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/care_plan.h"
#include "core/care_schedule.h"
#include "core/care_timer.h"
#include "ui/cue_player.h"

namespace unclench {

class App;
struct FrameNeeds;

struct ActiveCare {
    CareTimer timer;
    int64_t started_wall_s = 0;
    int tz_offset_min = 0;
    bool logged = false;   // written to history (on finish, or on an early stop past a minute)
};

class CareRunner {
public:
    explicit CareRunner(App& app);

    // The running timer ---------------------------------------------------------------------------
    ActiveCare* active() { return active_ ? &*active_ : nullptr; }
    void start(const CareProtocol& protocol);   // also turns on its reminders
    void pause();
    void resume();
    void stop();
    void close();                               // forgets a finished timer
    // Every frame, on any screen (App::frame): history, cues, wake lock, title, notifications.
    void tick(FrameNeeds& needs);

    // Reminders ------------------------------------------------------------------------------------
    void load_plan();                           // at start-up, from storage
    std::vector<CarePlanEntry> plan() const;    // entries still running (finished ones are dropped)
    bool reminders_on(const std::string& protocol_id) const;
    void set_reminders(const CareProtocol& protocol, bool on);
    std::vector<DueItem> due(int max_items) const;
    // When cold may be applied again (core/cold_rule.h), counting a timer running now; 0 if no cold yet.
    int64_t next_cold_allowed_s() const;
    std::string calendar_text() const;          // .ics of the next week of reminders

private:
    std::vector<CareDone> done() const;
    void log(ActiveCare& a, bool completed);
    void follow_with_title(const CareTimerView& v);
    void follow_with_notification(const CareTimerView& v);
    void follow_with_wake_lock(bool want);
    void notify_next_due();

    App& app_;
    std::optional<ActiveCare> active_;
    CuePlayer cues_;
    bool holding_lock_ = false;
    std::vector<CarePlanEntry> plan_;          // as stored
    int64_t notified_due_s_ = -1;             // the reminder a notification is set for
};

} // namespace unclench
