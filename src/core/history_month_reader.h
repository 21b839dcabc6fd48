// The first pass of decoding a history month (history_codec.h): the JSON text read into rows of plain
// fields, without building a JSON tree (every tree node is a malloc, slow in WebAssembly; loading ten
// years must take under 50 ms). Text exactly as the encoder writes it (no escapes, no fractions) takes
// a small direct scanner; anything else (hand edits, damage) goes through nlohmann's SAX parser, which
// also decides what is valid JSON. Checking what the fields mean is the second pass, in history_codec.cpp.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace unclench {

struct MonthField {
    enum Kind { Int, Text, Other } kind = Other;   // Other: null, bool, fraction, array or object
    int64_t number = 0;
    std::string_view text;   // into the month's text, or into MonthRows::unescaped
};

// One record: the fields of one inner array. A row that was not an array has no fields.
using MonthRow = std::vector<MonthField>;

struct MonthRows {
    bool shape_ok = false;    // an object whose "s" is an array
    bool truncated = false;   // the text broke off or went bad; rows completed before that are kept
    std::vector<MonthRow> routines;   // "r"
    std::vector<MonthRow> sessions;   // "s"
    std::vector<MonthRow> care;       // "c"
    bool care_not_array = false;
    std::deque<std::string> unescaped;   // strings the SAX path had to rebuild (escapes)
};

// The rows keep views into `text`: it must outlive them.
MonthRows read_month_rows(const std::string& text);
// The general path alone, so tests can check both paths agree.
MonthRows read_month_rows_general(const std::string& text);

} // namespace unclench
