// Home care: timers for cold, heat, alternating ice and heat, a walk and a breath pacer; the skin-safety
// reminders before each; reminders on a schedule, exported to the phone's own calendar as an .ics file.
//
// Index of this file:
// [SECTION] Words and icons
// [SECTION] A card: text on a tinted panel (drawn behind its content with draw-list channels)
// [SECTION] The running timer: a countdown ring, or the breath pacer
// [SECTION] Before starting, reminders, how-to
// [SECTION] The care list: what is running, what is due, and every protocol
// [SECTION] Home's one line
#include <cmath>
#include <string>

#include <imgui_internal.h>

#include "core/cold_rule.h"
#include "core/date_text.h"
#include "core/duration_format.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/care_summary.h"
#include "ui/care_runner.h"
#include "ui/platform.h"
#include "ui/mirror.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace unclench {

//-----------------------------------------------------------------------------
// [SECTION] Words and icons
//-----------------------------------------------------------------------------

static const char* care_icon(CareCategory c) {
    switch (c) {
    case CareCategory::Cold: return ICON_AC_UNIT;
    case CareCategory::Heat: return ICON_LOCAL_FIRE_DEPARTMENT;
    case CareCategory::Contrast: return ICON_CONTRAST;
    case CareCategory::Rest: return ICON_BEDTIME;
    case CareCategory::Movement: return ICON_DIRECTIONS_WALK;
    case CareCategory::Relaxation: return ICON_AIR;
    case CareCategory::Medication: return ICON_LOCAL_HOSPITAL;
    case CareCategory::Advice: break;
    }
    return ICON_INFO;
}

static std::string minutes(int64_t ms) { return std::to_string((ms + 59999) / 60000) + " min"; }

static std::string timer_subtitle(const CareProtocol& p, const CareTimerPlan& plan) {
    std::string text;
    if (plan.pacer()) text = minutes(plan.total_ms()) + ", " + std::to_string(plan.inhale_ms / 1000) + " s in, " +
                             std::to_string(plan.exhale_ms / 1000) + " s out";
    else if (plan.segments.size() > 1) text = std::to_string(plan.segments.size()) + " blocks of " + minutes(plan.segments[0].duration_ms);
    else text = minutes(plan.total_ms());
    std::string repeat = care_plan_repeat_text(p);
    return repeat.empty() ? text : text + ", " + repeat;
}

static std::string due_line(App& app, const DueItem& d) {
    std::string what = d.phase.empty() ? d.title : d.title + ": " + d.phase;
    return d.overdue ? what + ", due now" : what + " at " + due_time_text(d.due_s, app.wall_s(), app.tz_offset_min());
}

//-----------------------------------------------------------------------------
// [SECTION] A card: text on a tinted panel (drawn behind its content with draw-list channels)
//-----------------------------------------------------------------------------

static void begin_card() {
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(1, 4));
    ImGui::Indent(kPad);
}

static void end_card(ImU32 fill) {
    ImGui::Unindent(kPad);
    ImGui::Dummy(ImVec2(1, 4));
    ImGui::EndGroup();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 min = ImGui::GetItemRectMin();
    float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    right = ImMin(right, ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - kPad);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(ImVec2(min.x, min.y), ImVec2(right, ImGui::GetItemRectMax().y), fill, kRadius);
    dl->ChannelsMerge();
}

static void bullets(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) paragraph(("•  " + line).c_str());
}

static void safety_card(const CareProtocol& p, const char* heading) {
    if (p.safety.empty()) return;
    begin_card();
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextUnformatted((std::string(ICON_WARNING) + "  " + heading).c_str());
    ImGui::PopFont();
    bullets(p.safety);
    end_card(im_col(caution_wash(widget_theme().colours, widget_theme().colours.surface)));
    ImGui::Dummy(ImVec2(1, 6));
}

//-----------------------------------------------------------------------------
// [SECTION] The running timer: a countdown ring, or the breath pacer
//-----------------------------------------------------------------------------

static void countdown_ring(const CareTimerView& v, float fraction_left, const std::string& big, const char* small) {
    const Palette& pal = widget_theme().pal;
    float w = ImGui::GetContentRegionAvail().x;
    float r = ImMin(w, 320.0f) * 0.42f;
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImVec2 c(top.x + w * 0.5f, top.y + r + 12);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircle(c, r, pal.ring_track, 96, 14.0f);
    if (fraction_left > 0.001f) {
        float a0 = -IM_PI * 0.5f;
        dl->PathArcTo(c, r, a0, a0 + 2 * IM_PI * fraction_left, 96);
        dl->PathStroke(v.paused ? pal.text_muted : pal.primary, 0, 14.0f);
    }
    ImGui::PushFont(widget_theme().bold, big.size() > 5 ? type::kCountdown * 0.62f : type::kCountdown * 0.8f);
    ImVec2 ts = ImGui::CalcTextSize(big.c_str());
    dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f - 8), pal.text, big.c_str());
    ImGui::PopFont();
    ImGui::PushFont(nullptr, type::kBody);
    ImVec2 ss = ImGui::CalcTextSize(small);
    dl->AddText(ImVec2(c.x - ss.x * 0.5f, c.y + ts.y * 0.5f - 4), pal.text_muted, small);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(w, 2 * r + 24));
}

static const char* breath_word(BreathStep b) {
    return b == BreathStep::In ? "Breathe in" : b == BreathStep::Hold ? "Hold" : b == BreathStep::Out ? "Breathe out" : "Breathe";
}

// A circle that grows as you breathe in and shrinks as you breathe out (eased, so it feels like breath).
static void breath_pacer(const CareTimerView& v, const std::string& left) {
    const Palette& pal = widget_theme().pal;
    float w = ImGui::GetContentRegionAvail().x;
    float r_max = ImMin(w, 320.0f) * 0.42f, r_min = r_max * 0.45f;
    float t = v.breath_fraction, ease = 0.5f - 0.5f * std::cos(t * IM_PI);
    float size = v.breath == BreathStep::In ? ease : v.breath == BreathStep::Out ? 1.0f - ease : v.breath == BreathStep::Hold ? 1.0f : 0.0f;
    ImVec2 top = ImGui::GetCursorScreenPos();
    ImVec2 c(top.x + w * 0.5f, top.y + r_max + 12);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircleFilled(c, r_max, pal.surface_alt, 96);
    dl->AddCircleFilled(c, r_min + (r_max - r_min) * size, im_col(pacer_fill(widget_theme().colours)), 96);
    ImGui::PushFont(widget_theme().bold, type::kTitle);
    const char* word = v.paused ? "Paused" : breath_word(v.breath);
    ImVec2 ts = ImGui::CalcTextSize(word);
    dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), pal.text, word);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(w, 2 * r_max + 24));
    ImGui::PushFont(nullptr, type::kBody);
    float lw = ImGui::CalcTextSize(left.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - lw) * 0.5f);
    muted(left.c_str());
    ImGui::PopFont();
}

static void status_for_mirror(const std::string& text) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    mirror_add({Role::Status, text, 0, min, max});
}

static void draw_running(App& app, const CareProtocol& p, ActiveCare& a) {
    CareTimerView v = a.timer.view(app.now_ms());
    const CareTimerPlan& plan = a.timer.plan();
    if (v.finished) {
        countdown_ring(v, 0.0f, "0:00", v.stopped_early ? "Stopped" : "Done");
        status_for_mirror(v.stopped_early ? "Timer stopped" : "Timer done");
        paragraph(v.stopped_early ? "Stopped early. Time spent counts if it was over a minute."
                                  : "Well done. This is saved in your progress.");
        if (p.category == CareCategory::Cold || p.category == CareCategory::Heat || p.category == CareCategory::Contrast)
            muted("Check your skin now: stop for today if it is numb, white, blotchy or very red.");
        ImGui::Dummy(ImVec2(1, 8));
        if (big_button("Start again", ICON_REPLAY, ButtonStyle::Primary)) { app.care().close(); app.care().start(p); }
        if (big_button("Close timer", ICON_CLOSE, ButtonStyle::Secondary)) app.care().close();
        return;
    }
    std::string left = format_clock(v.segment_remaining_ms);
    std::string detail = v.paused ? "Paused" : v.segment_count > 1
        ? v.label + ", block " + std::to_string(v.segment + 1) + " of " + std::to_string(v.segment_count) : v.label;
    if (plan.pacer()) breath_pacer(v, left + " left");
    else countdown_ring(v, 1.0f - v.segment_fraction, left, detail.c_str());
    status_for_mirror(v.label + ", " + left + " left" + (v.paused ? ", paused" : ""));
    if (v.segment_count > 1) muted((format_clock(v.total_remaining_ms) + " left in all").c_str());
    if (!p.safety.empty()) muted(p.safety.front().c_str());
    ImGui::Dummy(ImVec2(1, 8));
    if (v.paused ? big_button("Resume", ICON_PLAY_ARROW, ButtonStyle::Primary) : big_button("Pause", ICON_PAUSE, ButtonStyle::Primary))
        v.paused ? app.care().resume() : app.care().pause();
    if (big_button("Stop timer", ICON_STOP_CIRCLE, ButtonStyle::Secondary)) app.care().stop();
}

//-----------------------------------------------------------------------------
// [SECTION] Before starting, reminders, how-to
//-----------------------------------------------------------------------------

// The cold rule (core/cold_rule.h): after a cold session the skin needs 2 hours before the next one.
// Said before the timer starts, not enforced: the person may have reasons, and the timer is theirs.
static void draw_cold_wait(App& app, const CareProtocol& p) {
    if (!applies_cold(p)) return;
    int64_t from = app.care().next_cold_allowed_s();
    if (from <= app.wall_s()) return;
    std::string when = clock_text(from, app.tz_offset_min());
    paragraph((std::string(ICON_WARNING " Cold again from ") + when +
               ": leave 2 hours between cold sessions, so the skin can recover.").c_str());
}

static void draw_intro(App& app, const CareProtocol& p, const CareTimerPlan& plan, ActiveCare* other) {
    safety_card(p, "Before you start");
    if (other && !other->timer.finished(app.now_ms())) {
        std::string name = other->timer.plan().title;
        muted(("Your " + name + " timer is still running. Stop it first to start this one.").c_str());
        const CareProtocol* running = app.catalogue().care_protocol(other->timer.plan().protocol_id);
        if (running && big_button(("Go to " + name).c_str(), ICON_TIMER, ButtonStyle::Secondary)) app.go(ScreenId::CareTimer, running->id);
        return;
    }
    draw_cold_wait(app, p);
    std::string label = "Start " + minutes(plan.total_ms()) + " timer";
    if (big_button(label.c_str(), ICON_PLAY_ARROW, ButtonStyle::Primary, kTouchTarget * 1.2f)) {
        if (other) app.care().close();
        app.care().start(p);
    }
}

static void draw_reminders(App& app, const CareProtocol& p) {
    if (!care_plan_can_remind(p)) return;
    section_title("Reminders");
    bool on = app.care().reminders_on(p.id);
    std::string repeat = care_plan_repeat_text(p);
    if (on) {
        for (const DueItem& d : app.care().due(20))
            if (d.protocol_id == p.id) { paragraph(("Next: " + due_line(app, d)).c_str()); break; }
        muted(("Reminders " + repeat + ". Quiet from 22:00 to 07:00.").c_str());
        if (big_button("Stop reminders", ICON_CLOSE, ButtonStyle::Secondary)) app.care().set_reminders(p, false);
    } else {
        muted(("Suggested " + repeat + ".").c_str());
        if (big_button("Remind me", ICON_NOTIFICATIONS, ButtonStyle::Secondary)) app.care().set_reminders(p, true);
    }
}

static void draw_how_to(const CareProtocol& p, bool safety_shown) {
    if (!p.when.empty()) { section_title("When"); paragraph(p.when.c_str()); }
    if (!p.steps.empty()) {
        section_title("How to do it");
        for (size_t i = 0; i < p.steps.size(); i++) paragraph((std::to_string(i + 1) + ".  " + p.steps[i]).c_str());
    }
    if (!safety_shown && !p.safety.empty()) { section_title("Take care"); bullets(p.safety); }
}

// The App ticks the timer after the screen, so a tap's cues (the start beep) go out in the same frame.
void draw_care_timer(App& app, FrameNeeds&) {
    const CareProtocol* p = app.catalogue().care_protocol(app.route().param);
    if (begin_screen(p ? p->name.c_str() : "Home care", true)) app.back();
    if (!p) {
        muted("This care guide is not in this version of the app.");
        end_screen();
        return;
    }
    if (!p->purpose.empty()) muted(p->purpose.c_str());
    ImGui::Dummy(ImVec2(1, 6));
    ActiveCare* a = app.care().active();
    std::optional<CareTimerPlan> plan = care_timer_plan(*p);
    bool mine = a && a->timer.plan().protocol_id == p->id;
    if (mine) draw_running(app, *p, *a);
    else if (plan) draw_intro(app, *p, *plan, a);
    draw_reminders(app, *p);
    draw_how_to(*p, plan && !mine);
    end_screen();
}

//-----------------------------------------------------------------------------
// [SECTION] The care list: what is running, what is due, and every protocol
//-----------------------------------------------------------------------------

static void running_row(App& app) {
    ActiveCare* a = app.care().active();
    if (!a) return;
    CareTimerView v = a->timer.view(app.now_ms());
    const CareProtocol* p = app.catalogue().care_protocol(a->timer.plan().protocol_id);
    if (!p) return;
    std::string title = a->timer.plan().title + (v.finished ? " timer: done" : v.paused ? " timer: paused" : " timer running");
    std::string sub = v.finished ? "Tap to see it" : format_clock(v.total_remaining_ms) + " left";
    if (list_row(ICON_TIMER, title.c_str(), sub.c_str())) app.go(ScreenId::CareTimer, p->id);
}

static void coming_up(App& app) {
    std::vector<DueItem> due = app.care().due(4);
    if (due.empty()) return;
    section_title("Coming up");
    for (const DueItem& d : due) {
        std::string line = due_line(app, d);
        if (list_row(ICON_EVENT, line.c_str(), nullptr)) app.go(ScreenId::CareTimer, d.protocol_id);
    }
    if (big_button("Add reminders to my calendar", ICON_CALENDAR_MONTH, ButtonStyle::Secondary))
        app.platform().save_text_file("unclench-care.ics", "text/calendar", app.care().calendar_text());
    muted("Your phone's calendar will remind you, even with the app closed.");
    // With permission, the App notifies at the next reminder's time (CareRunner::tick).
    if (app.platform().notify_state() == NotifyState::Default &&
        big_button("Notify me while the app is open", ICON_NOTIFICATIONS, ButtonStyle::Quiet))
        app.platform().request_notifications();
}

void draw_care(App& app, FrameNeeds&) {
    if (begin_screen("Home care", true)) app.back();
    muted("Cold, heat, gentle walks and calm breathing help a spasm settle.");
    ImGui::Dummy(ImVec2(1, 4));
    running_row(app);
    coming_up(app);

    section_title("Timers");
    for (const CareProtocol& p : app.catalogue().care)
        if (std::optional<CareTimerPlan> plan = care_timer_plan(p))
            if (list_row(care_icon(p.category), p.name.c_str(), timer_subtitle(p, *plan).c_str())) app.go(ScreenId::CareTimer, p.id);

    section_title("Reminders and advice");
    for (const CareProtocol& p : app.catalogue().care) {
        if (care_timer_plan(p)) continue;
        std::string sub = care_plan_can_remind(p) ? "Reminder " + care_plan_repeat_text(p) : p.purpose;
        if (list_row(care_icon(p.category), p.name.c_str(), sub.c_str())) app.go(ScreenId::CareTimer, p.id);
    }
    end_screen();
}

//-----------------------------------------------------------------------------
// [SECTION] Home's one line
//-----------------------------------------------------------------------------

void draw_care_due_summary(App& app) {
    ActiveCare* a = app.care().active();
    if (a && !a->timer.finished(app.now_ms())) {
        CareTimerView v = a->timer.view(app.now_ms());
        std::string title = a->timer.plan().title + (v.paused ? " timer paused" : " timer running");
        std::string sub = minutes(v.total_remaining_ms) + " left";
        if (list_row(ICON_TIMER, title.c_str(), sub.c_str())) app.go(ScreenId::CareTimer, a->timer.plan().protocol_id);
        return;
    }
    std::vector<DueItem> due = app.care().due(1);
    if (due.empty()) return;
    std::string line = "Next care: " + due_line(app, due.front());
    if (list_row(ICON_NOTIFICATIONS, line.c_str(), nullptr)) app.go(ScreenId::CareTimer, due.front().protocol_id);
}

} // namespace unclench
