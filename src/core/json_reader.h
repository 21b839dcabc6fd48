// Checked reading of JSON values with paths: every missing, mistyped, out-of-range or unknown field
// becomes a Problem with its JSON pointer, and reading goes on, so one pass reports everything.
// Nothing here throws; values that fail a check read as empty/zero and the caller discards the result.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalogue_json.h"
#include "core/enum_names.h"

namespace unclench {

using Json = nlohmann::json;
using Problems = std::vector<Problem>;

enum class Need { Required, Optional };

// "/exercises" + 3 -> "/exercises/3"; keys are escaped as RFC 6901 asks ("a/b" -> "a~1b").
std::string path_join(const std::string& path, const std::string& key);
std::string path_join(const std::string& path, size_t index);

// Parses text; on failure adds a problem at "" and returns nullopt.
std::optional<Json> parse_json(std::string_view text, Problems& problems);

// Ids: 1-40 characters, lowercase letters and digits in dash-separated words ("side-knee-drop").
bool is_valid_id(const std::string& id);

// One JSON object, read field by field. Call done() last: it reports every field no one read.
class ObjectReader {
public:
    ObjectReader(const Json& value, std::string path, Problems& problems);

    bool is_object() const { return object_ != nullptr; }
    bool has(const char* key) const;
    const std::string& path() const { return path_; }
    std::string path_of(const char* key) const { return path_join(path_, key); }
    void problem(const char* key, std::string message);

    // The raw field (marked as read); reports "is missing" when required and absent.
    const Json* field(const char* key, Need need);
    // A list field; reports a wrong type. nullptr when absent or not a list.
    const Json* list(const char* key, Need need, size_t min_items, size_t max_items);

    std::string text(const char* key, Need need, size_t max_chars);
    std::string id(const char* key, Need need);
    std::vector<std::string> text_list(const char* key, Need need, size_t max_items, size_t max_chars);
    std::vector<std::string> id_list(const char* key, Need need, size_t max_items);
    bool boolean(const char* key, bool fallback);
    // A whole number in [lo, hi]; `unit` words the range message ("seconds").
    std::optional<int> integer(const char* key, Need need, int lo, int hi, const char* unit);
    // The value a field names in `table` (enum_names.h): sets `out` and returns true, or returns false,
    // reported, when the field is absent, mistyped or not one of the table's names.
    template <typename E, size_t N>
    bool choice(const char* key, Need need, const EnumName<E> (&table)[N], E& out) {
        std::vector<const char*> names;
        for (const EnumName<E>& entry : table) names.push_back(entry.name);
        int index = choice(key, need, names);
        if (index >= 0) out = table[(size_t)index].value;
        return index >= 0;
    }
    // Index of the field's value in `names`, or -1 (reported) when absent, mistyped or unknown.
    int choice(const char* key, Need need, const std::vector<const char*>& names);

    void done();

private:
    const Json* object_ = nullptr;
    std::string path_;
    Problems& problems_;
    std::vector<std::string> read_;
};

// The same checks on a bare value (list items, nested values).
std::string read_text(const Json& value, const std::string& path, size_t max_chars, Problems& problems);
std::optional<int> read_integer(const Json& value, const std::string& path, int lo, int hi, const char* unit,
                                Problems& problems);

// A value echoed in a message, in quotes, cut short ("\"side-knee-drop\"").
std::string quote_value(const std::string& s);

// Reports every id that appears twice in `ids` (pairs of id and its path), naming the first place.
void check_unique_ids(const std::vector<std::pair<std::string, std::string>>& ids, const char* what,
                      Problems& problems);

} // namespace unclench
