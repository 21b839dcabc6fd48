#include "ui/care_timer.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/ics.h"
#include "platform/clock.h"
#include "platform/cue_player.h"
#include "platform/local_store.h"
#include "platform/notify.h"
#include "platform/page_title.h"
#include "platform/wake_lock.h"
#include "ui/app.h"

namespace unclench {

static std::optional<ActiveCare> g_active;
static web::CuePlayer g_cues;
static bool g_holding_lock = false;

ActiveCare* active_care() { return g_active ? &*g_active : nullptr; }

//-----------------------------------------------------------------------------
// History: a finished timer, or one stopped after a real minute, is a care session
//-----------------------------------------------------------------------------

static const int64_t kLogAfterMs = 60 * 1000;

static void log_care(App& app, ActiveCare& a, bool completed) {
    if (a.logged) return;
    a.logged = true;
    int64_t ran = a.timer.elapsed_ms(app.now_ms());
    if (!completed && ran < kLogAfterMs) return;
    CareSession s;
    s.protocol_id = a.timer.plan().protocol_id;
    s.start = a.started_wall_s;
    s.tz_offset_min = a.tz_offset_min;
    s.duration_seconds = (int)(ran / 1000);
    s.completed = completed;
    app.add_notices(app.progress().add_care_session(s));
}

//-----------------------------------------------------------------------------
// Controls
//-----------------------------------------------------------------------------

void start_care_timer(App& app, const CareProtocol& protocol) {
    std::optional<CareTimerPlan> plan = care_timer_plan(protocol);
    if (!plan || (g_active && !g_active->timer.finished(app.now_ms()))) return;
    g_cues.stop();
    g_active.emplace(ActiveCare{CareTimer(*plan), app.wall_s(), app.tz_offset_min(), false});
    g_active->timer.start(app.now_ms());
    if (care_can_remind(protocol) && !care_reminders_on(app, protocol.id)) set_care_reminders(app, protocol, true);
}

void pause_care_timer(App& app) { if (g_active) g_active->timer.pause(app.now_ms()); }
void resume_care_timer(App& app) { if (g_active) g_active->timer.resume(app.now_ms()); }

void stop_care_timer(App& app) {
    if (!g_active || !g_active->timer.stop(app.now_ms())) return;
    log_care(app, *g_active, false);
}

void close_care_timer(App& app) {
    if (g_active && !g_active->timer.finished(app.now_ms())) return;
    g_active.reset();
    g_cues.stop();
    web::clear_title();
}

//-----------------------------------------------------------------------------
// Every frame: the platform follows the timer
//-----------------------------------------------------------------------------

// Session clock -> the page's frame clock (performance.now), for FrameNeeds::redraw_at.
static double frame_time(App& app, int64_t session_ms) {
    return (double)web::monotonic_ms() + (double)(session_ms - app.now_ms());
}

static void follow_with_title(const ActiveCare& a, const CareTimerView& v, int64_t wall_now_ms) {
    if (v.paused) { web::set_title_countdown("Paused " + a.timer.plan().title); return; }
    if (v.finished) { web::clear_title(); return; }
    std::vector<web::TitlePhase> phases;
    int64_t end = wall_now_ms + v.segment_remaining_ms;
    const auto& segments = a.timer.plan().segments;
    phases.push_back({v.label, end});
    for (size_t i = (size_t)v.segment + 1; i < segments.size(); i++) {
        end += segments[i].duration_ms;
        phases.push_back({segments[i].label, end});
    }
    web::set_title_phases(phases, "Time is up");
}

static void follow_with_notification(const ActiveCare& a, const CareTimerView& v, int64_t wall_now_ms) {
    if (v.paused || v.finished) { web::cancel_notify("care-timer"); return; }
    const CareTimerPlan& plan = a.timer.plan();
    web::notify_at("care-timer", plan.title + ": time is up", plan.done_words, wall_now_ms + v.total_remaining_ms);
}

static void follow_with_wake_lock(bool want) {
    if (want == g_holding_lock) return;
    g_holding_lock = want;
    if (want) web::acquire_wake_lock();
    else web::release_wake_lock();
}

void care_timer_tick(App& app, FrameNeeds& needs) {
    if (!g_active) { follow_with_wake_lock(false); return; }
    ActiveCare& a = *g_active;
    int64_t now = app.now_ms();
    CareTimerView v = a.timer.view(now);
    if (v.finished && !v.stopped_early) log_care(app, a, true);

    // Beeps of the whole timer go on the audio clock at once: they sound even if the page is hidden.
    const int64_t late = 1000;
    std::vector<Cue> cues = a.timer.cues_between(now - late, now + a.timer.plan().total_ms());
    g_cues.play(cues, a.timer.generation(), now, app.settings(), v.paused, a.timer.plan().total_ms());

    int64_t wall_now_ms = web::wall_ms();
    follow_with_title(a, v, wall_now_ms);
    follow_with_notification(a, v, wall_now_ms);
    follow_with_wake_lock(v.started && !v.finished);

    if (!v.started || v.paused || v.finished) return;
    if (a.timer.plan().pacer()) { needs.animate(); return; }
    // A redraw when the seconds change, and at the next spoken cue.
    int64_t next = now + (v.total_remaining_ms % 1000 == 0 ? 1000 : v.total_remaining_ms % 1000);
    if (g_cues.next_due_ms() >= 0) next = std::min(next, g_cues.next_due_ms());
    needs.redraw_at(frame_time(app, next));
}

//-----------------------------------------------------------------------------
// Reminder plan: localStorage "unclench/<ns>/v2/care-plan" = [{"id": ..., "start": ...}, ...]
//-----------------------------------------------------------------------------

static const char* kPlanKey = "care-plan";

static std::vector<CarePlanEntry> read_plan(App& app) {
    std::vector<CarePlanEntry> out;
    web::LocalStore store;
    StoreRead read = store.get(app.progress().storage_key(kPlanKey));
    if (!read.value) return out;
    nlohmann::json doc = nlohmann::json::parse(*read.value, nullptr, false);
    if (!doc.is_array()) return out;   // damaged: start again with no reminders rather than fail
    for (const auto& e : doc) {
        if (!e.is_object() || !e.contains("id") || !e["id"].is_string() || !e.contains("start") ||
            !e["start"].is_number_integer())
            continue;
        out.push_back({e["id"].get<std::string>(), e["start"].get<int64_t>()});
    }
    return out;
}

static void write_plan(App& app, const std::vector<CarePlanEntry>& plan) {
    nlohmann::json doc = nlohmann::json::array();
    for (const CarePlanEntry& e : plan) doc.push_back({{"id", e.protocol_id}, {"start", e.start_s}});
    web::LocalStore store;
    store.set(app.progress().storage_key(kPlanKey), doc.dump());
}

static std::optional<CareProtocolTiming> timing_of(App& app, const CarePlanEntry& e) {
    const CareProtocol* p = app.catalogue().care_protocol(e.protocol_id);
    return p ? care_timing_for(*p, e.start_s) : std::nullopt;
}

static bool still_running(const CareProtocolTiming& t, int64_t now_s) {
    return t.for_days <= 0 || now_s < t.start_s + t.for_days * 86400LL;
}

std::vector<CarePlanEntry> care_plan(App& app) {
    std::vector<CarePlanEntry> out;
    for (const CarePlanEntry& e : read_plan(app)) {
        std::optional<CareProtocolTiming> t = timing_of(app, e);
        if (t && still_running(*t, app.wall_s())) out.push_back(e);
    }
    return out;
}

bool care_can_remind(const CareProtocol& protocol) {
    std::optional<CareProtocolTiming> t = care_timing_for(protocol, 0);
    return t && t->phases.empty();   // alternating blocks run as one timer, not as reminders
}

bool care_reminders_on(App& app, const std::string& protocol_id) {
    for (const CarePlanEntry& e : care_plan(app))
        if (e.protocol_id == protocol_id) return true;
    return false;
}

void set_care_reminders(App& app, const CareProtocol& protocol, bool on) {
    std::vector<CarePlanEntry> plan = care_plan(app);
    plan.erase(std::remove_if(plan.begin(), plan.end(), [&](const CarePlanEntry& e) { return e.protocol_id == protocol.id; }),
               plan.end());
    if (on && care_can_remind(protocol)) plan.push_back({protocol.id, app.wall_s()});
    write_plan(app, plan);
}

std::vector<DueItem> care_due(App& app, int max_items) {
    std::vector<CareProtocolTiming> timings;
    for (const CarePlanEntry& e : care_plan(app))
        if (std::optional<CareProtocolTiming> t = timing_of(app, e)) timings.push_back(*t);
    std::vector<CareDone> done;
    for (const CareSession& s : app.progress().data().care) done.push_back({s.protocol_id, s.start});
    if (g_active && !g_active->logged)   // a timer running now counts as done: it is not "due now"
        done.push_back({g_active->timer.plan().protocol_id, g_active->started_wall_s});
    return next_due(timings, done, app.wall_s(), app.tz_offset_min(), max_items);
}

std::string care_calendar_text(App& app) {
    const int64_t week = 7 * 86400;
    std::vector<DueItem> items = care_due(app, 200);
    items.erase(std::remove_if(items.begin(), items.end(), [&](const DueItem& d) { return d.due_s > app.wall_s() + week; }),
                items.end());
    std::vector<CalendarEvent> events = care_calendar_events(items, 0);
    for (size_t i = 0; i < events.size(); i++) {
        const CareProtocol* p = app.catalogue().care_protocol(items[i].protocol_id);
        if (!p) continue;
        events[i].description = p->purpose;
        for (const std::string& line : p->safety) events[i].description += "\n- " + line;
    }
    return write_ics(events, app.wall_s());
}

//-----------------------------------------------------------------------------
// Words
//-----------------------------------------------------------------------------

std::string care_due_time_text(int64_t due_s, int64_t now_s, int tz_offset_min) {
    static const char* kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};   // 1970-01-01 was a Thursday
    auto local_day = [&](int64_t t) { int64_t l = t + tz_offset_min * 60LL; return l >= 0 ? l / 86400 : (l - 86399) / 86400; };
    int64_t local = due_s + tz_offset_min * 60LL;
    int64_t sod = local - local_day(due_s) * 86400;
    char clock[16];
    std::snprintf(clock, sizeof clock, "%02d:%02d", (int)(sod / 3600), (int)(sod % 3600 / 60));
    int64_t days = local_day(due_s) - local_day(now_s);
    if (days <= 0) return clock;
    if (days == 1) return std::string("tomorrow ") + clock;
    return std::string(kDays[((local_day(due_s) % 7) + 7) % 7]) + " " + clock;
}

static std::string every_text(int seconds) {
    if (seconds % 3600 == 0) return seconds == 3600 ? "every hour" : "every " + std::to_string(seconds / 3600) + " hours";
    return "every " + std::to_string(seconds / 60) + " minutes";
}

std::string care_repeat_text(const CareProtocol& protocol) {
    std::optional<CareProtocolTiming> t = care_timing_for(protocol, 0);
    if (!t || !t->phases.empty()) return {};
    std::string text = t->repeat_every_s > 0 ? every_text(t->repeat_every_s) : std::to_string(t->times_per_day) + " times a day";
    if (t->for_days > 0) text += " for " + std::to_string(t->for_days) + (t->for_days == 1 ? " day" : " days");
    return text;
}

} // namespace unclench
