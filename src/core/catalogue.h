// The exercise catalogue and the home-care protocols: what each movement is, how each source article
// doses it, and how to look after a sore back between sessions. Plain data with lookups; reading,
// validating and writing JSON live in catalogue_json.h. The shipped data is assets/catalogue.json.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.h"
#include "core/session_plan.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Amounts and doses
//-----------------------------------------------------------------------------

// A count or a number of seconds as a source gives it: "30" (low == high), "15-20", or "up to 10"
// (up_to, low == high == 10). high == 0 means the source gives none.
struct Amount {
    int low = 0;
    int high = 0;
    bool up_to = false;

    static Amount exactly(int n) { return {n, n, false}; }
    static Amount range(int lo, int hi) { return {lo, hi, false}; }
    static Amount at_most(int n) { return {n, n, true}; }

    bool given() const { return high > 0; }
    // What a session uses: the low end of a range (start gently), the limit of "up to".
    int planned() const { return up_to ? high : low; }
};

// The dose of one exercise as one source gives it. Where the source is vague or silent, the value is
// ours and its field name is listed in `chosen`, with the reason in `note`.
struct Dosage {
    std::string source;                // id in Catalogue::sources
    WorkKind work = WorkKind::Hold;    // Hold: hold_s each time; Reps: moving reps (hold_s = pause at the top); Breaths
    Amount hold_s;
    Amount reps;                       // Hold: holds per set; Reps: repetitions per set
    Amount sets;
    Amount breaths;
    Amount times_per_day;
    bool per_side = false;             // the counts are for each side
    std::string as_given;              // the source's dose, in our words
    std::vector<std::string> chosen;   // dose fields whose values are our choice ("reps", "hold_s", ...)
    std::string note;
};

//-----------------------------------------------------------------------------
// Exercises
//-----------------------------------------------------------------------------

enum class Category { Stretch, Strength, Mobility, Relaxation };
enum class Difficulty { Gentle, Easy, Moderate, Hard };
enum class Equipment { Floor, Mat, Chair };

struct Exercise {
    std::string id;
    std::string name;
    std::vector<std::string> other_names;
    std::string cue;                   // short name for the voice ("Knee drop")
    std::string purpose;               // one line
    Category category = Category::Stretch;
    Difficulty difficulty = Difficulty::Gentle;
    std::vector<Equipment> equipment;
    SideMode sides = SideMode::None;
    std::string figure;                // animation id; the exercise id unless two exercises share a movement
    bool during_spasm = false;         // gentle enough to try while a spasm is active (body_demands.h rule)
    std::vector<std::string> demands;  // what it asks of the body (body_demands.h kDemands): "kneeling", ...
    std::vector<std::string> avoid_if; // conditions (kConditionIds) it is not advised for: derived from
                                       // demands when the catalogue loads (body_demands.h), never stored
    std::string start;                 // starting position, one line
    std::vector<std::string> steps;    // in order, short lines (the UI numbers them)
    std::string breathing;
    std::string feel;                  // what the person should feel
    std::vector<std::string> cautions;
    std::vector<Dosage> dosages;       // one per source; the first is the default

    // The dose from one source; an empty source means the default (first) dose. nullptr if none.
    const Dosage* dosage(std::string_view source = {}) const;
    // Every source that describes this exercise, in the order of its dosages.
    std::vector<std::string> sources() const;
};

//-----------------------------------------------------------------------------
// Home care
//-----------------------------------------------------------------------------

enum class CareCategory { Cold, Heat, Contrast, Rest, Movement, Relaxation, Advice, Medication };

// Machine-readable timing of a care protocol, for timers and the care schedule. Which fields apply
// depends on the kind (0 = not set):
//   Timer    duration_s, and optionally repeat_every_s (start to start), times_per_day, for_days
//   Blocks   blocks (label + duration_s each, played in order), rounds
//   Pacer    inhale_s, hold_s (may be 0), exhale_s, duration_s (the whole practice)
//   Period   max_days (how long this may go on at most)
//   Reminder repeat_every_s (a nudge, no timer)
enum class TimingKind { Timer, Blocks, Pacer, Period, Reminder };

struct CareBlock {
    std::string label;
    int duration_s = 0;
    bool cold = false;                 // this block applies cold (the cold rule counts it: cold_rule.h)
};

struct CareTiming {
    TimingKind kind = TimingKind::Timer;
    std::string label;
    std::string source;                // id in Catalogue::sources, or empty when the timing is ours
    int duration_s = 0;
    int repeat_every_s = 0;
    int times_per_day = 0;
    int for_days = 0;
    std::vector<CareBlock> blocks;
    int rounds = 0;
    int inhale_s = 0;
    int hold_s = 0;
    int exhale_s = 0;
    int max_days = 0;
    std::vector<std::string> chosen;   // fields whose values are our choice
    std::string note;
};

struct CareProtocol {
    std::string id;
    std::string name;
    std::string cue;
    CareCategory category = CareCategory::Advice;
    std::string purpose;               // one line
    std::string when;                  // when to use it
    std::vector<std::string> steps;
    std::vector<std::string> safety;   // skin safety, risks, when to stop
    std::vector<std::string> sources;
    std::vector<CareTiming> timing;    // all apply; empty for advice and medication
    std::string note;
};

//-----------------------------------------------------------------------------
// The catalogue
//-----------------------------------------------------------------------------

// One source article in shared/seeds/.
struct Source {
    std::string id;                    // "seed-003"
    std::string file;                  // "003_6c755a60536a8756.txt"; empty for our own clinical choices
    std::string title;
};

struct Catalogue {
    int version = 1;
    std::vector<Source> sources;
    std::vector<std::string> general_cautions;   // shown before any session
    std::vector<Exercise> exercises;
    std::vector<CareProtocol> care;

    const Exercise* exercise(std::string_view id) const;
    const CareProtocol* care_protocol(std::string_view id) const;
    const Source* source(std::string_view id) const;
};

// Conditions an exercise may be unsuitable for (Exercise::avoid_if); the safety check reports these
// ids, and body_demands.h maps each to the demands it conflicts with.
extern const std::vector<std::string> kConditionIds;

//-----------------------------------------------------------------------------
// Names used in JSON (and shown in the review document), in enum order: the loaders list them in
// that order when a value is not one of them.
//-----------------------------------------------------------------------------

inline constexpr EnumName<WorkKind> kWorkKindNames[] = {
    {WorkKind::Hold, "hold"}, {WorkKind::Reps, "reps"}, {WorkKind::Breaths, "breaths"}};
inline constexpr EnumName<SideMode> kSideModeNames[] = {
    {SideMode::None, "none"}, {SideMode::EachSide, "each_side"}, {SideMode::Alternating, "alternating"}};
inline constexpr EnumName<Category> kCategoryNames[] = {
    {Category::Stretch, "stretch"}, {Category::Strength, "strength"}, {Category::Mobility, "mobility"},
    {Category::Relaxation, "relaxation"}};
inline constexpr EnumName<Difficulty> kDifficultyNames[] = {
    {Difficulty::Gentle, "gentle"}, {Difficulty::Easy, "easy"}, {Difficulty::Moderate, "moderate"},
    {Difficulty::Hard, "hard"}};
inline constexpr EnumName<Equipment> kEquipmentNames[] = {
    {Equipment::Floor, "floor"}, {Equipment::Mat, "mat"}, {Equipment::Chair, "chair"}};
inline constexpr EnumName<CareCategory> kCareCategoryNames[] = {
    {CareCategory::Cold, "cold"}, {CareCategory::Heat, "heat"}, {CareCategory::Contrast, "contrast"},
    {CareCategory::Rest, "rest"}, {CareCategory::Movement, "movement"}, {CareCategory::Relaxation, "relaxation"},
    {CareCategory::Advice, "advice"}, {CareCategory::Medication, "medication"}};
inline constexpr EnumName<TimingKind> kTimingKindNames[] = {
    {TimingKind::Timer, "timer"}, {TimingKind::Blocks, "blocks"}, {TimingKind::Pacer, "pacer"},
    {TimingKind::Period, "period"}, {TimingKind::Reminder, "reminder"}};

// The names above; "?" for a value no table lists.
const char* work_kind_name(WorkKind kind);          // "hold", "reps", "breaths"
const char* side_mode_name(SideMode mode);          // "none", "each_side", "alternating"
const char* category_name(Category category);       // "stretch", ...
const char* difficulty_name(Difficulty difficulty); // "gentle", ...
const char* equipment_name(Equipment equipment);    // "floor", "mat", "chair"
const char* care_category_name(CareCategory category);
const char* timing_kind_name(TimingKind kind);

//-----------------------------------------------------------------------------
// Equality (for round-trip tests)
//-----------------------------------------------------------------------------

bool operator==(const Amount& a, const Amount& b);
bool operator==(const Dosage& a, const Dosage& b);
bool operator==(const Exercise& a, const Exercise& b);
bool operator==(const CareBlock& a, const CareBlock& b);
bool operator==(const CareTiming& a, const CareTiming& b);
bool operator==(const CareProtocol& a, const CareProtocol& b);
bool operator==(const Source& a, const Source& b);
bool operator==(const Catalogue& a, const Catalogue& b);
inline bool operator!=(const Catalogue& a, const Catalogue& b) { return !(a == b); }

} // namespace unclench
