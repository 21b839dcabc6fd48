#include "core/plan_link.h"

#include <algorithm>

#include "core/embed_protocol.h"
#include "core/share_code.h"
#include "core/share_frame.h"
#include "core/text_pack.h"

namespace unclench {

static const size_t kMaxIdBytes = 64;

//---- Rules both ways: what a plan may hold

static bool has_repeats(const std::vector<std::string>& ids) {
    for (size_t i = 0; i < ids.size(); i++)
        if (std::find(ids.begin() + long(i) + 1, ids.end(), ids[i]) != ids.end()) return true;
    return false;
}

static bool known(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// "" when the plan can be followed, else the words for the person.
static std::string plan_problem(ClinicianPlan& plan, const std::vector<std::string>& routine_ids, const std::vector<std::string>& lesson_ids) {
    if (!clinic_name_problem(plan.clinic).empty()) return "This plan link does not say which clinic made it.";
    if (plan.routines.empty() || plan.routines.size() > kMaxClinicianRoutines ||
        plan.lesson_ids.size() > kMaxClinicianLessons)
        return "This plan link holds more (or less) than a plan can.";
    for (const PlannedRoutine& r : plan.routines) {
        if (!known(routine_ids, r.routine_id))
            return "This plan uses a routine this version of Unclench does not have. Update the app and open the link again.";
        if (r.times_per_day < 1 || r.times_per_day > kPlanMaxTimesPerDay) return "This plan asks for a routine too many times a day.";
    }
    for (const std::string& id : plan.lesson_ids)
        if (!known(lesson_ids, id))
            return "This plan opens a lesson this version of Unclench does not have. Update the app and open the link again.";
    std::vector<std::string> routine_list;
    for (const PlannedRoutine& r : plan.routines) routine_list.push_back(r.routine_id);
    if (has_repeats(routine_list) || has_repeats(plan.lesson_ids))
        return "This plan link names a routine or lesson twice.";
    return "";
}

//---- Body

static std::vector<uint8_t> write_body(const ClinicianPlan& plan) {
    std::vector<uint8_t> out;
    pack_text(out, plan.clinic);
    put_varint(out, uint64_t(plan.phase));
    put_varint(out, plan.routines.size());
    for (const PlannedRoutine& r : plan.routines) {
        pack_text(out, r.routine_id);
        put_varint(out, uint64_t(r.times_per_day));
    }
    put_varint(out, plan.lesson_ids.size());
    for (const std::string& id : plan.lesson_ids) pack_text(out, id);
    return out;
}

static bool read_count(const uint8_t*& p, const uint8_t* end, uint64_t& n, uint64_t most) {
    return get_varint(p, end, n) && n <= most;
}

static bool read_body(const std::vector<uint8_t>& body, ClinicianPlan& plan) {
    const uint8_t* p = body.data();
    const uint8_t* end = p + body.size();
    uint64_t phase = 0, count = 0;
    if (!unpack_text(p, end, plan.clinic, 4 * kMaxClinicChars) || !read_count(p, end, phase, 2)) return false;
    plan.phase = RecoveryPhase(phase);
    if (!read_count(p, end, count, kMaxClinicianRoutines)) return false;
    for (uint64_t i = 0; i < count; i++) {
        PlannedRoutine r;
        uint64_t times = 0;
        if (!unpack_text(p, end, r.routine_id, kMaxIdBytes) || !read_count(p, end, times, kPlanMaxTimesPerDay)) return false;
        r.times_per_day = int(times);
        plan.routines.push_back(std::move(r));
    }
    if (!read_count(p, end, count, kMaxClinicianLessons)) return false;
    for (uint64_t i = 0; i < count; i++) {
        std::string id;
        if (!unpack_text(p, end, id, kMaxIdBytes)) return false;
        plan.lesson_ids.push_back(std::move(id));
    }
    return p == end;
}

//---- Public

bool is_plan_fragment(std::string_view fragment) {
    if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
    return fragment.substr(0, 2) == "p=";
}

std::optional<std::string> encode_plan_fragment(const ClinicianPlan& plan, const std::vector<std::string>& routine_ids,
                                                const std::vector<std::string>& lesson_ids) {
    ClinicianPlan checked = plan;
    if (!plan_problem(checked, routine_ids, lesson_ids).empty()) return std::nullopt;
    std::string out = frame_fragment("p", kPlanLinkVersion, write_body(checked));
    if (out.size() > kShareMaxChars) return std::nullopt;
    return out;
}

static std::string frame_words(FrameError error) {
    switch (error) {
    case FrameError::UnknownVersion: return "This plan link was made by a newer version of Unclench. Update the app and open it again.";
    case FrameError::Tampered: return "This plan link was changed or damaged on the way. Ask your clinic for the link again.";
    case FrameError::BadCharacters: return "This plan link contains characters it should not. Copy the whole link again.";
    default: return "This plan link is not complete. Copy the whole link again.";
    }
}

PlanLinkResult decode_plan_fragment(std::string_view fragment, const std::vector<std::string>& routine_ids,
                                    const std::vector<std::string>& lesson_ids) {
    PlanLinkResult result;
    if (fragment.size() > kShareMaxChars) {
        result.message = "This plan link is too long to be one of ours.";
        return result;
    }
    std::vector<uint8_t> body;
    FrameError framed = unframe_fragment(fragment, "p", kPlanLinkVersion, body);
    if (framed != FrameError::None) {
        result.message = frame_words(framed);
        return result;
    }
    ClinicianPlan plan;
    if (!read_body(body, plan) || !is_valid_utf8(plan.clinic)) {
        result.message = "This plan link could not be read. Ask your clinic for the link again.";
        return result;
    }
    result.message = plan_problem(plan, routine_ids, lesson_ids);
    if (result.message.empty()) result.plan = std::move(plan);
    return result;
}

} // namespace unclench
