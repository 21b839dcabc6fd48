// Tables between enum values and the names they are stored, sent or shown as: one plain array per enum,
// read both ways by the same two functions, so a name is written once and the reader can never drift
// from the writer.
//
//   constexpr EnumName<Theme> kThemeNames[] = {{Theme::System, "system"}, {Theme::Light, "light"}, ...};
//   name_of(kThemeNames, Theme::Dark, "system")     -> "dark"
//   value_of(kThemeNames, "light", theme)           -> true, theme = Theme::Light
//
// Tables that a loader reports as "must be one of: ..." list their names in enum order.
#pragma once
#include <cstddef>
#include <string_view>

namespace unclench {

template <typename E>
struct EnumName {
    E value;
    const char* name;
};

// The name of `value` in `table`, or `fallback` when the table does not list it (a value cast from a
// damaged number, say).
template <typename E, size_t N>
const char* name_of(const EnumName<E> (&table)[N], E value, const char* fallback) {
    for (const EnumName<E>& entry : table)
        if (entry.value == value) return entry.name;
    return fallback;
}

// The value named exactly `text` (case matters). False, with `out` untouched, for any other text.
template <typename E, size_t N>
bool value_of(const EnumName<E> (&table)[N], std::string_view text, E& out) {
    for (const EnumName<E>& entry : table) {
        if (text == entry.name) {
            out = entry.value;
            return true;
        }
    }
    return false;
}

} // namespace unclench
