// The conversation between Unclench inside a clinic's iframe and the clinic's page (window.postMessage),
// and the embed options carried in the iframe's URL. Pure: the JS glue passes event.data serialised as
// JSON text and event.origin; everything here validates, nothing trusts.
//
// Commands (parent -> app), all other keys rejected, optional "v" must be 1:
//   {"type":"unclench:start-routine","routine":"<id>"}
//   {"type":"unclench:set-theme","theme":"light|dark|system","accent":"#RRGGBB"}   accent optional
//   {"type":"unclench:ping"}
// Events (app -> parent), every one with "source":"unclench" and "v":1:
//   unclench:ready              {"version":"0.1.0"}
//   unclench:session-started    {"routine":"<id>","startedAt":<Unix ms>}
//   unclench:session-completed  {"summary":{"routine","durationS","stepsDone","stepsSkipped","ended"}}
//   unclench:pain-reported      {"before":0-10,"after":0-10 or null}
//   unclench:pong               {}
//   unclench:check-in           {"dayOfEpisode":3,"date":"2025-11-10","pain":6,"psfs":4.5 or null,
//                                "activities":[{"name":"Putting on socks","score":5}],"phase":"move"}
//   unclench:phase-changed      {"from":"calm","to":"move","reason":"<the words shown>","dayOfEpisode":3,
//                                "setByClinician":false}
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.h"
#include "core/history_record.h"

namespace unclench {

// episode.h: declared here only, so the URL options keep their own limits' names.
enum class RecoveryPhase;
struct Episode;
struct CheckIn;

constexpr int kEmbedProtocolVersion = 1;
constexpr size_t kEmbedMaxMessageBytes = 4096;

//---- Origins

// "https://clinic.example:8443" from a configured value: scheme http or https, a host, an optional
// port, nothing else (no path, query, user info). Lower-cased, default port dropped, as browsers
// serialise event.origin. Empty optional for anything else, "*" and "null" included.
std::optional<std::string> normalize_origin(std::string_view text);

//---- Commands from the parent

enum class EmbedCommandType { StartRoutine, SetTheme, Ping };
enum class EmbedTheme { Light, Dark, System };

// The message "type" of each command; every one starts with "unclench:".
inline constexpr EnumName<EmbedCommandType> kEmbedCommandNames[] = {
    {EmbedCommandType::StartRoutine, "unclench:start-routine"},
    {EmbedCommandType::SetTheme, "unclench:set-theme"},
    {EmbedCommandType::Ping, "unclench:ping"}};
// A theme as set-theme and the "theme" URL option name it.
inline constexpr EnumName<EmbedTheme> kEmbedThemeNames[] = {
    {EmbedTheme::Light, "light"}, {EmbedTheme::Dark, "dark"}, {EmbedTheme::System, "system"}};

struct EmbedCommand {
    EmbedCommandType type = EmbedCommandType::Ping;
    std::string routine;                 // StartRoutine: a well-formed id; whether it exists is the caller's check
    EmbedTheme theme = EmbedTheme::System;
    std::optional<std::string> accent;   // SetTheme: "#rrggbb", lower case
};

struct EmbedCommandResult {
    std::optional<EmbedCommand> command; // set when accepted
    std::string reason;                  // why it was ignored (for a debug log), when not
};

// allowed_origin is the configured parent origin (already normalised, or it is normalised here).
// A message from anywhere else, or with no configured origin, is ignored.
EmbedCommandResult parse_embed_command(std::string_view data, std::string_view origin, std::string_view allowed_origin);

//---- Events to the parent

enum class EmbedSessionEnd { Normal, Early, Pain };
inline constexpr EnumName<EmbedSessionEnd> kEmbedSessionEndNames[] = {
    {EmbedSessionEnd::Normal, "normal"}, {EmbedSessionEnd::Early, "early"}, {EmbedSessionEnd::Pain, "pain"}};

struct SessionSummaryEvent {
    std::string routine;
    int64_t duration_s = 0;
    int steps_done = 0;
    int steps_skipped = 0;
    EmbedSessionEnd ended = EmbedSessionEnd::Normal;
};

// The end as the clinic's page hears it: a completed session ended "normal"ly.
EmbedSessionEnd embed_session_end(SessionEnd end);

std::string embed_event_ready(std::string_view app_version);
std::string embed_event_session_started(std::string_view routine, int64_t started_at_ms);
std::string embed_event_session_completed(const SessionSummaryEvent& summary);
std::string embed_event_pain_reported(int before, std::optional<int> after);   // 0-10, clamped
std::string embed_event_pong();

// A saved check-in of the back episode. Values are clamped to their scales, names and words cut to their
// caps (episode.h), so a clinic's page can trust the shape whatever the stored data held.
struct ActivityScoreEvent {
    std::string name;
    int score = 0;   // PSFS 0-10
};
struct CheckInEvent {
    int day_of_episode = 1;
    std::string date;                  // "YYYY-MM-DD", local; anything else is sent as null
    int pain = 0;                      // 0-10
    std::optional<double> psfs;        // mean activity score, one decimal; null without scores
    std::vector<ActivityScoreEvent> activities;
    RecoveryPhase phase{};             // the phase after the check-in
};
struct PhaseChangedEvent {
    RecoveryPhase from{};
    RecoveryPhase to{};
    std::string reason;                // the words the person was shown
    int day_of_episode = 1;
    bool set_by_clinician = false;     // a clinician's plan set it, not the app's rules
};
// A check-in recorded in `episode` as the clinic hears it: its day of the episode and local date, the
// phase the episode is in now (after the rules ran), activity names (retired ones too) in the order scored.
CheckInEvent check_in_event(const Episode& episode, const CheckIn& check_in);
std::string embed_event_check_in(const CheckInEvent& event);
std::string embed_event_phase_changed(const PhaseChangedEvent& event);

//---- Options in the iframe URL

struct EmbedOptions {
    std::optional<std::string> routine;   // id, as for StartRoutine
    std::optional<EmbedTheme> theme;
    std::optional<std::string> accent;    // "#rrggbb"; "%23rrggbb" or bare "rrggbb" in the URL
    std::optional<std::string> clinic;    // display name: printable UTF-8, <= 60 characters, trimmed
    std::optional<std::string> lang;      // BCP 47 shape: "en", "de-CH", "zh-Hant-TW"
    std::optional<std::string> ns;        // storage namespace: [a-z0-9-]{1,32}
    std::optional<std::string> parent;    // normalised origin
};

struct RejectedParam {
    std::string name;
    std::string reason;
};

struct EmbedOptionsResult {
    EmbedOptions options;
    std::vector<RejectedParam> rejected;  // bad values, unknown names, repeats: each ignored, with why
};

// query is location.search, with or without the leading '?'. Each bad parameter is dropped on its own;
// the good ones still apply.
EmbedOptionsResult parse_embed_options(std::string_view query);

//---- Field checks, shared with the share-link and settings code

bool is_embed_id(std::string_view text);       // [a-z0-9][a-z0-9_-]{0,63}
// A clinic's display name, trimmed of spaces in place: "" when fine, else what is wrong ("empty", "not
// valid UTF-8", "contains control or invisible characters", "longer than 60 characters").
std::string clinic_name_problem(std::string& value);
bool is_valid_utf8(std::string_view text);
std::optional<std::string> normalize_accent(std::string_view text);   // "#RRGGBB" -> "#rrggbb"

} // namespace unclench
