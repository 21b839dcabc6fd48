#include "core/care_schedule.h"

#include <algorithm>
#include <map>

#include "core/progress_calendar.h"
#include "core/stable_order.h"

namespace unclench {

static const int64_t kDay = 86400;
static const int64_t kMaxTime = int64_t(1) << 40;   // far beyond any real date; keeps sums from overflowing

//---- Local time helpers (days are progress_calendar.h's local_day)

static int64_t second_of_day(int64_t t, int tz_min) { return t + tz_min * 60 - local_day(t, tz_min) * kDay; }

static bool quiet_active(const CareOptions& o) {
    return o.quiet_hours && o.quiet_start_min != o.quiet_end_min && o.quiet_start_min >= 0 && o.quiet_start_min < 1440 &&
           o.quiet_end_min >= 0 && o.quiet_end_min < 1440;
}

static bool in_quiet(int64_t sod, const CareOptions& o) {
    int64_t start = o.quiet_start_min * 60, end = o.quiet_end_min * 60;
    if (start < end) return sod >= start && sod < end;
    return sod >= start || sod < end;   // the window wraps past midnight
}

// The first moment at or after t that is outside quiet hours.
static int64_t skip_quiet(int64_t t, int tz_min, const CareOptions& o) {
    if (!quiet_active(o)) return t;
    int64_t sod = second_of_day(t, tz_min);
    if (!in_quiet(sod, o)) return t;
    int64_t wait = (o.quiet_end_min * 60 - sod + kDay) % kDay;
    return t + wait;
}

static int64_t start_of_next_day(int64_t t, int tz_min, const CareOptions& o) {
    int64_t midnight = (local_day(t, tz_min) + 1) * kDay - tz_min * 60;
    return skip_quiet(midnight, tz_min, o);
}

//---- Timing

bool care_timing_valid(const CareProtocolTiming& t) {
    if (t.duration_s < 0 || t.duration_s > kDay) return false;
    if (t.max_sessions < 0) return false;
    if (t.repeat_every_s < 0 || t.repeat_every_s > 30 * kDay) return false;
    if (t.times_per_day < 0 || t.times_per_day > 48) return false;
    if (t.for_days < 0 || t.for_days > 366) return false;
    if (t.start_s < 0 || t.start_s > kMaxTime) return false;
    if (t.wait_after_s < 0 || t.wait_after_s > 30 * kDay) return false;
    return t.repeat_every_s > 0 || t.times_per_day > 0;
}

// "3 times a day" with no interval: spread evenly over the waking part of the day.
static int64_t effective_interval(const CareProtocolTiming& t, const CareOptions& o) {
    if (t.repeat_every_s > 0) return t.repeat_every_s;
    int64_t waking = kDay;
    if (quiet_active(o)) {
        int64_t quiet = (o.quiet_end_min - o.quiet_start_min + 1440) % 1440;
        waking = kDay - quiet * 60;
    }
    return waking / t.times_per_day;
}

//---- One protocol

struct ProtocolHistory {
    bool any = false;
    int64_t last_s = 0;
    int count = 0;                        // sessions since start: picks the next phase
    std::map<int64_t, int> per_day;       // local day -> sessions started that day
};

static ProtocolHistory history_of(const CareProtocolTiming& t, const std::vector<CareDone>& done, int tz_min) {
    ProtocolHistory h;
    for (const CareDone& d : done) {
        if (d.protocol_id != t.id || d.started_s < t.start_s || d.started_s > kMaxTime) continue;
        h.last_s = h.any ? std::max(h.last_s, d.started_s) : d.started_s;
        h.any = true;
        h.count++;
        h.per_day[local_day(d.started_s, tz_min)]++;
    }
    return h;
}

// The latest start among sessions of the protocols this one waits after, or -1.
static int64_t last_related_start(const CareProtocolTiming& t, const std::vector<CareDone>& done) {
    int64_t last = -1;
    for (const CareDone& d : done)
        if (d.started_s <= kMaxTime && std::find(t.waits_after.begin(), t.waits_after.end(), d.protocol_id) != t.waits_after.end())
            last = std::max(last, d.started_s);
    return last;
}

// Move t out of quiet hours and off days that already had their share of sessions.
static int64_t place(int64_t t, const CareProtocolTiming& timing, const ProtocolHistory& h, int tz_min,
                     const CareOptions& o) {
    for (int guard = 0; guard < 400; guard++) {
        t = skip_quiet(t, tz_min, o);
        auto it = h.per_day.find(local_day(t, tz_min));
        bool day_full = timing.times_per_day > 0 && it != h.per_day.end() && it->second >= timing.times_per_day;
        if (!day_full) break;
        t = start_of_next_day(t, tz_min, o);
    }
    return t;
}

static void add_protocol(std::vector<DueItem>& out, const CareProtocolTiming& timing, const std::vector<CareDone>& done,
                         int64_t now_s, int tz_min, int max_items, const CareOptions& o) {
    ProtocolHistory h = history_of(timing, done, tz_min);
    int64_t interval = effective_interval(timing, o);
    int64_t end_s = timing.for_days > 0 ? timing.start_s + timing.for_days * kDay : kMaxTime * 2;
    int64_t t = h.any ? h.last_s + interval : timing.start_s;
    int64_t related = last_related_start(timing, done);
    if (related >= 0) t = std::max(t, related + timing.wait_after_s);
    bool overdue = t < now_s;
    if (overdue) t = now_s;
    for (int k = 0; k < max_items; k++) {
        if (timing.max_sessions > 0 && h.count + k >= timing.max_sessions) break;
        t = place(t, timing, h, tz_min, o);
        if (t >= end_s) break;
        DueItem item;
        item.protocol_id = timing.id;
        item.title = timing.title;
        if (!timing.phases.empty())
            item.phase = timing.phases[size_t(h.count + k) % timing.phases.size()];
        item.due_s = t;
        item.duration_s = timing.duration_s;
        item.overdue = overdue && k == 0;
        out.push_back(item);
        h.per_day[local_day(t, tz_min)]++;
        t += interval;
    }
}

//---- All protocols

std::vector<DueItem> next_due(const std::vector<CareProtocolTiming>& timings, const std::vector<CareDone>& done,
                              int64_t now_s, int tz_offset_min, int max_items, const CareOptions& options) {
    std::vector<DueItem> out;
    if (max_items <= 0 || now_s < 0 || now_s > kMaxTime) return out;
    max_items = std::min(max_items, 1000);   // a schedule, not a stress test
    int tz = std::clamp(tz_offset_min, -14 * 60, 14 * 60);
    for (const CareProtocolTiming& timing : timings)
        if (care_timing_valid(timing))
            add_protocol(out, timing, done, now_s, tz, max_items, options);
    sort_stably_by(out, [](const DueItem& d) { return d.due_s; });
    if (out.size() > size_t(max_items)) out.resize(size_t(max_items));
    return out;
}

std::vector<DueItem> next_due(const std::vector<CareProtocolTiming>& timings, const std::vector<CareDone>& done,
                              int64_t now_s, int tz_offset_min, int max_items) {
    return next_due(timings, done, now_s, tz_offset_min, max_items, CareOptions());
}

//---- From the catalogue

static std::optional<CareProtocolTiming> from_blocks(const CareTiming& c) {
    if (c.blocks.empty()) return std::nullopt;
    CareProtocolTiming t;
    t.duration_s = c.blocks.front().duration_s;
    for (const CareBlock& b : c.blocks) {
        if (b.duration_s != t.duration_s) return std::nullopt;   // unequal blocks are a timer, not a schedule
        t.phases.push_back(b.label);
    }
    t.repeat_every_s = t.duration_s;
    t.max_sessions = std::max(1, c.rounds) * int(c.blocks.size());
    return t;
}

std::optional<CareProtocolTiming> care_timing_for(const CareProtocol& protocol, int64_t start_s) {
    int period_days = 0;
    for (const CareTiming& c : protocol.timing)
        if (c.kind == TimingKind::Period) period_days = c.max_days;
    for (const CareTiming& c : protocol.timing) {
        std::optional<CareProtocolTiming> t;
        if (c.kind == TimingKind::Timer || c.kind == TimingKind::Reminder) {
            t = CareProtocolTiming();
            t->duration_s = c.kind == TimingKind::Timer ? c.duration_s : 0;
            t->repeat_every_s = c.repeat_every_s;
            t->times_per_day = c.times_per_day;
            t->for_days = c.for_days > 0 ? c.for_days : period_days;
        } else if (c.kind == TimingKind::Blocks) {
            t = from_blocks(c);
        }
        if (!t) continue;
        t->id = protocol.id;
        t->title = c.label.empty() ? protocol.name : c.label;
        t->start_s = start_s;
        if (care_timing_valid(*t)) return t;
    }
    return std::nullopt;
}

//---- Calendar export

std::vector<CalendarEvent> care_calendar_events(const std::vector<DueItem>& items, int alarm_before_s) {
    std::vector<CalendarEvent> events;
    for (const DueItem& item : items) {
        CalendarEvent e;
        e.title = item.phase.empty() ? item.title : item.title + ": " + item.phase;
        e.start_s = item.due_s;
        e.duration_s = item.duration_s;
        e.alarm_before_s = alarm_before_s;
        events.push_back(e);
    }
    return events;
}

} // namespace unclench
