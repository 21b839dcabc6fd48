#include "core/catalogue.h"

#include <algorithm>
#include <tuple>

namespace unclench {

const std::vector<std::string> kConditionIds = {"disc-problems", "knee-problems", "balance-problems",
                                                 "pregnancy",     "osteoporosis",  "hip-replacement"};

//-----------------------------------------------------------------------------
// Lookups
//-----------------------------------------------------------------------------

const Dosage* Exercise::dosage(std::string_view source_id) const {
    if (dosages.empty()) return nullptr;
    if (source_id.empty()) return &dosages.front();
    for (const Dosage& d : dosages)
        if (d.source == source_id) return &d;
    return nullptr;
}

std::vector<std::string> Exercise::sources() const {
    std::vector<std::string> out;
    for (const Dosage& d : dosages)
        if (std::find(out.begin(), out.end(), d.source) == out.end()) out.push_back(d.source);
    return out;
}

namespace {
template <class T>
const T* find_by_id(const std::vector<T>& list, std::string_view id) {
    for (const T& item : list)
        if (item.id == id) return &item;
    return nullptr;
}
} // namespace

const Exercise* Catalogue::exercise(std::string_view id) const { return find_by_id(exercises, id); }
const CareProtocol* Catalogue::care_protocol(std::string_view id) const { return find_by_id(care, id); }
const Source* Catalogue::source(std::string_view id) const { return find_by_id(sources, id); }

//-----------------------------------------------------------------------------
// Names
//-----------------------------------------------------------------------------

const char* work_kind_name(WorkKind kind) { return name_of(kWorkKindNames, kind, "?"); }
const char* side_mode_name(SideMode mode) { return name_of(kSideModeNames, mode, "?"); }
const char* category_name(Category category) { return name_of(kCategoryNames, category, "?"); }
const char* difficulty_name(Difficulty difficulty) { return name_of(kDifficultyNames, difficulty, "?"); }
const char* equipment_name(Equipment equipment) { return name_of(kEquipmentNames, equipment, "?"); }
const char* care_category_name(CareCategory category) { return name_of(kCareCategoryNames, category, "?"); }
const char* timing_kind_name(TimingKind kind) { return name_of(kTimingKindNames, kind, "?"); }

//-----------------------------------------------------------------------------
// Equality
//-----------------------------------------------------------------------------

bool operator==(const Amount& a, const Amount& b) {
    return std::tie(a.low, a.high, a.up_to) == std::tie(b.low, b.high, b.up_to);
}

bool operator==(const Dosage& a, const Dosage& b) {
    return std::tie(a.source, a.work, a.hold_s, a.reps, a.sets, a.breaths, a.times_per_day, a.per_side, a.as_given,
                    a.chosen, a.note) ==
           std::tie(b.source, b.work, b.hold_s, b.reps, b.sets, b.breaths, b.times_per_day, b.per_side, b.as_given,
                    b.chosen, b.note);
}

bool operator==(const Exercise& a, const Exercise& b) {
    return std::tie(a.id, a.name, a.other_names, a.cue, a.purpose, a.category, a.difficulty, a.equipment, a.sides,
                    a.figure, a.during_spasm, a.demands, a.avoid_if, a.start, a.steps, a.breathing, a.feel, a.cautions,
                    a.dosages) ==
           std::tie(b.id, b.name, b.other_names, b.cue, b.purpose, b.category, b.difficulty, b.equipment, b.sides,
                    b.figure, b.during_spasm, b.demands, b.avoid_if, b.start, b.steps, b.breathing, b.feel, b.cautions,
                    b.dosages);
}

bool operator==(const CareBlock& a, const CareBlock& b) {
    return std::tie(a.label, a.duration_s, a.cold) == std::tie(b.label, b.duration_s, b.cold);
}

bool operator==(const CareTiming& a, const CareTiming& b) {
    return std::tie(a.kind, a.label, a.source, a.duration_s, a.repeat_every_s, a.times_per_day, a.for_days, a.blocks,
                    a.rounds, a.inhale_s, a.hold_s, a.exhale_s, a.max_days, a.chosen, a.note) ==
           std::tie(b.kind, b.label, b.source, b.duration_s, b.repeat_every_s, b.times_per_day, b.for_days, b.blocks,
                    b.rounds, b.inhale_s, b.hold_s, b.exhale_s, b.max_days, b.chosen, b.note);
}

bool operator==(const CareProtocol& a, const CareProtocol& b) {
    return std::tie(a.id, a.name, a.cue, a.category, a.purpose, a.when, a.steps, a.safety, a.sources, a.timing,
                    a.note) ==
           std::tie(b.id, b.name, b.cue, b.category, b.purpose, b.when, b.steps, b.safety, b.sources, b.timing,
                    b.note);
}

bool operator==(const Source& a, const Source& b) {
    return std::tie(a.id, a.file, a.title) == std::tie(b.id, b.file, b.title);
}

bool operator==(const Catalogue& a, const Catalogue& b) {
    return std::tie(a.version, a.sources, a.general_cautions, a.exercises, a.care) ==
           std::tie(b.version, b.sources, b.general_cautions, b.exercises, b.care);
}

} // namespace unclench
