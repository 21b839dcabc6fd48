#include <doctest/doctest.h>
#include "core/enum_names.h"

#include <cctype>
#include <iterator>
#include <set>
#include <string>

#include "core/catalogue.h"
#include "core/embed_protocol.h"
#include "core/figure_pose.h"
#include "core/history_record.h"
#include "core/safety_check.h"
#include "core/session_engine.h"
#include "core/settings.h"
#include "core/share_code.h"

using namespace unclench;

namespace {

// Every value names itself and reads back from its name; no two entries share a name or a value.
template <typename E, size_t N>
void check_round_trip(const EnumName<E> (&table)[N]) {
    std::set<std::string> names;
    std::set<int> values;
    for (const EnumName<E>& entry : table) {
        CAPTURE(entry.name);
        CHECK(std::string(name_of(table, entry.value, "")) == entry.name);
        E back{};
        CHECK(value_of(table, entry.name, back));
        CHECK(back == entry.value);
        CHECK(names.insert(entry.name).second);
        CHECK(values.insert((int)entry.value).second);
    }
}

// Near misses of a real name, and plain junk, name nothing.
template <typename E, size_t N>
void check_unknown_rejected(const EnumName<E> (&table)[N]) {
    const std::string first = table[0].name;
    std::string upper = first;
    for (char& c : upper) c = (char)std::toupper((unsigned char)c);
    for (const std::string& text : {std::string(), std::string("nonsense"), upper, first + " ", " " + first,
                                    first.substr(0, first.size() - 1), first + std::string(1, '\0')}) {
        CAPTURE(text);
        E out = table[N - 1].value;
        CHECK_FALSE(value_of(table, text, out));
        CHECK(out == table[N - 1].value);   // untouched
    }
}

template <typename E, size_t N>
void check_table(const EnumName<E> (&table)[N]) {
    check_round_trip(table);
    check_unknown_rejected(table);
}

} // namespace

TEST_CASE("name_of gives the listed name, or the fallback for a value the table does not list") {
    CHECK(std::string(name_of(kEquipmentNames, Equipment::Chair, "?")) == "chair");
    CHECK(std::string(name_of(kEquipmentNames, (Equipment)42, "none")) == "none");
    CHECK(std::string(work_kind_name((WorkKind)9)) == "?");
    CHECK(std::string(limb_name((Limb)9)) == "?");
}

TEST_CASE("value_of matches whole names only, case and all") {
    SideMode m = SideMode::None;
    CHECK(value_of(kSideModeNames, "each_side", m));
    CHECK(m == SideMode::EachSide);
    CHECK_FALSE(value_of(kSideModeNames, "Each_side", m));
    CHECK_FALSE(value_of(kSideModeNames, "each", m));
    CHECK_FALSE(value_of(kSideModeNames, "each_sides", m));
    CHECK(m == SideMode::EachSide);
}

TEST_CASE("every catalogue name table reads back what it writes, and rejects unknown names") {
    check_table(kWorkKindNames);
    check_table(kSideModeNames);
    check_table(kCategoryNames);
    check_table(kDifficultyNames);
    check_table(kEquipmentNames);
    check_table(kCareCategoryNames);
    check_table(kTimingKindNames);
}

TEST_CASE("every figure name table reads back what it writes, and rejects unknown names") {
    check_table(kJointNames);
    check_table(kLimbNames);
    check_table(kFigureViewNames);
    check_table(kPropKindNames);
}

TEST_CASE("name tables list every value of their enum, in enum order") {
    // Loaders report "must be one of: ..." in table order, and the order is the enum's.
    auto in_order = [](auto& table) {
        for (size_t i = 0; i < std::size(table); i++)
            if ((size_t)table[i].value != i) return false;
        return true;
    };
    CHECK(in_order(kWorkKindNames));
    CHECK(in_order(kSideModeNames));
    CHECK(in_order(kCategoryNames));
    CHECK(in_order(kDifficultyNames));
    CHECK(in_order(kEquipmentNames));
    CHECK(in_order(kCareCategoryNames));
    CHECK(in_order(kTimingKindNames));
    CHECK(in_order(kJointNames));
    CHECK(in_order(kLimbNames));
    CHECK(in_order(kFigureViewNames));
    CHECK(in_order(kPropKindNames));
    CHECK(std::size(kJointNames) == (size_t)kJointCount);
    CHECK(std::size(kLimbNames) == (size_t)kLimbCount);
}

TEST_CASE("every session name table reads back what it writes, and rejects unknown names") {
    check_table(kPhaseKindNames);
    check_table(kSideNames);
    check_table(kCueKindNames);
    check_table(kEndReasonNames);
    check_table(kItemOutcomeNames);
    check_table(kEventTypeNames);
    check_table(kSessionEndNames);
}

TEST_CASE("every settings, safety, sharing and embedding name table reads back what it writes") {
    check_table(kThemeNames);
    check_table(kUrgencyNames);
    check_table(kShareErrorNames);
    check_table(kEmbedCommandNames);
    check_table(kEmbedThemeNames);
    check_table(kEmbedSessionEndNames);
}


TEST_CASE("the stored names of a session's end are the ones backups and the CSV have always used") {
    CHECK(std::string(session_end_name(SessionEnd::Completed)) == "completed");
    CHECK(std::string(session_end_name(SessionEnd::Early)) == "early");
    CHECK(std::string(session_end_name(SessionEnd::Pain)) == "pain");
    CHECK(std::string(phase_kind_name(PhaseKind::SwitchSide)) == "switch_side");
    CHECK(std::string(theme_name(Theme::System)) == "system");
}

TEST_CASE("the fallback names of the record, settings, safety and sharing tables are their defaults") {
    CHECK(std::string(theme_name((Theme)42)) == "system");
    CHECK(std::string(session_end_name((SessionEnd)9)) == "completed");
    CHECK(std::string(urgency_name((Urgency)9)) == "none");
    CHECK(std::string(share_error_name((ShareError)99)) == "unknown");
    CHECK(std::string(end_reason_name((EndReason)9)) == "?");
}
