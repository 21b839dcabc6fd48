// Safety check, in two short steps: the emergency signs first ("Get help now if any of these is true",
// with "None of these" under them), then the urgent signs, risk factors and known conditions. Then the
// result: what care to seek and how urgently, with the clinician confirmation that unlocks routines.
// The emergency step comes back on its own for each new episode (core/safety_check.h).
#include <cstdio>
#include <string>
#include <vector>

#include "core/date_text.h"
#include "core/progress_calendar.h"
#include "core/safety_check.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/notices_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_safety.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Form state: the draft answers while the screen is open
//-----------------------------------------------------------------------------

enum class SafetyStep { Emergency, Rest, Result };

struct SafetyForm : ScreenState {
    std::vector<bool> yes;     // one per safety_questions(), in order
    SafetyStep step = SafetyStep::Result;
    bool confirmed = false;    // mirror of the stored clinician confirmation, for the checkbox
    bool changing = false;     // "Change my answers": both steps, not only the emergency signs
    bool opened = false;
};

static SafetyForm& form(App& app) { return app.screen_state<SafetyForm>(); }

static bool in_group(size_t i, QuestionGroup group) { return safety_questions()[i].group == group; }

// The step a visit starts at: the emergency signs when they are due, the rest when never answered.
static SafetyStep first_step(const SafetyRecord& rec, int64_t now) {
    if (emergency_recheck_due(rec, now)) return SafetyStep::Emergency;
    // An emergency sign's advice stays in view; the other questions wait until after the clinician.
    bool emergency = safety_verdict(rec).urgency == Urgency::Emergency;
    return safety_check_pending(rec) && !emergency ? SafetyStep::Rest : SafetyStep::Result;
}

// Fresh each time the screen opens: the stored answers (revisiting shows them), unanswered ones as no.
// A re-asked emergency step starts blank: the signs are about today, not the last episode.
static void open_form(SafetyForm& f, const SafetyRecord& rec, int64_t now) {
    const auto& qs = safety_questions();
    f.step = first_step(rec, now);
    f.yes.assign(qs.size(), false);
    for (size_t i = 0; i < qs.size(); i++) {
        const SafetyAnswer* a = find_answer(rec, qs[i].id);
        bool fresh = f.step == SafetyStep::Emergency && qs[i].group == QuestionGroup::Emergency;
        if (a && !fresh) f.yes[i] = a->yes;
    }
    f.confirmed = rec.clinician_confirmed;
    f.opened = true;
}

static bool any_yes(const SafetyForm& f, bool emergency_step) {
    for (size_t i = 0; i < f.yes.size(); i++)
        if (f.yes[i] && in_group(i, QuestionGroup::Emergency) == emergency_step) return true;
    return false;
}

// One answer for each question of the step (the emergency signs, or all the others), dated now.
static std::vector<std::pair<std::string, bool>> step_answers(const SafetyForm& f, bool emergency_step) {
    std::vector<std::pair<std::string, bool>> answers;
    const auto& qs = safety_questions();
    for (size_t i = 0; i < qs.size(); i++)
        if (in_group(i, QuestionGroup::Emergency) == emergency_step) answers.push_back({qs[i].id, f.yes[i]});
    return answers;
}

// After the emergency signs: a "yes" goes straight to what to do; otherwise the rest, if never answered.
static void save_emergency(App& app) {
    SafetyRecord rec = app.progress().data().safety;
    answer_emergency(rec, step_answers(form(app), true), app.wall_s());
    app.save_safety(rec);
    bool urgent = any_yes(form(app), true), changing = form(app).changing;
    open_form(form(app), app.progress().data().safety, app.wall_s());
    if (urgent) form(app).step = SafetyStep::Result;
    else if (changing) form(app).step = SafetyStep::Rest;
    ImGui::SetScrollY(0);
}

static void save_rest(App& app) {
    SafetyRecord rec = app.progress().data().safety;
    answer_all(rec, step_answers(form(app), false), app.wall_s());
    app.save_safety(rec);
    open_form(form(app), app.progress().data().safety, app.wall_s());
    ImGui::SetScrollY(0);
}

static void save_confirmation(App& app, bool confirmed) {
    SafetyRecord rec = app.progress().data().safety;
    confirm_clinician_check(rec, confirmed, app.wall_s());
    app.save_safety(rec);
    form(app).confirmed = confirmed;
}

//-----------------------------------------------------------------------------
// The questions
//-----------------------------------------------------------------------------

static void draw_group(SafetyForm& f, QuestionGroup group) {
    const auto& qs = safety_questions();
    for (size_t i = 0; i < qs.size(); i++) {
        if (qs[i].group != group) continue;
        bool yes = f.yes[i];
        if (yes_no_row(qs[i].text, qs[i].why, &yes)) f.yes[i] = yes;
    }
}

// The answer sits under the questions it answers: "None of these" while every switch is off.
static void draw_emergency(App& app) {
    section_title("Get help now if any of these is true");
    draw_group(form(app), QuestionGroup::Emergency);
    ImGui::Dummy(ImVec2(1, 8));
    bool yes = any_yes(form(app), true);
    // One ID whatever its label: a sign and this button pressed in the same instant both count.
    if (big_button(yes ? "Continue###answer" : "None of these###answer", yes ? nullptr : ICON_CHECK, ButtonStyle::Primary))
        save_emergency(app);
    muted("Not medical advice: this check helps you decide when to get help first.");
}

static void draw_rest(App& app) {
    paragraph("A few more questions. Turn on any that are true for you now.");
    section_title("See a doctor today if");
    draw_group(form(app), QuestionGroup::Urgent);
    section_title("Things a clinician weighs");
    draw_group(form(app), QuestionGroup::RiskFactor);
    section_title("Things that change which exercises suit you");
    draw_group(form(app), QuestionGroup::Condition);
    ImGui::Dummy(ImVec2(1, 8));
    bool yes = any_yes(form(app), false);
    if (big_button(yes ? "Save my answers###answer" : "None of these###answer", yes ? nullptr : ICON_CHECK,
                   ButtonStyle::Primary))
        save_rest(app);
}

//-----------------------------------------------------------------------------
// The result
//-----------------------------------------------------------------------------

static ImU32 urgency_colour(Urgency u) {
    const Palette& p = widget_theme().pal;
    return u == Urgency::Emergency || u == Urgency::Today ? p.danger : u == Urgency::BeforeExercise ? p.accent : p.success;
}

// Answers keep their dates: when the emergency signs were last asked, and when any answer last changed.
static std::string answered_on(const SafetyRecord& rec, int tz_offset_min) {
    int64_t latest = 0;
    for (const SafetyAnswer& a : rec.answers) latest = a.answered_at > latest ? a.answered_at : latest;
    std::string asked = date_stamp(local_day(emergency_asked_at(rec), tz_offset_min));
    std::string changed = date_stamp(local_day(latest, tz_offset_min));
    char buf[160];
    std::snprintf(buf, sizeof buf, "Emergency signs checked on %s. Answers last changed on %s.", asked.c_str(),
                  changed.c_str());
    return buf;
}

static void draw_yes_answers(const SafetyVerdict& v) {
    section_title("You said yes to");
    for (const std::string& id : v.yes_ids) {
        const SafetyQuestion* q = find_safety_question(id);
        if (!q) continue;
        std::string line = std::string("- ") + q->text + "  (" + safety_advice(q->urgency).headline + ")";
        paragraph(line.c_str());
    }
}

// Risk factors that need no visit first on their own (new back pain under 20 or over 50).
static void draw_worth_telling(const SafetyRecord& rec) {
    for (const SafetyQuestion& q : safety_questions()) {
        const SafetyAnswer* a = find_answer(rec, q.id);
        if (q.group != QuestionGroup::RiskFactor || q.urgency != Urgency::None || !a || !a->yes) continue;
        section_title("Worth telling a clinician");
        paragraph(q.text);
        muted("If the pain has not started to ease within 2 weeks, see a GP or physiotherapist.");
    }
}

static void draw_conditions_note(const SafetyRecord& rec) {
    if (reported_conditions(rec).empty()) return;
    muted("Exercises that may not suit you are marked in every list, and the session offers to skip them.");
}

static void draw_clinician_check(App& app, const SafetyVerdict& v) {
    section_title("Once you have been checked");
    bool confirmed = form(app).confirmed;
    if (yes_no_row("I have been checked by a clinician, and they said I can do gentle exercise",
                   "Routines stay locked until you confirm this.", &confirmed))
        save_confirmation(app, confirmed);
    if (v.routines_allowed) muted("Routines are unlocked. Stop at once if anything gets worse.");
}

static void draw_result(App& app) {
    const SafetyRecord& rec = app.progress().data().safety;
    SafetyVerdict v = safety_verdict(rec);
    SafetyAdvice advice = safety_advice(v.urgency);
    advice_card(advice.headline, advice.action, urgency_colour(v.urgency));
    ImGui::Dummy(ImVec2(1, 4));
    if (v.needs_clinician) {
        draw_yes_answers(v);
        draw_clinician_check(app, safety_verdict(app.progress().data().safety));
    }
    draw_worth_telling(rec);
    draw_conditions_note(rec);
    ImGui::Dummy(ImVec2(1, 8));
    if (v.routines_allowed && big_button("Continue", nullptr, ButtonStyle::Primary)) app.back();
    if (!v.complete && rec.clinician_confirmed &&
        big_button("Answer the other questions", nullptr, ButtonStyle::Primary)) {
        form(app).step = SafetyStep::Rest;
        ImGui::SetScrollY(0);
    }
    if (big_button("Change my answers", ICON_EDIT, ButtonStyle::Secondary)) {
        form(app).step = SafetyStep::Emergency;
        form(app).changing = true;
        ImGui::SetScrollY(0);
    }
    std::string when = answered_on(rec, app.tz_offset_min());
    muted(when.c_str());
    muted("Not medical advice. If you are unsure, or things change, talk to a clinician.");
}

//-----------------------------------------------------------------------------
// Screen
//-----------------------------------------------------------------------------

void draw_safety(App& app, FrameNeeds&) {
    SafetyForm& f = form(app);
    if (!f.opened) open_form(f, app.progress().data().safety, app.wall_s());   // each visit starts from the stored answers

    if (begin_screen("Safety check", true)) app.back();
    draw_notices(app);   // a save refused here (a full quota) is said here
    switch (f.step) {
    case SafetyStep::Emergency: draw_emergency(app); break;
    case SafetyStep::Rest: draw_rest(app); break;
    case SafetyStep::Result: draw_result(app); break;
    }
    end_screen();
}

} // namespace unclench
