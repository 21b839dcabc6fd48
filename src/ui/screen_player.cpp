// The Player: a routine in progress. A big countdown ring, the figure doing the movement, where we are
// (exercise, side, rep and set), the current instruction, what comes next, and the controls — with
// "Stop, it hurts" always one tap away.
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>

#include "core/duration_format.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/safety_gate.h"
#include "ui/screens.h"
#include "ui/session_ring.h"
#include "ui/session_words.h"
#include "ui/widgets.h"
#include "ui/widgets_form.h"
#if __has_include("ui/figure_view.h")
#include "ui/figure_view.h"
#define UNCLENCH_HAS_FIGURES 1
#endif

namespace unclench {

// What this visit to the Player keeps between frames.
struct PlayerState : ScreenState {
    bool confirm_end = false;   // "End this session now?" is showing
};

//-----------------------------------------------------------------------------
// Words for where we are
//-----------------------------------------------------------------------------

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
    ring.label = session_phase_label(s);
    std::string detail = session_position_text(s);
    ring.detail = detail.c_str();
    ring.colour = phase_colour(s);
    ring.paused = s.paused;
    draw_session_ring(ImVec2(p.x + w * 0.5f, p.y + diameter * 0.5f), diameter * 0.44f, ring);
}

// The transport tiles' size for a column width: four in a row, at most 96 px.
static float tile_size(float column_w) { return ImMin(96.0f, (column_w - 30.0f) / 4.0f); }

static void draw_controls(App& app, const SessionSnapshot& s) {
    float w = footer_width(), gap = 10;
    float tile = tile_size(w);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - tile * 4 - gap * 3) * 0.5f);
    if (tile_button(ICON_SKIP_PREVIOUS, "Back", ButtonStyle::Secondary, tile)) app.control_session(SessionControl::BackPhase);
    ImGui::SameLine(0, gap);
    if (s.paused) { if (tile_button(ICON_PLAY_ARROW, "Resume", ButtonStyle::Primary, tile)) app.control_session(SessionControl::Resume); }
    else if (tile_button(ICON_PAUSE, "Pause", ButtonStyle::Primary, tile)) app.control_session(SessionControl::Pause);
    ImGui::SameLine(0, gap);
    if (tile_button(ICON_SKIP_NEXT, "Skip", ButtonStyle::Secondary, tile)) app.control_session(SessionControl::SkipPhase);
    ImGui::SameLine(0, gap);
    ImGui::BeginDisabled(!s.can_add_time);
    if (tile_button(ICON_MORE_TIME, "+10 s", ButtonStyle::Secondary, tile)) app.control_session(SessionControl::AddTime);
    ImGui::EndDisabled();
}

static bool advised_against(App& app, const PlanItem& item) {
    const Exercise* ex = app.catalogue().exercise(item.exercise_id);
    return ex && advised_against(app, *ex);
}

static void draw_caution(App& app, const PlanItem& item) {
    begin_card("##caution", im_col(caution_wash(widget_theme().colours, widget_theme().colours.bg)));
    if (advised_against(app, item)) {
        ImGui::PushFont(widget_theme().bold, 0.0f);
        paragraph((std::string(ICON_WARNING " ") + kNotAdvisedText + ". You can skip it.").c_str());
        ImGui::PopFont();
    }
    for (const std::string& c : item.cautions) ImGui::TextWrapped(ICON_WARNING " %s", c.c_str());
    if (big_button("Skip this exercise", ICON_SKIP_NEXT, ButtonStyle::Secondary)) app.control_session(SessionControl::SkipExercise);
    end_card();
}

static void draw_end_confirm(App& app, PlayerState& st) {
    begin_card("##end");
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextWrapped("End this session now?");
    ImGui::PopFont();
    muted("What you have done so far is kept.");
    if (big_button("Keep going", ICON_PLAY_ARROW, ButtonStyle::Primary)) { st.confirm_end = false; app.control_session(SessionControl::Resume); }
    if (big_button("End session", ICON_STOP_CIRCLE, ButtonStyle::Secondary)) { st.confirm_end = false; app.control_session(SessionControl::EndEarly); }
    end_card();
}

static void ask_to_end(App& app, PlayerState& st) {
    app.control_session(SessionControl::Pause);
    st.confirm_end = true;
}

//-----------------------------------------------------------------------------
// The screen: the App advances the session and keeps its sound and title in step (App::frame)
//-----------------------------------------------------------------------------

void draw_player(App& app, FrameNeeds&) {
    const ActiveSession* session = app.session();
    if (!session) { app.home(); return; }
    PlayerState& st = app.screen_state<PlayerState>();
    const SessionEngine& e = *session->engine;
    SessionSnapshot s = e.snapshot(app.now_ms());
    const PlanItem& item = e.plan().items[(size_t)s.item_index];
    bool stepped = app.reduce_motion();

    // Pinned footer: the controls and "Stop, it hurts" never scroll away or hide under anything.
    ImVec2 vp = ImGui::GetMainViewport()->Size;
    float column_w = ImMin(vp.x - 2 * kPad, kMaxContentWidth);
    const float footer_h = tile_size(column_w) + kTouchTarget + 2 * ImGui::GetStyle().ItemSpacing.y;
    if (begin_screen(session->routine.name.c_str(), true, footer_h)) ask_to_end(app, st);
    if (!st.confirm_end && ImGui::IsKeyPressed(ImGuiKey_Space, false) && !GImGui->NavCursorVisible)
        app.control_session(s.paused ? SessionControl::Resume : SessionControl::Pause);

    ImGui::PushFont(widget_theme().bold, type::kTitle);
    ImGui::TextWrapped("%s", s.exercise_name.c_str());
    ImGui::PopFont();
    muted(("Exercise " + std::to_string(s.item_index + 1) + " of " + std::to_string(s.item_count) + " · " +
           format_clock(s.session_remaining_ms) + " left").c_str());
    if (session->resumed && s.paused) paragraph("The page reloaded, so the session paused here. Tap Resume to go on.");
    if (s.phase_kind == PhaseKind::GetReady && (!item.cautions.empty() || advised_against(app, item))) draw_caution(app, item);
    if (st.confirm_end) draw_end_confirm(app, st);

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
    if (!st.confirm_end) draw_controls(app, s);
    if (big_button("Stop, it hurts", ICON_PAN_TOOL, ButtonStyle::Danger, kTouchTarget)) app.control_session(SessionControl::StopItHurts);
    end_screen();
}

} // namespace unclench
