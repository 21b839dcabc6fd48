// Embed options from the iframe's query string (parse_embed_options in embed_protocol.h). Each parameter
// is checked on its own so one bad value never costs the clinic its other settings.
#include "core/embed_protocol.h"

namespace unclench {

static const size_t kMaxQuery = 8192;
static const size_t kMaxValue = 512;
static const size_t kMaxClinicChars = 60;

//---- Query string

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// application/x-www-form-urlencoded: '+' is a space, %XX a byte. False for a broken escape.
static bool percent_decode(std::string_view in, std::string& out) {
    out.clear();
    for (size_t i = 0; i < in.size(); i++) {
        if (in[i] == '+') { out += ' '; continue; }
        if (in[i] != '%') { out += in[i]; continue; }
        if (i + 2 >= in.size()) return false;
        int hi = hex_digit(in[i + 1]), lo = hex_digit(in[i + 2]);
        if (hi < 0 || lo < 0) return false;
        out += char(hi * 16 + lo);
        i += 2;
    }
    return true;
}

// Parameter names go into a debug log: printable ASCII only, and short.
static std::string log_name(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size() && i < 32; i++) out += (s[i] >= 0x20 && s[i] < 0x7F) ? s[i] : '?';
    return s.size() > 32 ? out + "..." : out;
}

//---- Values

// One code point from valid UTF-8 (checked by the caller).
static uint32_t next_code_point(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t k = 1; k < len; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    i += len;
    return cp;
}

// Controls, and the invisible characters that can make a name display as something else.
static bool is_unprintable(uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200B || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB);
}

std::string clinic_name_problem(std::string& value) {
    if (!is_valid_utf8(value)) return "not valid UTF-8";
    size_t first = value.find_first_not_of(' '), last = value.find_last_not_of(' ');
    value = first == std::string::npos ? "" : value.substr(first, last - first + 1);
    if (value.empty()) return "empty";
    size_t chars = 0;
    for (size_t i = 0; i < value.size(); chars++)
        if (is_unprintable(next_code_point(value, i))) return "contains control or invisible characters";
    if (chars > kMaxClinicChars) return "longer than 60 characters";
    return "";
}

static bool is_namespace(std::string_view s) {
    if (s.empty() || s.size() > 32) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

// BCP 47 in shape only: a 2-3 letter language, then up to three 2-8 character subtags.
static bool is_language_tag(std::string_view s) {
    if (s.size() > 35) return false;
    size_t pos = 0, index = 0;
    while (pos <= s.size()) {
        size_t end = s.find('-', pos);
        if (end == std::string_view::npos) end = s.size();
        std::string_view part = s.substr(pos, end - pos);
        bool letters_only = true, alnum = !part.empty();
        for (char c : part) {
            bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            letters_only &= letter;
            alnum &= letter || (c >= '0' && c <= '9');
        }
        if (index == 0 && !(letters_only && part.size() >= 2 && part.size() <= 3)) return false;
        if (index > 0 && !(alnum && part.size() >= 2 && part.size() <= 8)) return false;
        if (++index > 4) return false;
        pos = end + 1;
    }
    return true;
}

//---- One parameter

// Returns the reason it was rejected, or "" when it now sits in `options`.
static std::string apply(EmbedOptions& o, const std::string& name, std::string value) {
    if (value.size() > kMaxValue) return "value too long";
    if (name == "routine") {
        if (!is_embed_id(value)) return "not a routine id";
        o.routine = value;
    } else if (name == "theme") {
        EmbedTheme theme = EmbedTheme::System;
        if (!value_of(kEmbedThemeNames, value, theme)) return "must be light, dark or system";
        o.theme = theme;
    } else if (name == "accent") {
        o.accent = normalize_accent(value.size() == 6 ? "#" + value : value);
        if (!o.accent) return "must be a colour like %231a7f64";
    } else if (name == "clinic") {
        std::string why = clinic_name_problem(value);
        if (!why.empty()) return why;
        o.clinic = value;
    } else if (name == "lang") {
        if (!is_language_tag(value)) return "not a language tag";
        o.lang = value;
    } else if (name == "ns") {
        if (!is_namespace(value)) return "must be 1-32 of a-z, 0-9 and -";
        o.ns = value;
    } else if (name == "parent") {
        if (value == "*") return "a wildcard origin is never accepted";
        o.parent = normalize_origin(value);
        if (!o.parent) return "not an http(s) origin";
    } else {
        return "unknown parameter";
    }
    return "";
}

EmbedOptionsResult parse_embed_options(std::string_view query) {
    EmbedOptionsResult r;
    if (!query.empty() && query[0] == '?') query.remove_prefix(1);
    if (query.size() > kMaxQuery) {
        r.rejected.push_back({"", "query string too long; all parameters ignored"});
        return r;
    }
    std::vector<std::string> seen;
    size_t pos = 0;
    while (pos <= query.size()) {
        size_t end = query.find('&', pos);
        if (end == std::string_view::npos) end = query.size();
        std::string_view pair = query.substr(pos, end - pos);
        pos = end + 1;
        if (pair.empty()) continue;
        size_t eq = pair.find('=');
        std::string name, value;
        bool decoded = percent_decode(pair.substr(0, eq), name) &&
                       percent_decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1), value);
        if (!decoded) { r.rejected.push_back({log_name(pair.substr(0, eq)), "broken percent-encoding"}); continue; }
        bool repeat = false;
        for (const std::string& s : seen) repeat |= s == name;
        if (repeat) { r.rejected.push_back({log_name(name), "repeated; the first one counts"}); continue; }
        seen.push_back(name);
        std::string why = apply(r.options, name, std::move(value));
        if (!why.empty()) r.rejected.push_back({log_name(name), why});
    }
    return r;
}

} // namespace unclench
