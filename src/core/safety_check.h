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

// Where a question is asked. Emergency signs are the first, short screen; the rest share the second.
enum class QuestionGroup {
    Emergency,    // get help now (the NHS's "call 999 or go to A&E")
    Urgent,       // see a doctor today (the NHS's "urgent GP appointment or call 111")
    RiskFactor,   // what a clinician weighs with new back pain
    Condition,    // known conditions that change which exercises suit the person
};

struct SafetyQuestion {
    const char* id;          // stored in SafetyAnswer::question_id; never rename
    const char* text;        // the question, plain words, answered yes or no
    const char* why;         // one short line on why it matters
    Urgency urgency;
    QuestionGroup group;
    const char* condition;   // a kConditionIds entry this answer reports, or "" for none
};

// Every question, in the order of the groups above; within a group, the order on screen.
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

// The emergency signs are asked again for each new episode: when the person says their back has gone
// again, or when this many days have passed since they were last answered. Until then no routine starts.
inline constexpr int kEmergencyRecheckDays = 14;
bool emergency_recheck_due(const SafetyRecord& record, int64_t now);
// When the emergency signs were last answered (0 for never). Records from before the date was kept use
// the newest emergency answer's date.
int64_t emergency_asked_at(const SafetyRecord& record);
// "My back has gone again": the emergency signs are due at once.
void start_new_episode(SafetyRecord& record, int64_t now);
// Records the emergency screen: one answer per emergency sign, and the moment they were asked.
void answer_emergency(SafetyRecord& record, const std::vector<std::pair<std::string, bool>>& answers, int64_t now);

// Records one answer for every question at once (the form's "save", or "none of these" with all false).
// Changing an answer to yes withdraws an earlier clinician confirmation: the new sign was not checked.
void answer_all(SafetyRecord& record, const std::vector<std::pair<std::string, bool>>& answers, int64_t now);
void confirm_clinician_check(SafetyRecord& record, bool confirmed, int64_t now);

} // namespace unclench
