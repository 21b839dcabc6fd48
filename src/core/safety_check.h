// The safety check as data: the questions asked before exercising (back-pain red flags, the serious
// causes the source articles name, and conditions that change which exercises suit the person), and the
// verdict drawn from the answers: what care to seek, how urgently, and whether routines may start.
// Pure: answers come in as a SafetyRecord (settings_safety.h), nothing is read or stored here.
#pragma once
#include <string>
#include <vector>

#include "core/enum_names.h"
#include "core/settings_safety.h"

namespace unclench {

// How soon a "yes" needs care. Ordered: a higher value is more urgent.
enum class Urgency {
    None,             // no doctor needed first; only flags exercises that may not suit (avoid_if)
    BeforeExercise,   // see a doctor or physiotherapist before starting these exercises
    Today,            // see a doctor today (urgent appointment or urgent care)
    Emergency,        // call emergency services or go to an emergency department now
};

enum class QuestionGroup { RedFlag, Condition };

struct SafetyQuestion {
    const char* id;          // stored in SafetyAnswer::question_id; never rename
    const char* text;        // the question, plain words, answered yes or no
    const char* why;         // one short line on why it matters
    Urgency urgency;
    QuestionGroup group;
    const char* condition;   // a kConditionIds entry this answer reports, or "" for none
};

// Every question, most urgent first. The order is the order on screen.
const std::vector<SafetyQuestion>& safety_questions();
const SafetyQuestion* find_safety_question(const std::string& id);

// The advice for an urgency: a headline and what to do, in plain words.
struct SafetyAdvice {
    const char* headline;
    const char* action;
};
SafetyAdvice safety_advice(Urgency urgency);
inline constexpr EnumName<Urgency> kUrgencyNames[] = {
    {Urgency::None, "none"}, {Urgency::BeforeExercise, "before-exercise"}, {Urgency::Today, "today"},
    {Urgency::Emergency, "emergency"}};
const char* urgency_name(Urgency urgency);   // "none", "before-exercise", "today", "emergency"

// What the answers mean.
struct SafetyVerdict {
    bool complete = false;                 // every current question has an answer
    Urgency urgency = Urgency::None;       // the most urgent "yes"
    std::vector<std::string> yes_ids;      // questions answered yes, in question order
    bool needs_clinician = false;          // a "yes" that needs care before exercising
    bool routines_allowed = false;         // complete, and either nothing needs care or a clinician checked
};
SafetyVerdict safety_verdict(const SafetyRecord& record);

// The check has never been answered in full (first run, or new questions were added since).
bool safety_check_pending(const SafetyRecord& record);

// Conditions (kConditionIds) the person reported, for flagging exercises whose avoid_if matches.
std::vector<std::string> reported_conditions(const SafetyRecord& record);

// Records one answer for every question at once (the form's "save", or "none of these" with all false).
// Changing an answer to yes withdraws an earlier clinician confirmation: the new sign was not checked.
void answer_all(SafetyRecord& record, const std::vector<std::pair<std::string, bool>>& answers, int64_t now);
void confirm_clinician_check(SafetyRecord& record, bool confirmed, int64_t now);

} // namespace unclench
