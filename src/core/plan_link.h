// A clinician's plan carried in a link ("https://.../#p=1.<code>"): the clinic's name, the phase to be
// in, the routines with how many times a day, and the lessons to open. Opening it and choosing "Follow
// this plan" hands the plan to the clinician (recovery_plan.h set_clinician_plan) until the person
// hands control back. Nothing is sent to any server: the plan travels inside the link.
//
// Format version 1: the envelope of share_frame.h with key "p"; the body (every number a varint, text
// as text_pack.h writes it): clinic, phase (0 calm, 1 move, 2 strengthen), routine count, then each
// routine's id and times a day, lesson count, then each lesson id. Decoding refuses anything a person
// could not follow: an unknown routine or lesson, a repeat, a count out of range, bytes left over.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/episode.h"

namespace unclench {

constexpr int kPlanLinkVersion = 1;
constexpr int kPlanMaxTimesPerDay = 12;

struct PlanLinkResult {
    std::optional<ClinicianPlan> plan;   // set only when the link can be followed
    std::string message;                 // otherwise, plain words for the person holding the link
};

// True when the fragment is meant to be a plan link (its key is "p"), readable or not.
bool is_plan_fragment(std::string_view fragment);

// "#p=1.<code>", or nothing when the plan breaks the rules decoding checks (so a clinic never hands
// out a link that cannot be opened).
std::optional<std::string> encode_plan_fragment(const ClinicianPlan& plan, const std::vector<std::string>& routine_ids,
                                                const std::vector<std::string>& lesson_ids);

PlanLinkResult decode_plan_fragment(std::string_view fragment, const std::vector<std::string>& routine_ids,
                                    const std::vector<std::string>& lesson_ids);

} // namespace unclench
