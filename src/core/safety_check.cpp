#include "core/safety_check.h"

#include <algorithm>

namespace unclench {

//-----------------------------------------------------------------------------
// The questions. The emergency and urgent signs are the NHS list for back pain ("call 999 or go to
// A&E", "urgent GP appointment or call 111"); NICE adds a change in sexual function to the signs of
// nerve compression at the base of the spine (cauda equina syndrome), so it is asked with the other
// emergency signs: a physiotherapist treats it with them. The risk factors are the ones a clinician
// weighs with new back pain. The kidney question and the known-condition ones come from the source
// articles (kidney infection, disc and bone problems) and from the exercises' own cautions.
//
// Urgency for risk factors (the articles are silent; a physiotherapist's reading):
//   - past cancer with new back pain: see a doctor today (spread to the spine must be ruled out);
//   - long-term steroids or a weak immune system, osteoporosis: be checked before exercising (infection,
//     a fracture from a small strain);
//   - new back pain under 20 or over 50: on its own it needs no visit first; the result asks the person
//     to tell a clinician if the pain has not eased within 2 weeks.
//-----------------------------------------------------------------------------

static const std::vector<SafetyQuestion> kQuestions = {
    // Emergency: the first screen.
    {"both-legs", "Pain, tingling, weakness or numbness in both legs",
     "The nerves to both legs may be squeezed at once.", Urgency::Emergency, QuestionGroup::Emergency, ""},
    {"saddle-numbness", "Numbness or tingling around your genitals or buttocks",
     "This can mean pressure on the nerves at the base of the spine.", Urgency::Emergency, QuestionGroup::Emergency, ""},
    {"peeing", "Difficulty peeing", "This can mean pressure on the nerves at the base of the spine.",
     Urgency::Emergency, QuestionGroup::Emergency, ""},
    {"bladder-bowel", "Loss of control of your bladder or bowels",
     "This can mean pressure on the nerves at the base of the spine.", Urgency::Emergency, QuestionGroup::Emergency, ""},
    {"sexual-function", "A new change in sexual function, such as numbness or not being able to get an erection",
     "This can mean pressure on the nerves at the base of the spine.", Urgency::Emergency, QuestionGroup::Emergency, ""},
    {"chest-pain", "Chest pain", "Pain felt in the back can come from the heart or lungs.", Urgency::Emergency,
     QuestionGroup::Emergency, ""},
    {"serious-fall", "The pain started after a serious accident, such as a car crash or a bad fall",
     "A bone may be hurt.", Urgency::Emergency, QuestionGroup::Emergency, ""},
    // Urgent: the second screen, first part.
    {"fever", "A high temperature, or feeling hot and shivery", "Back pain with a fever can mean an infection.",
     Urgency::Today, QuestionGroup::Urgent, ""},
    {"weight-loss", "Weight loss you cannot explain", "A doctor should look for the cause.", Urgency::Today,
     QuestionGroup::Urgent, ""},
    {"lump", "A lump or swelling on your back, or a change in its shape", "A doctor should look at it.",
     Urgency::Today, QuestionGroup::Urgent, ""},
    {"night-pain", "Pain that rest does not ease, or that is worse at night",
     "Spasm pain usually eases with rest; pain that does not should be checked.", Urgency::Today,
     QuestionGroup::Urgent, ""},
    {"cough-sneeze", "Pain that gets worse when you sneeze, cough or poo",
     "A nerve or disc may be involved; a doctor should check.", Urgency::Today, QuestionGroup::Urgent, ""},
    {"shoulder-blades", "Pain between your shoulder blades", "Pain there is less often from the muscles.",
     Urgency::Today, QuestionGroup::Urgent, ""},
    {"kidney", "Pain high in your back or side, with burning when you pee or feeling sick",
     "These can be signs of a kidney infection.", Urgency::Today, QuestionGroup::Urgent, ""},
    // Risk factors a clinician weighs.
    {"cancer-history", "You have had cancer", "New back pain after cancer should be checked.", Urgency::Today,
     QuestionGroup::RiskFactor, ""},
    {"steroids-immunity", "You take steroid tablets long-term, or your immune system is weakened",
     "Both make infections and bone problems more likely.", Urgency::BeforeExercise, QuestionGroup::RiskFactor, ""},
    {"osteoporosis", "You have osteoporosis (thin, weak bones)",
     "A small strain can crack a weak bone; we will point out twisting and bending exercises.",
     Urgency::BeforeExercise, QuestionGroup::RiskFactor, "osteoporosis"},
    {"age", "This back pain is new, and you are under 20 or over 50",
     "New back pain at these ages is worth telling a clinician about if it does not ease soon.", Urgency::None,
     QuestionGroup::RiskFactor, ""},
    {"not-improving", "This pain has lasted more than a few weeks, or keeps getting worse",
     "Pain that does not settle needs a proper check.", Urgency::BeforeExercise, QuestionGroup::RiskFactor, ""},
    // Known conditions that change which exercises suit the person.
    {"disc", "You have been told you have a slipped, bulging or herniated disc",
     "Some exercises bend the back in ways a disc problem may not like.", Urgency::BeforeExercise,
     QuestionGroup::Condition, "disc-problems"},
    {"osteoarthritis", "Osteoarthritis, or another known problem with the bones of your spine",
     "A clinician can say which movements are safe for you.", Urgency::BeforeExercise, QuestionGroup::Condition, ""},
    {"pregnancy", "You are pregnant", "We will point out exercises that lie face down or press on the belly.",
     Urgency::None, QuestionGroup::Condition, "pregnancy"},
    {"hip-replacement", "You have had a hip replacement",
     "We will point out exercises that bend or twist the hip a long way.", Urgency::None, QuestionGroup::Condition,
     "hip-replacement"},
    {"knees", "Sore or injured knees that make kneeling hard",
     "We will point out kneeling exercises, and you can skip them.", Urgency::None, QuestionGroup::Condition,
     "knee-problems"},
    {"balance", "Trouble keeping your balance",
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
                "Call your local emergency number (999 in the UK, 911 in the US, 112 in the EU) or go to an "
                "emergency department (A&E) now. Do not do these exercises first."};
    case Urgency::Today:
        return {"See a doctor today",
                "Ask your doctor's surgery for an urgent appointment today, or call a medical helpline (111 in the "
                "UK). Do not start these exercises until you have been checked."};
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

//-----------------------------------------------------------------------------
// Asking the emergency signs again
//-----------------------------------------------------------------------------

int64_t emergency_asked_at(const SafetyRecord& record) {
    if (record.emergency_at) return record.emergency_at;
    int64_t latest = 0;
    for (const SafetyQuestion& q : kQuestions) {
        if (q.group != QuestionGroup::Emergency) continue;
        if (const SafetyAnswer* a = find_answer(record, q.id)) latest = std::max(latest, a->answered_at);
    }
    return latest;
}

bool emergency_recheck_due(const SafetyRecord& record, int64_t now) {
    for (const SafetyQuestion& q : kQuestions)
        if (q.group == QuestionGroup::Emergency && !find_answer(record, q.id)) return true;
    int64_t asked = emergency_asked_at(record);
    if (record.new_episode_at > asked) return true;   // "gone again" since the last asking
    return now - asked >= int64_t(kEmergencyRecheckDays) * 86400;
}

// Later than the last asking even within the same second, so the signs are always asked again.
void start_new_episode(SafetyRecord& record, int64_t now) {
    record.new_episode_at = std::max(now, emergency_asked_at(record) + 1);
}

void answer_emergency(SafetyRecord& record, const std::vector<std::pair<std::string, bool>>& answers, int64_t now) {
    answer_all(record, answers, now);
    record.emergency_at = std::max(now, record.new_episode_at);   // covers the episode just started
}

void confirm_clinician_check(SafetyRecord& record, bool confirmed, int64_t now) {
    record.clinician_confirmed = confirmed;
    record.confirmed_at = confirmed ? now : 0;
}

} // namespace unclench
