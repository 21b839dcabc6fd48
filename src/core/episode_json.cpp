// An episode as JSON, and reading it back without trusting it.
//
//   {"version": 1, "started_day": 20400, "after_injury": false, "start_pain": 7, "created_at": 1762600000,
//    "activities": [{"id": 1, "name": "Putting on socks", "retired": false}],
//    "check_ins": [{"day": 20401, "at": 1762690000, "pain": 6, "scores": [{"activity": 1, "score": 4}]}],
//    "phases": [{"phase": "calm", "day": 20400, "at": 1762600000, "pain": 7, "reason": "Started in Calm..."}],
//    "hurt": [{"exercise": "bridge", "choice": "half", "day": 20402}],
//    "clinician": {"clinic": "Riverside Physio", "phase": "move", "lessons": ["scans"],
//                  "routines": [{"routine": "daily-mobility", "times": 2}]},
//    "clinician_in_control": true,
//    "card_dismissed": {"reasons": ["no-improvement"], "day": 20415, "at": 1763900000},
//    "done": [{"day": 20401, "item": "routine:relief-now", "done": 2}]}
//
// Reading never throws and never repairs a value: a part with anything wrong (a wrong type, a number
// out of range, a control character or NUL in a text) is left out whole, with a notice naming the
// first problem. Lists longer than their cap (episode.h) keep their newest entries. Unknown fields are
// ignored, so a newer version's additions do not cost an older reader its data.
//
// Index of this file:
// [SECTION] Parts
// [SECTION] Lists of parts
// [SECTION] Writing
// [SECTION] Reading
#include "core/episode.h"

#include <algorithm>
#include <iterator>

#include "core/json_reader.h"

namespace unclench {

namespace {

constexpr int kEpisodeFormatVersion = 1;
// Day numbers up to the year 2243 and times to match: far from overflow in any day arithmetic.
constexpr int64_t kMaxDay = 100000;
constexpr int64_t kMaxTime = kMaxDay * 86400;
constexpr int kMaxActivityId = 1000000;
constexpr int kMaxDone = 1000;
constexpr size_t kMaxItemKeyChars = 80;

const char* const kNoticeKey = "episode";

void leave_out(Notices& notices, const std::string& what, const Problems& problems) {
    std::string why = problems.empty() ? std::string() : " (" + to_string(problems.front()) + ")";
    notices.push_back({NoticeKind::Quarantined, kNoticeKey, "Left out " + what + " that could not be read" + why + "."});
}

void cut_note(Notices& notices, const std::string& what, size_t kept) {
    notices.push_back({NoticeKind::Quarantined, kNoticeKey,
                       "Kept only the newest " + std::to_string(kept) + " " + what + "; the list was too long."});
}

// A whole number of days or seconds in [lo, hi]: int64 fields that ObjectReader::integer (int) cannot hold.
std::optional<int64_t> read_int64(ObjectReader& r, const char* key, int64_t lo, int64_t hi) {
    const Json* v = r.field(key, Need::Required);
    if (!v) return std::nullopt;
    bool whole = v->is_number_integer() && !(v->is_number_unsigned() && v->get<uint64_t>() > (uint64_t)hi);
    if (!whole || v->get<int64_t>() < lo || v->get<int64_t>() > hi) {
        r.problem(key, "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
        return std::nullopt;
    }
    return v->get<int64_t>();
}

// The items of a list field, the newest `cap` of them: the caller reads them oldest first.
const Json* capped_list(const Json& doc, const char* key, size_t cap, const char* what, Notices& notices,
                        size_t& first) {
    first = 0;
    if (!doc.contains(key)) return nullptr;
    const Json& list = doc[key];
    if (!list.is_array()) {
        leave_out(notices, std::string("the ") + what, {{"/" + std::string(key), "must be a list"}});
        return nullptr;
    }
    if (list.size() > cap) {
        first = list.size() - cap;
        cut_note(notices, what, cap);
    }
    return &list;
}

//-----------------------------------------------------------------------------
// [SECTION] Parts
//-----------------------------------------------------------------------------

std::optional<Activity> read_activity(const Json& v, const std::string& path, Problems& p) {
    ObjectReader r(v, path, p);
    Activity a;
    std::optional<int> id = r.integer("id", Need::Required, 1, kMaxActivityId, "");
    a.name = r.text("name", Need::Required, kMaxActivityChars * 4);   // bytes; characters checked below
    a.retired = r.boolean("retired", false);
    if (!a.name.empty() && !valid_activity_name(a.name)) r.problem("name", "must be 1-60 characters of text");
    if (!p.empty() || !id) return std::nullopt;
    a.id = *id;
    return a;
}

std::optional<CheckIn> read_check_in(const Json& v, const std::string& path, const Episode& e, Problems& p) {
    ObjectReader r(v, path, p);
    CheckIn c;
    std::optional<int64_t> day = read_int64(r, "day", e.started_day, kMaxDay);
    std::optional<int64_t> at = read_int64(r, "at", 0, kMaxTime);
    std::optional<int> pain = r.integer("pain", Need::Required, 0, kPainMax, "");
    if (const Json* scores = r.list("scores", Need::Optional, 0, kMaxActivities)) {
        for (size_t i = 0; i < scores->size(); i++) {
            ObjectReader s((*scores)[i], path_join(r.path_of("scores"), i), p);
            std::optional<int> id = s.integer("activity", Need::Required, 1, kMaxActivityId, "");
            std::optional<int> score = s.integer("score", Need::Required, 0, kScoreMax, "");
            if (id && !find_activity(e, *id)) s.problem("activity", "names no activity of this episode");
            bool twice = id && std::any_of(c.scores.begin(), c.scores.end(),
                                           [&](const ActivityScore& x) { return x.activity_id == *id; });
            if (twice) s.problem("activity", "is scored twice");
            if (id && score) c.scores.push_back({*id, *score});
        }
    }
    if (!p.empty() || !day || !at || !pain) return std::nullopt;
    c.day = *day;
    c.at = *at;
    c.pain = *pain;
    return c;
}

std::optional<PhaseEntry> read_phase(const Json& v, const std::string& path, Problems& p) {
    ObjectReader r(v, path, p);
    PhaseEntry entry;
    r.choice("phase", Need::Required, kRecoveryPhaseNames, entry.phase);
    std::optional<int64_t> day = read_int64(r, "day", 0, kMaxDay);
    std::optional<int64_t> at = read_int64(r, "at", 0, kMaxTime);
    std::optional<int> pain = r.integer("pain", Need::Required, 0, kPainMax, "");
    entry.reason = r.text("reason", Need::Required, kMaxReasonChars);
    if (!p.empty() || !day || !at || !pain) return std::nullopt;
    entry.day = *day;
    entry.at = *at;
    entry.pain = *pain;
    return entry;
}

std::optional<HurtExercise> read_hurt(const Json& v, const std::string& path, Problems& p) {
    ObjectReader r(v, path, p);
    HurtExercise h;
    h.exercise_id = r.id("exercise", Need::Required);
    r.choice("choice", Need::Required, kHurtChoiceNames, h.choice);
    std::optional<int64_t> day = read_int64(r, "day", 0, kMaxDay);
    if (!p.empty() || !day) return std::nullopt;
    h.day = *day;
    return h;
}

std::optional<ClinicianPlan> read_clinician(const Json& v, Problems& p) {
    ObjectReader r(v, "/clinician", p);
    ClinicianPlan plan;
    plan.clinic = r.text("clinic", Need::Required, kMaxClinicChars);
    r.choice("phase", Need::Required, kRecoveryPhaseNames, plan.phase);
    if (const Json* routines = r.list("routines", Need::Optional, 0, kMaxClinicianRoutines)) {
        for (size_t i = 0; i < routines->size(); i++) {
            ObjectReader item((*routines)[i], path_join(r.path_of("routines"), i), p);
            PlannedRoutine planned;
            planned.routine_id = item.id("routine", Need::Required);
            std::optional<int> times = item.integer("times", Need::Required, 1, 10, "times a day");
            if (times) planned.times_per_day = *times;
            plan.routines.push_back(planned);
        }
    }
    plan.lesson_ids = r.id_list("lessons", Need::Optional, kMaxClinicianLessons);
    if (!p.empty()) return std::nullopt;
    return plan;
}

std::optional<CardDismissal> read_dismissal(const Json& v, Problems& p) {
    ObjectReader r(v, "/card_dismissed", p);
    CardDismissal d;
    if (const Json* reasons = r.list("reasons", Need::Required, 0, std::size(kCardReasonNames))) {
        for (size_t i = 0; i < reasons->size(); i++) {
            CardReason reason = CardReason::NoImprovement;
            const Json& name = (*reasons)[i];
            if (!name.is_string() || !value_of(kCardReasonNames, name.get<std::string>(), reason))
                p.push_back({path_join(r.path_of("reasons"), i), "is not a reason the card knows"});
            else d.reasons.push_back(reason);
        }
    }
    std::optional<int64_t> day = read_int64(r, "day", 0, kMaxDay);
    std::optional<int64_t> at = read_int64(r, "at", 0, kMaxTime);
    if (!p.empty() || !day || !at) return std::nullopt;
    d.day = *day;
    d.at = *at;
    return d;
}

std::optional<DoneCount> read_done(const Json& v, const std::string& path, Problems& p) {
    ObjectReader r(v, path, p);
    DoneCount d;
    std::optional<int64_t> day = read_int64(r, "day", 0, kMaxDay);
    d.item_key = r.text("item", Need::Required, kMaxItemKeyChars);
    std::optional<int> done = r.integer("done", Need::Required, 1, kMaxDone, "");
    if (!p.empty() || !day || !done) return std::nullopt;
    d.day = *day;
    d.done = *done;
    return d;
}

//-----------------------------------------------------------------------------
// [SECTION] Lists of parts
//-----------------------------------------------------------------------------

void read_activities(const Json& doc, Episode& e, Notices& notices) {
    size_t first = 0;
    const Json* list = capped_list(doc, "activities", kMaxActivities, "activities", notices, first);
    if (!list) return;
    for (size_t i = first; i < list->size(); i++) {
        Problems p;
        std::string path = path_join("/activities", i);
        std::optional<Activity> a = read_activity((*list)[i], path, p);
        if (a && find_activity(e, a->id)) p.push_back({path + "/id", "is used twice"});
        else if (a && !a->retired && active_activity_count(e) >= kMaxActiveActivities)
            p.push_back({path, "is a fourth activity in use; at most 3"});
        if (p.empty() && a) e.activities.push_back(*a);
        else leave_out(notices, "an activity", p);
    }
}

void read_check_ins(const Json& doc, Episode& e, Notices& notices) {
    size_t first = 0;
    const Json* list = capped_list(doc, "check_ins", kMaxCheckIns, "check-ins", notices, first);
    if (!list) return;
    for (size_t i = first; i < list->size(); i++) {
        Problems p;
        std::string path = path_join("/check_ins", i);
        std::optional<CheckIn> c = read_check_in((*list)[i], path, e, p);
        if (c && check_in_on(e, c->day)) p.push_back({path + "/day", "has a check-in already"});
        if (!p.empty() || !c) {
            leave_out(notices, "a check-in", p);
            continue;
        }
        auto at = std::lower_bound(e.check_ins.begin(), e.check_ins.end(), c->day,
                                   [](const CheckIn& x, int64_t day) { return x.day < day; });
        e.check_ins.insert(at, *c);
    }
}

template <typename T, typename ReadOne>
void read_list(const Json& doc, const char* key, size_t cap, const char* what, const char* one, std::vector<T>& out,
               Notices& notices, ReadOne read_one) {
    size_t first = 0;
    const Json* list = capped_list(doc, key, cap, what, notices, first);
    if (!list) return;
    for (size_t i = first; i < list->size(); i++) {
        Problems p;
        std::optional<T> item = read_one((*list)[i], path_join("/" + std::string(key), i), p);
        if (item && p.empty()) out.push_back(*item);
        else leave_out(notices, one, p);
    }
}

void read_clinician_part(const Json& doc, Episode& e, Notices& notices) {
    if (doc.contains("clinician")) {
        Problems p;
        e.clinician = read_clinician(doc["clinician"], p);
        if (!e.clinician) leave_out(notices, "the clinician's plan", p);
    }
    bool in_control = doc.contains("clinician_in_control") && doc["clinician_in_control"].is_boolean() &&
                      doc["clinician_in_control"].get<bool>();
    if (in_control && !e.clinician)
        notices.push_back({NoticeKind::Quarantined, kNoticeKey,
                           "Your clinician's plan could not be read, so the app adjusts your plan again."});
    e.clinician_in_control = in_control && e.clinician;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Writing
//-----------------------------------------------------------------------------

static Json check_in_to_json(const CheckIn& c) {
    Json scores = Json::array();
    for (const ActivityScore& s : c.scores) scores.push_back({{"activity", s.activity_id}, {"score", s.score}});
    return {{"day", c.day}, {"at", c.at}, {"pain", c.pain}, {"scores", scores}};
}

static Json clinician_to_json(const ClinicianPlan& plan) {
    Json routines = Json::array();
    for (const PlannedRoutine& r : plan.routines) routines.push_back({{"routine", r.routine_id}, {"times", r.times_per_day}});
    return {{"clinic", plan.clinic}, {"phase", phase_name(plan.phase)}, {"routines", routines}, {"lessons", plan.lesson_ids}};
}

Json episode_to_json(const Episode& e) {
    Json doc = {{"version", kEpisodeFormatVersion}, {"started_day", e.started_day}, {"after_injury", e.after_injury},
                {"start_pain", e.start_pain}, {"created_at", e.created_at}};
    Json& activities = doc["activities"] = Json::array();
    for (const Activity& a : e.activities) activities.push_back({{"id", a.id}, {"name", a.name}, {"retired", a.retired}});
    Json& check_ins = doc["check_ins"] = Json::array();
    for (const CheckIn& c : e.check_ins) check_ins.push_back(check_in_to_json(c));
    Json& phases = doc["phases"] = Json::array();
    for (const PhaseEntry& p : e.phases)
        phases.push_back({{"phase", phase_name(p.phase)}, {"day", p.day}, {"at", p.at}, {"pain", p.pain}, {"reason", p.reason}});
    Json& hurt = doc["hurt"] = Json::array();
    for (const HurtExercise& h : e.hurt)
        hurt.push_back({{"exercise", h.exercise_id}, {"choice", name_of(kHurtChoiceNames, h.choice, "leave-out")}, {"day", h.day}});
    if (e.clinician) doc["clinician"] = clinician_to_json(*e.clinician);
    doc["clinician_in_control"] = e.clinician_in_control;
    if (e.card_dismissed) {
        Json reasons = Json::array();
        for (CardReason r : e.card_dismissed->reasons) reasons.push_back(name_of(kCardReasonNames, r, "long"));
        doc["card_dismissed"] = {{"reasons", reasons}, {"day", e.card_dismissed->day}, {"at", e.card_dismissed->at}};
    }
    Json& done = doc["done"] = Json::array();
    for (const DoneCount& d : e.done) done.push_back({{"day", d.day}, {"item", d.item_key}, {"done", d.done}});
    return doc;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

// The start: without it there is no episode to keep.
static std::optional<Episode> read_start(const Json& doc, Problems& p) {
    ObjectReader r(doc, "", p);
    Episode e;
    std::optional<int64_t> day = read_int64(r, "started_day", 0, kMaxDay);
    std::optional<int64_t> created = read_int64(r, "created_at", 0, kMaxTime);
    std::optional<int> pain = r.integer("start_pain", Need::Required, 0, kPainMax, "");
    e.after_injury = r.boolean("after_injury", false);
    if (!p.empty() || !day || !created || !pain) return std::nullopt;
    e.started_day = *day;
    e.created_at = *created;
    e.start_pain = *pain;
    return e;
}

std::optional<Episode> episode_from_json(const Json& doc, Notices& notices) {
    Problems problems;
    std::optional<Episode> read = read_start(doc, problems);
    if (!read) {
        leave_out(notices, "this back episode", problems);
        return std::nullopt;
    }
    Episode& e = *read;
    if (doc.contains("version") && (!doc["version"].is_number_integer() || doc["version"].get<int64_t>() > kEpisodeFormatVersion))
        notices.push_back({NoticeKind::NewerFormat, kNoticeKey, "This episode was saved by a newer version; some of it may be missing."});
    read_activities(doc, e, notices);
    read_check_ins(doc, e, notices);
    read_list(doc, "phases", kMaxPhaseEntries, "phase changes", "a phase change", e.phases, notices, read_phase);
    read_list(doc, "hurt", kMaxHurt, "exercises that hurt", "an exercise that hurt", e.hurt, notices, read_hurt);
    read_list(doc, "done", kMaxDoneEntries, "done counts", "a done count", e.done, notices, read_done);
    read_clinician_part(doc, e, notices);
    if (doc.contains("card_dismissed")) {
        Problems p;
        e.card_dismissed = read_dismissal(doc["card_dismissed"], p);
        if (!e.card_dismissed) leave_out(notices, "the dismissed clinician card", p);
    }
    return read;
}

} // namespace unclench
