// Safety check: yes/no questions for signs that need a doctor first, a "none of these" fast path, and
// the result: what care to seek and how urgently, with the clinician confirmation that unlocks routines.
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

struct SafetyForm : ScreenState {
    std::vector<bool> yes;     // one per safety_questions(), in order
    bool editing = false;
    bool confirmed = false;    // mirror of the stored clinician confirmation, for the checkbox
    bool opened = false;
};

static SafetyForm& form(App& app) { return app.screen_state<SafetyForm>(); }

// Fresh each time the screen opens: the stored answers (revisiting shows them), unanswered ones as no.
static void open_form(SafetyForm& f, const SafetyRecord& rec) {
    const auto& qs = safety_questions();
    f.yes.assign(qs.size(), false);
    for (size_t i = 0; i < qs.size(); i++)
        if (const SafetyAnswer* a = find_answer(rec, qs[i].id)) f.yes[i] = a->yes;
    f.editing = safety_check_pending(rec);
    f.confirmed = rec.clinician_confirmed;
    f.opened = true;
}

static void save_answers(App& app, bool none) {
    SafetyRecord rec = app.progress().data().safety;
    std::vector<std::pair<std::string, bool>> answers;
    const auto& qs = safety_questions();
    for (size_t i = 0; i < qs.size(); i++) answers.push_back({qs[i].id, !none && form(app).yes[i]});
    answer_all(rec, answers, app.wall_s());
    app.save_safety(rec);
    open_form(form(app), app.progress().data().safety);
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

static void draw_questions(App& app) {
    muted("Not medical advice: this check helps you decide when to see a clinician first.");
    paragraph("Before you exercise, tell us if any of these are true for you now.");
    ImGui::Dummy(ImVec2(1, 4));
    if (big_button("None of these apply to me", ICON_CHECK, ButtonStyle::Primary)) save_answers(app, true);
    section_title("Signs that need a doctor");
    draw_group(form(app), QuestionGroup::RedFlag);
    section_title("Things that change which exercises suit you");
    draw_group(form(app), QuestionGroup::Condition);
    ImGui::Dummy(ImVec2(1, 8));
    if (big_button("Save my answers", nullptr, ButtonStyle::Primary)) save_answers(app, false);
}

//-----------------------------------------------------------------------------
// The result
//-----------------------------------------------------------------------------

static ImU32 urgency_colour(Urgency u) {
    const Palette& p = widget_theme().pal;
    return u == Urgency::Emergency || u == Urgency::Today ? p.danger : u == Urgency::BeforeExercise ? p.accent : p.success;
}

static std::string answered_on(const SafetyRecord& rec, int tz_offset_min) {
    int64_t latest = 0;
    for (const SafetyAnswer& a : rec.answers) latest = a.answered_at > latest ? a.answered_at : latest;
    std::string day = date_stamp(local_day(latest, tz_offset_min));
    char buf[64];
    std::snprintf(buf, sizeof buf, "Answers last changed on %s.", day.c_str());
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

static void draw_conditions_note(const SafetyRecord& rec) {
    if (reported_conditions(rec).empty()) return;
    muted("Before an exercise that may not suit your back, knees or balance, the session tells you and lets "
          "you skip it.");
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
    draw_conditions_note(rec);
    ImGui::Dummy(ImVec2(1, 8));
    if (v.routines_allowed && big_button("Continue", nullptr, ButtonStyle::Primary)) app.back();
    if (big_button("Change my answers", ICON_EDIT, ButtonStyle::Secondary)) form(app).editing = true;
    std::string when = answered_on(rec, app.tz_offset_min());
    muted(when.c_str());
    muted("Not medical advice. If you are unsure, or things change, talk to a clinician.");
}

//-----------------------------------------------------------------------------
// Screen
//-----------------------------------------------------------------------------

void draw_safety(App& app, FrameNeeds&) {
    SafetyForm& f = form(app);
    if (!f.opened) open_form(f, app.progress().data().safety);   // each visit starts from the stored answers

    if (begin_screen("Safety check", true)) app.back();
    draw_notices(app);   // a save refused here (a full quota) is said here
    if (f.editing) draw_questions(app);
    else draw_result(app);
    end_screen();
}

} // namespace unclench
