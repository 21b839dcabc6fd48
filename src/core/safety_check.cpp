#include "core/safety_check.h"

#include <algorithm>

namespace unclench {

//-----------------------------------------------------------------------------
// The questions: widely used back-pain red flags, the serious causes the source articles name
// (kidney infection, a slipped or herniated disc, osteoarthritis, infection, tumours), and conditions
// that only change which exercises suit the person.
//-----------------------------------------------------------------------------

static const std::vector<SafetyQuestion> kQuestions = {
    {"saddle-numbness", "Numbness or tingling around your genitals, buttocks or inner thighs?",
     "This can mean pressure on the nerves at the base of the spine.", Urgency::Emergency, QuestionGroup::RedFlag, ""},
    {"bladder-bowel", "New trouble passing urine, or controlling your bladder or bowels?",
     "This can mean pressure on the nerves at the base of the spine.", Urgency::Emergency, QuestionGroup::RedFlag, ""},
    {"both-legs", "Weakness, numbness or pain in both legs?",
     "Nerves to both legs can be squeezed at once.", Urgency::Emergency, QuestionGroup::RedFlag, ""},
    {"chest-pain", "Chest pain, or pain with shortness of breath?",
     "Pain felt in the back can come from the heart or lungs.", Urgency::Emergency, QuestionGroup::RedFlag, ""},
    {"serious-fall", "Did the pain start after a serious fall, a car accident or another hard knock?",
     "A bone may be hurt.", Urgency::Emergency, QuestionGroup::RedFlag, ""},
    {"fever", "A fever, or feeling hot and shivery?",
     "Back pain with a fever can mean an infection.", Urgency::Today, QuestionGroup::RedFlag, ""},
    {"kidney", "Pain high in your back or side, with burning when you pass urine or feeling sick?",
     "These can be signs of a kidney infection.", Urgency::Today, QuestionGroup::RedFlag, ""},
    {"weight-loss", "Weight loss you cannot explain?",
     "A doctor should look for the cause.", Urgency::Today, QuestionGroup::RedFlag, ""},
    {"cancer-history", "Have you ever had cancer?",
     "New back pain after cancer should be checked.", Urgency::Today, QuestionGroup::RedFlag, ""},
    {"night-pain", "Pain that never lets up, is worse at night, or that rest does not ease?",
     "Spasm pain usually eases with rest; pain that does not should be checked.", Urgency::Today,
     QuestionGroup::RedFlag, ""},
    {"disc", "Have you been told you have a slipped, bulging or herniated disc?",
     "Some exercises bend the back in ways a disc problem may not like.", Urgency::BeforeExercise,
     QuestionGroup::RedFlag, "disc-problems"},
    {"osteoarthritis", "Osteoarthritis, or another known problem with the bones of your spine?",
     "A clinician can say which movements are safe for you.", Urgency::BeforeExercise, QuestionGroup::RedFlag, ""},
    {"not-improving", "Has this pain lasted more than a few weeks, or kept getting worse?",
     "Pain that does not settle needs a proper check.", Urgency::BeforeExercise, QuestionGroup::RedFlag, ""},
    {"knees", "Sore or injured knees that make kneeling hard?",
     "We will point out kneeling exercises, and you can skip them.", Urgency::None, QuestionGroup::Condition,
     "knee-problems"},
    {"balance", "Trouble keeping your balance?",
     "We will point out exercises that need good balance, and you can skip them.", Urgency::None,
     QuestionGroup::Condition, "balance-problems"},
};

const std::vector<SafetyQuestion>& safety_questions() { return kQuestions; }

const SafetyQuestion* find_safety_question(const std::string& id) {
    for (const SafetyQuestion& q : kQuestions)
        if (id == q.id) return &q;
    return nullptr;
}

//-----------------------------------------------------------------------------
// Advice
//-----------------------------------------------------------------------------

SafetyAdvice safety_advice(Urgency urgency) {
    switch (urgency) {
    case Urgency::Emergency:
        return {"Get help now",
                "Call your local emergency number (such as 911, 999 or 112) or go to an emergency department now. "
                "Do not do these exercises first."};
    case Urgency::Today:
        return {"See a doctor today",
                "Call your doctor for an appointment today, or go to an urgent care service. "
                "Do not start these exercises until you have been checked."};
    case Urgency::BeforeExercise:
        return {"See a doctor before exercising",
                "Book a visit with a doctor or physiotherapist and ask which of these exercises suit you. "
                "Until then, rest in a comfortable position and use ice or heat."};
    case Urgency::None:
        break;
    }
    return {"You can start",
            "Nothing you told us needs a doctor first. Move gently, and stop if the pain gets worse, spreads "
            "down a leg, or brings numbness."};
}

const char* urgency_name(Urgency urgency) { return name_of(kUrgencyNames, urgency, "none"); }

//-----------------------------------------------------------------------------
// Verdict
//-----------------------------------------------------------------------------

SafetyVerdict safety_verdict(const SafetyRecord& record) {
    SafetyVerdict v;
    v.complete = true;
    for (const SafetyQuestion& q : kQuestions) {
        const SafetyAnswer* a = find_answer(record, q.id);
        if (!a) {
            v.complete = false;
            continue;
        }
        if (!a->yes) continue;
        v.yes_ids.push_back(q.id);
        if (q.urgency > v.urgency) v.urgency = q.urgency;
    }
    v.needs_clinician = v.urgency != Urgency::None;
    v.routines_allowed = v.complete && (!v.needs_clinician || record.clinician_confirmed);
    return v;
}

bool safety_check_pending(const SafetyRecord& record) { return !safety_verdict(record).complete; }

std::vector<std::string> reported_conditions(const SafetyRecord& record) {
    std::vector<std::string> out;
    for (const SafetyQuestion& q : kQuestions) {
        if (!*q.condition) continue;
        const SafetyAnswer* a = find_answer(record, q.id);
        if (a && a->yes && std::find(out.begin(), out.end(), q.condition) == out.end()) out.push_back(q.condition);
    }
    return out;
}

//-----------------------------------------------------------------------------
// Answering
//-----------------------------------------------------------------------------

void answer_all(SafetyRecord& record, const std::vector<std::pair<std::string, bool>>& answers, int64_t now) {
    bool new_yes = false;
    for (const auto& [id, yes] : answers) {
        const SafetyAnswer* before = find_answer(record, id);
        if (yes && (!before || !before->yes)) new_yes = true;
        // Unchanged answers keep their date: it says when the person last changed their mind.
        if (before && before->yes == yes) continue;
        set_answer(record, SafetyAnswer{id, yes, now});
    }
    if (new_yes) confirm_clinician_check(record, false, now);
}

void confirm_clinician_check(SafetyRecord& record, bool confirmed, int64_t now) {
    record.clinician_confirmed = confirmed;
    record.confirmed_at = confirmed ? now : 0;
}

} // namespace unclench
