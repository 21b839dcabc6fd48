// The Player: a routine in progress. A big countdown ring, the figure doing the movement, where we are
// (exercise, side, rep and set), the current instruction, what comes next, and the controls — with
// "Stop, it hurts" always one tap away.
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>

#include "core/duration_format.h"
#include "icons.h"
#include "platform/clock.h"
#include "platform/cue_player.h"
#include "platform/embed_bridge.h"
#include "platform/page_title.h"
#include "platform/wake_lock.h"
#include "ui/app.h"
#include "ui/mirror.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/session_ring.h"
#include "ui/widgets.h"
#include "ui/widgets_form.h"
#if __has_include("ui/figure_view.h")
#include "ui/figure_view.h"
#define UNCLENCH_HAS_FIGURES 1
#endif

namespace unclench {

static bool g_confirm_end = false;
static web::CuePlayer g_cues;
static int g_announced_phase = -1;
static bool g_announced_ten = false;

//-----------------------------------------------------------------------------
// Words for where we are
//-----------------------------------------------------------------------------

static const char* motion_label(const MotionAt& m) {
    switch (m.motion) {
    case Motion::Up: return "Up";
    case Motion::Hold: return "Hold";
    case Motion::Down: return "Down";
    case Motion::BreatheIn: return "Breathe in";
    case Motion::BreatheOut: return "Breathe out";
    case Motion::None: break;
    }
    return "Hold";
}

static const char* phase_label(const SessionSnapshot& s) {
    switch (s.phase_kind) {
    case PhaseKind::GetReady: return "Get ready";
    case PhaseKind::Rest: return "Relax";
    case PhaseKind::SwitchSide: return "Switch sides";
    case PhaseKind::Work: return s.work_kind == WorkKind::Hold ? "Hold" : motion_label(s.motion);
    }
    return "";
}

static std::string position_text(const SessionSnapshot& s) {
    std::string t;
    if (s.breaths > 0) t = "Breath " + std::to_string(s.breath) + " of " + std::to_string(s.breaths);
    else if (s.reps > 1) t = "Rep " + std::to_string(s.rep) + " of " + std::to_string(s.reps);
    if (s.sets > 1) t += (t.empty() ? "" : " · ") + std::string("Set ") + std::to_string(s.set) + " of " + std::to_string(s.sets);
    if (s.side != Side::None) t += (t.empty() ? "" : " · ") + std::string(s.side == Side::Right ? "Right side" : "Left side");
    return t;
}

static std::string instruction(const PlanItem& item, const SessionSnapshot& s) {
    if (s.phase_kind == PhaseKind::SwitchSide) return "Slowly come out of the position and set up on the other side.";
    if (s.phase_kind == PhaseKind::Rest) return "Let everything go soft. Breathe slowly.";
    if (item.steps.empty()) return {};
    if (s.phase_kind == PhaseKind::GetReady) return item.steps.front();
    // During the work, walk through the steps in step with the phase so each one gets its moment.
    size_t i = (size_t)(s.phase_fraction * (float)item.steps.size());
    return item.steps[i < item.steps.size() ? i : item.steps.size() - 1];
}

//-----------------------------------------------------------------------------
// Pieces of the screen
//-----------------------------------------------------------------------------

static ImU32 phase_colour(const SessionSnapshot& s) {
    const Palette& p = widget_theme().pal;
    return s.phase_kind == PhaseKind::Work ? p.primary : s.phase_kind == PhaseKind::Rest ? p.success : p.accent;
}

static void draw_figure_area(const PlanItem& item, const SessionSnapshot& s, float height, bool still) {
    ImVec2 min = ImGui::GetCursorScreenPos();
    ImVec2 size(ImGui::GetContentRegionAvail().x, height);
    ImGui::Dummy(size);
#ifdef UNCLENCH_HAS_FIGURES
    FigureMotion m;
    m.progress = s.phase_kind == PhaseKind::Work ? 1.0f : 0.0f;
    if (s.phase_kind == PhaseKind::Work && s.work_kind == WorkKind::Reps && !still) {
        m.progress = s.motion.motion == Motion::Up ? s.motion.fraction : s.motion.motion == Motion::Down ? 1.0f - s.motion.fraction : 1.0f;
    }
    if (s.motion.motion == Motion::BreatheIn && !still) m.breath = s.motion.fraction;
    if (s.motion.motion == Motion::BreatheOut && !still) m.breath = 1.0f - s.motion.fraction;
    draw_figure(ImGui::GetWindowDrawList(), min, min + size, item.figure, m, s.side == Side::Left);
#else
    (void)item; (void)s; (void)still; (void)min;
#endif
}

static void draw_ring(const SessionSnapshot& s, float diameter, bool stepped) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(w, diameter));
    RingState ring;
    int secs = (int)((s.phase_remaining_ms + 999) / 1000);
    ring.seconds_left = secs;
    float frac = s.phase_total_ms > 0 ? (float)s.phase_remaining_ms / (float)s.phase_total_ms : 0.0f;
    // Reduced motion: the ring moves in whole-second steps instead of sweeping.
    if (stepped && s.phase_total_ms > 0) frac = (float)secs * 1000.0f / (float)s.phase_total_ms;
    ring.remaining_fraction = frac > 1 ? 1 : frac;
    ring.label = phase_label(s);
    std::string detail = position_text(s);
    ring.detail = detail.c_str();
    ring.colour = phase_colour(s);
    ring.paused = s.paused;
    draw_session_ring(ImVec2(p.x + w * 0.5f, p.y + diameter * 0.5f), diameter * 0.44f, ring);
}

// The transport tiles' size for a column width: four in a row, at most 96 px.
static float tile_size(float column_w) { return ImMin(96.0f, (column_w - 30.0f) / 4.0f); }

static void draw_controls(App& app, SessionEngine& e, const SessionSnapshot& s) {
    int64_t now = app.now_ms();
    float w = footer_width(), gap = 10;
    float tile = tile_size(w);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - tile * 4 - gap * 3) * 0.5f);
    if (tile_button(ICON_SKIP_PREVIOUS, "Back", ButtonStyle::Secondary, tile)) e.back_phase(now);
    ImGui::SameLine(0, gap);
    if (s.paused) { if (tile_button(ICON_PLAY_ARROW, "Resume", ButtonStyle::Primary, tile)) e.resume(now); }
    else if (tile_button(ICON_PAUSE, "Pause", ButtonStyle::Primary, tile)) e.pause(now);
    ImGui::SameLine(0, gap);
    if (tile_button(ICON_SKIP_NEXT, "Skip", ButtonStyle::Secondary, tile)) e.skip_phase(now);
    ImGui::SameLine(0, gap);
    ImGui::BeginDisabled(!s.can_add_time);
    if (tile_button(ICON_MORE_TIME, "+10 s", ButtonStyle::Secondary, tile)) e.add_time(now, 10000);
    ImGui::EndDisabled();
}

// An exercise the person's answers advise against (Exercise::avoid_if), e.g. locust with disc problems.
static bool advised_against(App& app, const PlanItem& item) {
    const Exercise* ex = app.catalogue().exercise(item.exercise_id);
    if (!ex) return false;
    for (const std::string& c : reported_conditions(app))
        for (const std::string& a : ex->avoid_if)
            if (a == c) return true;
    return false;
}

static void draw_caution(App& app, SessionEngine& e, const PlanItem& item) {
    begin_card("##caution", im_col(caution_wash(widget_theme().colours, widget_theme().colours.bg)));
    if (advised_against(app, item)) {
        ImGui::PushFont(widget_theme().bold, 0.0f);
        ImGui::TextWrapped(ICON_WARNING " From your safety answers, this exercise is not advised for you.");
        ImGui::PopFont();
    }
    for (const std::string& c : item.cautions) ImGui::TextWrapped(ICON_WARNING " %s", c.c_str());
    if (big_button("Skip this exercise", ICON_SKIP_NEXT, ButtonStyle::Secondary)) e.skip_exercise(app.now_ms());
    end_card();
}

static void draw_end_confirm(App& app, SessionEngine& e) {
    begin_card("##end");
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextWrapped("End this session now?");
    ImGui::PopFont();
    muted("What you have done so far is kept.");
    if (big_button("Keep going", ICON_PLAY_ARROW, ButtonStyle::Primary)) { g_confirm_end = false; e.resume(app.now_ms()); }
    if (big_button("End session", ICON_STOP_CIRCLE, ButtonStyle::Secondary)) { g_confirm_end = false; e.end_early(app.now_ms()); }
    end_card();
}

//-----------------------------------------------------------------------------
// The screen
//-----------------------------------------------------------------------------

static void leave_player() {
    g_cues.stop();
    web::release_wake_lock();
    web::clear_title();
    g_announced_phase = -1;
    g_confirm_end = false;
}

static void finish(App& app) {
    leave_player();
    app.back();                      // the Player leaves the stack; the summary takes its place
    app.go(ScreenId::Summary);
}

//-----------------------------------------------------------------------------
// Around the screen: sound, screen kept on, the tab title, and what a screen reader hears
//-----------------------------------------------------------------------------

// While hidden, the tab title counts down through the phases ahead (frames stop; JS keeps time).
static void update_title(const SessionEngine& e, const SessionSnapshot& s) {
    if (s.paused) { web::set_title_countdown("Paused"); return; }
    std::vector<web::TitlePhase> phases;
    int64_t end = web::wall_ms() + s.phase_remaining_ms;
    phases.push_back({phase_label(s), end});
    const std::vector<Phase>& tl = e.timeline();
    for (int i = s.phase_index + 1; i < (int)tl.size() && phases.size() < 60; i++) {
        end += tl[(size_t)i].duration_ms;
        const char* label = tl[(size_t)i].kind == PhaseKind::Work ? "Hold" : tl[(size_t)i].kind == PhaseKind::Rest ? "Relax"
                          : tl[(size_t)i].kind == PhaseKind::SwitchSide ? "Switch sides" : "Get ready";
        phases.push_back({label, end});
    }
    web::set_title_phases(phases, "Session done");
}

// Phase changes and one "10 seconds left" per long phase; never every second.
static void update_announcements(const SessionSnapshot& s) {
    if (s.phase_index != g_announced_phase) {
        g_announced_phase = s.phase_index;
        g_announced_ten = false;
        std::string where = position_text(s);
        announce(std::string(phase_label(s)) + ": " + s.exercise_name + (where.empty() ? "" : ", " + where));
    } else if (!g_announced_ten && s.phase_total_ms > 20000 && s.phase_remaining_ms <= 10000 && !s.paused) {
        g_announced_ten = true;
        announce("10 seconds left");
    }
}

static void update_surroundings(App& app, const SessionEngine& e, const SessionSnapshot& s) {
    g_cues.update(e, app.now_ms(), app.settings(), s.paused);
    if (s.paused) web::release_wake_lock(); else web::acquire_wake_lock();
    update_title(e, s);
    update_announcements(s);
}

static void ask_to_end(App& app, SessionEngine& e) {
    if (e.snapshot(app.now_ms()).paused && g_confirm_end) return;
    e.pause(app.now_ms());
    g_confirm_end = true;
}

static void plan_next_frame(App& app, const SessionSnapshot& s, bool stepped, FrameNeeds& needs) {
    if (g_cues.next_due_ms() >= 0) needs.redraw_at(app.frame_ms() + (double)(g_cues.next_due_ms() - app.now_ms()));
    if (s.paused || s.finished) return;
    // The digits change right on the second, not up to a frame interval later (the ring's capped
    // frame rate would otherwise make the countdown tick unevenly, up to 33 ms late).
    int64_t ms_to_next_second = s.phase_remaining_ms % 1000;
    needs.redraw_at(app.frame_ms() + (double)(ms_to_next_second > 0 ? ms_to_next_second : 1000));
    if (!stepped) needs.animate();
}

void draw_player(App& app, FrameNeeds& needs) {
    ActiveSession* session = app.session();
    if (!session) { app.home(); return; }
    SessionEngine& e = *session->engine;
    int64_t now = app.now_ms();
    e.advance(now);
    SessionSnapshot s = e.snapshot(now);
    if (s.finished) { finish(app); return; }
    update_surroundings(app, e, s);
    const PlanItem& item = e.plan().items[(size_t)s.item_index];
    bool stepped = app.reduce_motion();

    // Pinned footer: the controls and "Stop, it hurts" never scroll away or hide under anything.
    ImVec2 vp = ImGui::GetMainViewport()->Size;
    float column_w = ImMin(vp.x - 2 * kPad, kMaxContentWidth);
    const float footer_h = tile_size(column_w) + kTouchTarget + 2 * ImGui::GetStyle().ItemSpacing.y;
    if (begin_screen(session->routine.name.c_str(), true, footer_h)) ask_to_end(app, e);
    if (!g_confirm_end && ImGui::IsKeyPressed(ImGuiKey_Space, false) && !GImGui->NavCursorVisible)
        s.paused ? e.resume(now) : e.pause(now);

    ImGui::PushFont(widget_theme().bold, type::kTitle);
    ImGui::TextWrapped("%s", s.exercise_name.c_str());
    ImGui::PopFont();
    muted(("Exercise " + std::to_string(s.item_index + 1) + " of " + std::to_string(s.item_count) + " · " +
           format_clock(s.session_remaining_ms) + " left").c_str());
    if (!s.paused) session->resumed = false;
    if (session->resumed) paragraph("The page reloaded, so the session paused here. Tap Resume to go on.");
    if (s.phase_kind == PhaseKind::GetReady && (!item.cautions.empty() || advised_against(app, item))) draw_caution(app, e, item);
    if (g_confirm_end) draw_end_confirm(app, e);

    // The figure and the ring share what the text leaves, so everything fits on a phone.
    std::string step = instruction(item, s);
    float text_h = ImGui::GetTextLineHeightWithSpacing() * 4.0f;
    float room = ImGui::GetContentRegionAvail().y - text_h;
    float w = ImGui::GetContentRegionAvail().x;
    float ring_d = ImClamp(room * 0.62f, 140.0f, ImMin(w, 420.0f));
    draw_figure_area(item, s, ImClamp(room - ring_d, 70.0f, 260.0f), stepped);
    draw_ring(s, ring_d, stepped);
    if (!step.empty()) paragraph(step.c_str());
    if (!s.next_up.empty()) muted(s.next_up.c_str());

    begin_footer();
    if (!g_confirm_end) draw_controls(app, e, s);
    if (big_button("Stop, it hurts", ICON_PAN_TOOL, ButtonStyle::Danger, kTouchTarget)) e.stop_it_hurts(now);
    end_screen();
    plan_next_frame(app, s, stepped, needs);
}

} // namespace unclench
