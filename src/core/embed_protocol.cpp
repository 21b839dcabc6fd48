// Commands from the parent page and events to it. URL options are in embed_options.cpp.
//
// Index of this file:
// [SECTION] Field checks
// [SECTION] Origins
// [SECTION] Commands
// [SECTION] Events
// [SECTION] Recovery events
#include "core/embed_protocol.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/date_text.h"
#include "core/episode.h"

namespace unclench {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Field checks
//-----------------------------------------------------------------------------

bool is_embed_id(std::string_view s) {
    if (s.empty() || s.size() > 64) return false;
    for (size_t i = 0; i < s.size(); i++) {
        char c = s[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '-' && c != '_'))) return false;
    }
    return true;
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (size_t k = 1; k < len; k++) {
            unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += len;
    }
    return true;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<std::string> normalize_accent(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    std::string out = "#";
    for (size_t i = 1; i < 7; i++) {
        if (hex_value(s[i]) < 0) return std::nullopt;
        out += char(s[i] >= 'A' && s[i] <= 'F' ? s[i] - 'A' + 'a' : s[i]);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Origins
//-----------------------------------------------------------------------------

static std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

static bool valid_host(std::string_view h) {
    if (h.size() >= 2 && h.front() == '[' && h.back() == ']') {   // IPv6 literal
        std::string_view inner = h.substr(1, h.size() - 2);
        return !inner.empty() && inner.size() <= 45 && std::all_of(inner.begin(), inner.end(), [](char c) {
            return hex_value(c) >= 0 || c == ':' || c == '.';
        });
    }
    if (h.empty() || h.size() > 253 || h.front() == '.' || h.back() == '.' || h.front() == '-') return false;
    if (h.find("..") != std::string_view::npos) return false;
    return std::all_of(h.begin(), h.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'; });
}

std::optional<std::string> normalize_origin(std::string_view text) {
    std::string s = lower_ascii(text);
    std::string scheme;
    if (s.rfind("https://", 0) == 0) scheme = "https";
    else if (s.rfind("http://", 0) == 0) scheme = "http";
    else return std::nullopt;   // "*", "null", "file://", "javascript:" ...
    std::string rest = s.substr(scheme.size() + 3);
    if (!rest.empty() && rest.back() == '/') rest.pop_back();   // "https://clinic.example/" is the same origin
    size_t colon = rest.rfind(':');
    if (colon != std::string::npos && rest.find(']', colon) != std::string::npos) colon = std::string::npos;   // inside [v6]
    std::string host = rest.substr(0, colon);
    if (!valid_host(host)) return std::nullopt;
    std::string origin = scheme + "://" + host;
    if (colon == std::string::npos) return origin;
    std::string port = rest.substr(colon + 1);
    if (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    long n = std::stol(port);
    if (n < 1 || n > 65535) return std::nullopt;
    bool default_port = (scheme == "https" && n == 443) || (scheme == "http" && n == 80);
    return default_port ? origin : origin + ":" + std::to_string(n);
}

//-----------------------------------------------------------------------------
// [SECTION] Commands
//-----------------------------------------------------------------------------

// A reason may quote what was sent; keep it short and printable so a debug log stays readable.
static std::string loggable(std::string_view s) {
    std::string out = "'";
    for (size_t i = 0; i < s.size() && i < 60; i++) out += (s[i] >= 0x20 && s[i] < 0x7F) ? s[i] : '?';
    return out + (s.size() > 60 ? "...'" : "'");
}

static EmbedCommandResult ignored(std::string reason) { return {std::nullopt, std::move(reason)}; }

static bool is_pollution_key(const std::string& k) { return k == "__proto__" || k == "constructor" || k == "prototype"; }

// Every key must be "type", "v" or one of the command's own fields.
static std::string check_keys(const json& msg, std::initializer_list<const char*> fields) {
    for (auto it = msg.begin(); it != msg.end(); ++it) {
        const std::string& k = it.key();
        if (is_pollution_key(k)) return "forbidden key " + loggable(k);
        bool known = k == "type" || k == "v" || std::any_of(fields.begin(), fields.end(), [&](const char* f) { return k == f; });
        if (!known) return "unknown field " + loggable(k);
    }
    return "";
}

// The fields each command may carry besides "type" and "v".
static std::string check_command_keys(const json& msg, EmbedCommandType command) {
    switch (command) {
    case EmbedCommandType::StartRoutine: return check_keys(msg, {"routine"});
    case EmbedCommandType::SetTheme: return check_keys(msg, {"theme", "accent"});
    case EmbedCommandType::Ping: break;
    }
    return check_keys(msg, {});
}

static EmbedCommandResult read_start_routine(const json& msg) {
    auto it = msg.find("routine");
    if (it == msg.end() || !it->is_string()) return ignored("start-routine needs a string 'routine'");
    const std::string& id = it->get_ref<const std::string&>();
    if (!is_embed_id(id)) return ignored("start-routine: malformed routine id " + loggable(id));
    EmbedCommand c;
    c.type = EmbedCommandType::StartRoutine;
    c.routine = id;
    return {c, ""};
}

static EmbedCommandResult read_set_theme(const json& msg) {
    auto it = msg.find("theme");
    if (it == msg.end() || !it->is_string()) return ignored("set-theme needs a string 'theme'");
    EmbedCommand c;
    c.type = EmbedCommandType::SetTheme;
    if (!value_of(kEmbedThemeNames, it->get_ref<const std::string&>(), c.theme))
        return ignored("set-theme: theme must be light, dark or system");
    auto acc = msg.find("accent");
    if (acc != msg.end()) {
        if (!acc->is_string()) return ignored("set-theme: accent must be a string");
        c.accent = normalize_accent(acc->get_ref<const std::string&>());
        if (!c.accent) return ignored("set-theme: accent must look like #1a7f64");
    }
    return {c, ""};
}

EmbedCommandResult parse_embed_command(std::string_view data, std::string_view origin, std::string_view allowed_origin) {
    std::optional<std::string> allowed = normalize_origin(allowed_origin);
    if (!allowed) return ignored("no valid parent origin configured");
    if (origin != *allowed) return ignored("message from origin " + loggable(origin) + ", expected " + loggable(*allowed));
    if (data.size() > kEmbedMaxMessageBytes) return ignored("message larger than " + std::to_string(kEmbedMaxMessageBytes) + " bytes");
    if (!is_valid_utf8(data)) return ignored("message is not valid UTF-8");
    json msg = json::parse(std::string(data), nullptr, false);   // std::string: the one parser type the app links
    if (msg.is_discarded()) return ignored("message is not JSON");
    if (!msg.is_object()) return ignored("message is not a JSON object");
    auto type = msg.find("type");
    if (type == msg.end() || !type->is_string()) return ignored("message has no string 'type'");
    auto v = msg.find("v");
    if (v != msg.end() && !(v->is_number_integer() && v->get<int64_t>() == kEmbedProtocolVersion))
        return ignored("unsupported protocol version");
    const std::string& t = type->get_ref<const std::string&>();
    EmbedCommandType command = EmbedCommandType::Ping;
    if (!value_of(kEmbedCommandNames, t, command)) return ignored("unknown message type " + loggable(t));
    std::string bad = check_command_keys(msg, command);
    if (!bad.empty()) return ignored(t.substr(9) + ": " + bad);   // without "unclench:"
    if (command == EmbedCommandType::StartRoutine) return read_start_routine(msg);
    if (command == EmbedCommandType::SetTheme) return read_set_theme(msg);
    EmbedCommand ping;
    ping.type = EmbedCommandType::Ping;
    return {ping, ""};
}

//-----------------------------------------------------------------------------
// [SECTION] Events
//-----------------------------------------------------------------------------

static json envelope(const char* type) {
    return json{{"source", "unclench"}, {"v", kEmbedProtocolVersion}, {"type", type}};
}

// Replace, never throw, if a caller hands over bytes that are not UTF-8.
static std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

EmbedSessionEnd embed_session_end(SessionEnd end) {
    switch (end) {
    case SessionEnd::Early: return EmbedSessionEnd::Early;
    case SessionEnd::Pain: return EmbedSessionEnd::Pain;
    case SessionEnd::Completed: break;
    }
    return EmbedSessionEnd::Normal;
}

std::string embed_event_ready(std::string_view app_version) {
    json j = envelope("unclench:ready");
    j["version"] = std::string(app_version);
    return dump(j);
}

std::string embed_event_session_started(std::string_view routine, int64_t started_at_ms) {
    json j = envelope("unclench:session-started");
    j["routine"] = std::string(routine);
    j["startedAt"] = started_at_ms;
    return dump(j);
}

std::string embed_event_session_completed(const SessionSummaryEvent& s) {
    json j = envelope("unclench:session-completed");
    j["summary"] = json{{"routine", s.routine},
                        {"durationS", std::max<int64_t>(0, s.duration_s)},
                        {"stepsDone", std::max(0, s.steps_done)},
                        {"stepsSkipped", std::max(0, s.steps_skipped)},
                        {"ended", name_of(kEmbedSessionEndNames, s.ended, "normal")}};
    return dump(j);
}

std::string embed_event_pain_reported(int before, std::optional<int> after) {
    json j = envelope("unclench:pain-reported");
    j["before"] = std::clamp(before, 0, 10);
    j["after"] = after ? json(std::clamp(*after, 0, 10)) : json(nullptr);
    return dump(j);
}

std::string embed_event_pong() { return dump(envelope("unclench:pong")); }

//-----------------------------------------------------------------------------
// [SECTION] Recovery events
//-----------------------------------------------------------------------------

// The first `max_chars` code points of UTF-8 text (a name or reason cut to its cap, never mid-character).
static std::string cut_chars(const std::string& text, size_t max_chars) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); i++) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;   // a continuation byte
        if (chars++ == max_chars) return text.substr(0, i);
    }
    return text;
}

static bool is_date_stamp(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static int day_field(int day_of_episode) { return std::clamp(day_of_episode, 1, 100000); }

CheckInEvent check_in_event(const Episode& episode, const CheckIn& check_in) {
    CheckInEvent e;
    e.day_of_episode = day_of_episode(episode, check_in.day);
    e.date = date_stamp(check_in.day);
    e.phase = current_phase(episode);
    e.pain = check_in.pain;
    e.psfs = psfs(check_in);
    for (const ActivityScore& s : check_in.scores) {
        const Activity* a = find_activity(episode, s.activity_id);
        e.activities.push_back({a ? a->name : std::string(), s.score});
    }
    return e;
}

std::string embed_event_check_in(const CheckInEvent& e) {
    json j = envelope("unclench:check-in");
    j["dayOfEpisode"] = day_field(e.day_of_episode);
    j["date"] = is_date_stamp(e.date) ? json(e.date) : json(nullptr);
    j["pain"] = std::clamp(e.pain, 0, kPainMax);
    bool psfs_ok = e.psfs && *e.psfs >= 0.0 && *e.psfs <= double(kScoreMax);   // false for NaN too
    j["psfs"] = psfs_ok ? json(std::round(*e.psfs * 10.0) / 10.0) : json(nullptr);
    json list = json::array();
    for (size_t i = 0; i < e.activities.size() && i < kMaxActivities; i++)
        list.push_back({{"name", cut_chars(e.activities[i].name, kMaxActivityChars)},
                        {"score", std::clamp(e.activities[i].score, 0, kScoreMax)}});
    j["activities"] = list;
    j["phase"] = phase_name(e.phase);
    return dump(j);
}

std::string embed_event_phase_changed(const PhaseChangedEvent& e) {
    json j = envelope("unclench:phase-changed");
    j["from"] = phase_name(e.from);
    j["to"] = phase_name(e.to);
    j["reason"] = cut_chars(e.reason, kMaxReasonChars);
    j["dayOfEpisode"] = day_field(e.day_of_episode);
    j["setByClinician"] = e.set_by_clinician;
    return dump(j);
}

} // namespace unclench
