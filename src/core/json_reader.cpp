#include "core/json_reader.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace unclench {

//-----------------------------------------------------------------------------
// Paths and parsing
//-----------------------------------------------------------------------------

std::string path_join(const std::string& path, const std::string& key) {
    std::string out = path + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string path_join(const std::string& path, size_t index) { return path + "/" + std::to_string(index); }

std::optional<Json> parse_json(std::string_view text, Problems& problems) {
    try {
        // Parsed from a std::string, as everywhere else: each input type nlohmann is given stamps out
        // its own copy of the parser and lexer in the wasm (about 10 KB).
        const std::string copy(text);
        return Json::parse(copy);
    } catch (const std::exception& e) {
        // nlohmann's messages start with "[json.exception.parse_error.101] "; people need only the rest.
        std::string what = e.what();
        size_t cut = what.find("] ");
        if (cut != std::string::npos) what = what.substr(cut + 2);
        problems.push_back({"", "not valid JSON: " + what});
    }
    return std::nullopt;
}

// A value echoed in a message, cut short so a hostile file cannot make the message huge.
std::string quote_value(const std::string& s) {
    if (s.size() <= 40) return "\"" + s + "\"";
    size_t cut = 40;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;   // not inside a UTF-8 sequence
    return "\"" + s.substr(0, cut) + "...\"";
}

bool is_valid_id(const std::string& id) {
    if (id.empty() || id.size() > 40 || id.front() == '-' || id.back() == '-') return false;
    char previous = 0;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

//-----------------------------------------------------------------------------
// Bare values
//-----------------------------------------------------------------------------

std::string read_text(const Json& value, const std::string& path, size_t max_chars, Problems& problems) {
    if (!value.is_string()) {
        problems.push_back({path, "must be text"});
        return {};
    }
    const std::string& s = value.get_ref<const std::string&>();
    if (std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; })) {
        problems.push_back({path, "must not be empty"});
        return {};
    }
    if (std::any_of(s.begin(), s.end(), [](char c) { return (unsigned char)c < 0x20; })) {
        problems.push_back({path, "must not contain line breaks or control characters"});
        return {};
    }
    if (s.size() > max_chars) {
        problems.push_back({path, "is too long (" + std::to_string(s.size()) + " characters; at most " +
                                      std::to_string(max_chars) + ")"});
        return {};
    }
    return s;
}

std::optional<int> read_integer(const Json& value, const std::string& path, int lo, int hi, const char* unit,
                                Problems& problems) {
    std::string range = "from " + std::to_string(lo) + " to " + std::to_string(hi) + (*unit ? " " : "") + unit;
    if (!value.is_number()) {
        problems.push_back({path, "must be a whole number " + range});
        return std::nullopt;
    }
    // Compare as double first: it holds every int64/uint64 closely enough for a range check.
    double d = value.get<double>();
    if (value.is_number_float() && (!std::isfinite(d) || d != std::floor(d))) {
        problems.push_back({path, "must be a whole number " + range});
        return std::nullopt;
    }
    if (d < lo || d > hi) {
        problems.push_back({path, "must be " + range + " (got " + value.dump() + ")"});
        return std::nullopt;
    }
    return (int)d;
}

void check_unique_ids(const std::vector<std::pair<std::string, std::string>>& ids, const char* what,
                      Problems& problems) {
    std::map<std::string, std::string> first;
    for (const auto& [id, path] : ids) {
        if (id.empty()) continue;   // already reported as missing or malformed
        auto [it, inserted] = first.emplace(id, path);
        if (!inserted)
            problems.push_back({path, std::string("duplicate ") + what + " id " + quote_value(id) + " (first at " + it->second + ")"});
    }
}

//-----------------------------------------------------------------------------
// ObjectReader
//-----------------------------------------------------------------------------

ObjectReader::ObjectReader(const Json& value, std::string path, Problems& problems)
    : path_(std::move(path)), problems_(problems) {
    if (value.is_object()) object_ = &value;
    else problems_.push_back({path_, "must be an object"});
}

bool ObjectReader::has(const char* key) const { return object_ && object_->contains(key); }

void ObjectReader::problem(const char* key, std::string message) {
    problems_.push_back({path_of(key), std::move(message)});
}

const Json* ObjectReader::field(const char* key, Need need) {
    if (!object_) return nullptr;
    read_.push_back(key);
    auto it = object_->find(key);
    if (it == object_->end()) {
        if (need == Need::Required) problem(key, "is missing");
        return nullptr;
    }
    return &*it;
}

const Json* ObjectReader::list(const char* key, Need need, size_t min_items, size_t max_items) {
    const Json* v = field(key, need);
    if (!v) return nullptr;
    if (!v->is_array()) {
        problem(key, "must be a list");
        return nullptr;
    }
    if (v->size() < min_items)
        problem(key, "must have at least " + std::to_string(min_items) + (min_items == 1 ? " item" : " items"));
    if (v->size() > max_items) {
        problem(key, "has " + std::to_string(v->size()) + " items; at most " + std::to_string(max_items));
        return nullptr;
    }
    return v;
}

std::string ObjectReader::text(const char* key, Need need, size_t max_chars) {
    const Json* v = field(key, need);
    return v ? read_text(*v, path_of(key), max_chars, problems_) : std::string();
}

std::string ObjectReader::id(const char* key, Need need) {
    std::string s = text(key, need, 40);
    if (!s.empty() && !is_valid_id(s)) {
        problem(key, quote_value(s) + " is not a valid id: use lowercase letters, digits and single dashes");
        return {};
    }
    return s;
}

std::vector<std::string> ObjectReader::text_list(const char* key, Need need, size_t max_items, size_t max_chars) {
    std::vector<std::string> out;
    const Json* v = list(key, need, need == Need::Required ? 1 : 0, max_items);
    if (!v) return out;
    for (size_t i = 0; i < v->size(); i++)
        out.push_back(read_text((*v)[i], path_join(path_of(key), i), max_chars, problems_));
    return out;
}

std::vector<std::string> ObjectReader::id_list(const char* key, Need need, size_t max_items) {
    std::vector<std::string> out = text_list(key, need, max_items, 40);
    for (size_t i = 0; i < out.size(); i++) {
        if (!out[i].empty() && !is_valid_id(out[i])) {
            problems_.push_back({path_join(path_of(key), i), quote_value(out[i]) + " is not a valid id"});
            out[i].clear();
        }
    }
    return out;
}

bool ObjectReader::boolean(const char* key, bool fallback) {
    const Json* v = field(key, Need::Optional);
    if (!v) return fallback;
    if (!v->is_boolean()) {
        problem(key, "must be true or false");
        return fallback;
    }
    return v->get<bool>();
}

std::optional<int> ObjectReader::integer(const char* key, Need need, int lo, int hi, const char* unit) {
    const Json* v = field(key, need);
    return v ? read_integer(*v, path_of(key), lo, hi, unit, problems_) : std::nullopt;
}

int ObjectReader::choice(const char* key, Need need, const std::vector<const char*>& names) {
    const Json* v = field(key, need);
    if (!v) return -1;
    std::string all;
    int index = 0;
    for (const char* name : names) {
        if (v->is_string() && v->get_ref<const std::string&>() == name) return index;
        all += (index++ ? ", " : "") + std::string(name);
    }
    problem(key, "must be one of: " + all + (v->is_string() ? " (got " + quote_value(v->get<std::string>()) + ")" : ""));
    return -1;
}

void ObjectReader::done() {
    if (!object_) return;
    for (auto it = object_->begin(); it != object_->end(); ++it)
        if (std::find(read_.begin(), read_.end(), it.key()) == read_.end())
            problems_.push_back({path_join(path_, it.key()), "unknown field"});
}

//-----------------------------------------------------------------------------
// Problems
//-----------------------------------------------------------------------------

bool operator==(const Problem& a, const Problem& b) { return a.path == b.path && a.message == b.message; }

std::string to_string(const Problem& problem) {
    return (problem.path.empty() ? std::string("(document)") : problem.path) + ": " + problem.message;
}

} // namespace unclench
