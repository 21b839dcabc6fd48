// The clinic page's protocol: origins, commands from the parent, events to it (the recovery
// companion's check-in and phase change among them) and the options in the iframe's URL.
//
// Index of this file:
// [SECTION] Origins
// [SECTION] Commands
// [SECTION] Events
// [SECTION] Recovery events
// [SECTION] URL options
#include <doctest/doctest.h>
#include "core/embed_protocol.h"
#include "core/episode.h"

#include <cmath>
#include <nlohmann/json.hpp>

using namespace unclench;
using nlohmann::json;

namespace {

const char* kClinic = "https://physio.example";

EmbedCommandResult from_clinic(const std::string& data) { return parse_embed_command(data, kClinic, kClinic); }

bool has_rejected(const EmbedOptionsResult& r, const std::string& name) {
    for (const RejectedParam& p : r.rejected)
        if (p.name == name) return true;
    return false;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Origins
//-----------------------------------------------------------------------------

TEST_CASE("origins are normalised the way browsers serialise event.origin") {
    CHECK(normalize_origin("https://physio.example") == std::optional<std::string>("https://physio.example"));
    CHECK(normalize_origin("HTTPS://Physio.Example/") == std::optional<std::string>("https://physio.example"));
    CHECK(normalize_origin("https://physio.example:443") == std::optional<std::string>("https://physio.example"));
    CHECK(normalize_origin("http://localhost:8080") == std::optional<std::string>("http://localhost:8080"));
    CHECK(normalize_origin("http://[::1]:8080") == std::optional<std::string>("http://[::1]:8080"));
    CHECK(normalize_origin("https://physio.example:08443") == std::optional<std::string>("https://physio.example:8443"));
}

TEST_CASE("wildcards, paths, credentials and other schemes are not origins") {
    for (const char* bad : {"*", "null", "", "physio.example", "https://", "https://physio.example/booking",
                            "https://user@physio.example", "javascript:alert(1)", "file:///etc/passwd",
                            "https://physio.example:0", "https://physio.example:70000", "https://physio..example",
                            "https://physio.example?x=1", "https://phy sio.example", "https://physio.example:80a"}) {
        CAPTURE(bad);
        CHECK_FALSE(normalize_origin(bad).has_value());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Commands
//-----------------------------------------------------------------------------

TEST_CASE("the three commands are accepted from the configured parent") {
    auto start = from_clinic(R"({"type":"unclench:start-routine","routine":"spasm-relief"})");
    REQUIRE(start.command);
    CHECK(start.command->type == EmbedCommandType::StartRoutine);
    CHECK(start.command->routine == "spasm-relief");

    auto theme = from_clinic(R"({"type":"unclench:set-theme","theme":"dark","accent":"#1A7F64","v":1})");
    REQUIRE(theme.command);
    CHECK(theme.command->type == EmbedCommandType::SetTheme);
    CHECK(theme.command->theme == EmbedTheme::Dark);
    CHECK(theme.command->accent == std::optional<std::string>("#1a7f64"));

    auto plain = from_clinic(R"({"type":"unclench:set-theme","theme":"system"})");
    REQUIRE(plain.command);
    CHECK_FALSE(plain.command->accent.has_value());

    auto ping = from_clinic(R"({"type":"unclench:ping"})");
    REQUIRE(ping.command);
    CHECK(ping.command->type == EmbedCommandType::Ping);
    CHECK(ping.reason.empty());
}

TEST_CASE("a message from any other origin is ignored, even a near miss") {
    std::string msg = R"({"type":"unclench:ping"})";
    for (const char* origin : {"https://evil.example", "http://physio.example", "https://physio.example:8443",
                               "https://physio.example.evil.example", "null", ""}) {
        CAPTURE(origin);
        auto r = parse_embed_command(msg, origin, kClinic);
        CHECK_FALSE(r.command);
        CHECK(r.reason.find("origin") != std::string::npos);
    }
}

TEST_CASE("without a valid configured origin nothing is accepted, and '*' is never one") {
    std::string msg = R"({"type":"unclench:ping"})";
    CHECK_FALSE(parse_embed_command(msg, kClinic, "").command);
    CHECK_FALSE(parse_embed_command(msg, "*", "*").command);
    CHECK_FALSE(parse_embed_command(msg, "https://a.example", "*").command);
    CHECK(parse_embed_command(msg, kClinic, "HTTPS://PHYSIO.EXAMPLE:443/").command);
}

TEST_CASE("malformed commands are ignored with a reason") {
    for (const char* bad : {
             "", "not json", "[1,2,3]", "\"unclench:ping\"", "{}", R"({"type":42})",
             R"({"type":"unclench:launch-missiles"})",
             R"({"type":"unclench:start-routine"})",
             R"({"type":"unclench:start-routine","routine":7})",
             R"({"type":"unclench:start-routine","routine":"../../etc"})",
             R"({"type":"unclench:start-routine","routine":"Spasm Relief"})",
             R"({"type":"unclench:start-routine","routine":"a","extra":1})",
             R"({"type":"unclench:set-theme","theme":"purple"})",
             R"({"type":"unclench:set-theme","theme":"dark","accent":"red"})",
             R"({"type":"unclench:set-theme","theme":"dark","accent":"#12345"})",
             R"({"type":"unclench:set-theme","theme":"dark","accent":["#123456"]})",
             R"({"type":"unclench:ping","v":2})",
             R"({"type":"unclench:ping","v":"1"})",
         }) {
        CAPTURE(bad);
        auto r = from_clinic(bad);
        CHECK_FALSE(r.command);
        CHECK_FALSE(r.reason.empty());
    }
}

TEST_CASE("prototype-pollution keys are rejected") {
    for (const char* bad : {R"({"type":"unclench:ping","__proto__":{"admin":true}})",
                            R"({"type":"unclench:start-routine","routine":"a","constructor":{"prototype":{}}})",
                            R"({"type":"unclench:set-theme","theme":"dark","prototype":1})"}) {
        CAPTURE(bad);
        auto r = from_clinic(bad);
        CHECK_FALSE(r.command);
        CHECK(r.reason.find("forbidden") != std::string::npos);
    }
}

TEST_CASE("hostile messages are refused without crashing") {
    std::string huge = R"({"type":"unclench:start-routine","routine":")" + std::string(5000, 'a') + "\"}";
    CHECK(from_clinic(huge).reason.find("larger") != std::string::npos);
    std::string deep(2000, '[');
    CHECK_FALSE(from_clinic(deep).command);
    CHECK(from_clinic("{\"type\":\"unclench:ping\",\"x\":\"\xff\xfe\"}").reason.find("UTF-8") != std::string::npos);
    CHECK_FALSE(from_clinic(std::string("{\"type\":\"unclench:ping\0\"}", 25)).command);
    auto ctrl = from_clinic("{\"type\":\"unclench:start-routine\",\"routine\":\"a\\u0000b\"}");
    CHECK_FALSE(ctrl.command);
    CHECK(ctrl.reason.find('\0') == std::string::npos);   // the reason itself stays printable
}

//-----------------------------------------------------------------------------
// [SECTION] Events
//-----------------------------------------------------------------------------

TEST_CASE("every event carries the source and the protocol version") {
    SessionSummaryEvent s{"spasm-relief", 312, 5, 1, EmbedSessionEnd::Early};
    for (const std::string& text : {embed_event_ready("0.1.0"), embed_event_session_started("spasm-relief", 1709542800000),
                                    embed_event_session_completed(s), embed_event_pain_reported(7, 4), embed_event_pong()}) {
        json j = json::parse(text);
        CHECK(j["source"] == "unclench");
        CHECK(j["v"] == 1);
        CHECK(j["type"].get<std::string>().rfind("unclench:", 0) == 0);
    }
}

TEST_CASE("events hold the fields the parent page reads") {
    json ready = json::parse(embed_event_ready("0.1.0"));
    CHECK(ready["type"] == "unclench:ready");
    CHECK(ready["version"] == "0.1.0");

    json started = json::parse(embed_event_session_started("spasm-relief", 1709542800000));
    CHECK(started["routine"] == "spasm-relief");
    CHECK(started["startedAt"] == 1709542800000);

    json done = json::parse(embed_event_session_completed({"spasm-relief", 312, 5, 1, EmbedSessionEnd::Pain}));
    CHECK(done["summary"]["routine"] == "spasm-relief");
    CHECK(done["summary"]["durationS"] == 312);
    CHECK(done["summary"]["stepsDone"] == 5);
    CHECK(done["summary"]["stepsSkipped"] == 1);
    CHECK(done["summary"]["ended"] == "pain");

    json pain = json::parse(embed_event_pain_reported(12, std::nullopt));
    CHECK(pain["before"] == 10);
    CHECK(pain["after"].is_null());
    CHECK(json::parse(embed_event_pain_reported(6, 3))["after"] == 3);
}

TEST_CASE("an event with broken bytes in a name still makes valid JSON") {
    std::string text = embed_event_session_started("bad\xff", 0);
    CHECK_FALSE(json::parse(text, nullptr, false).is_discarded());
}

//-----------------------------------------------------------------------------
// [SECTION] Recovery events
//-----------------------------------------------------------------------------

TEST_CASE("a saved check-in reaches the clinic's page with its day, date, pain, PSFS, scores and phase") {
    Episode e = *start_episode(20400, false, 10, 20400 * int64_t(86400));
    int socks = add_activity(e, "Putting on socks");
    int lift = add_activity(e, "Lifting, \"carefully\"");
    CheckIn c{20402, 20402 * int64_t(86400) + 3600, 6, {{socks, 4}, {lift, 5}}};
    REQUIRE(record_check_in(e, c));
    json j = json::parse(embed_event_check_in(check_in_event(e, c)));
    CHECK(j["type"] == "unclench:check-in");
    CHECK(j["source"] == "unclench");
    CHECK(j["v"] == 1);
    CHECK(j["dayOfEpisode"] == 3);
    CHECK(j["date"] == "2025-11-10");
    CHECK(j["pain"] == 6);
    CHECK(j["psfs"] == 4.5);
    CHECK(j["activities"] == json::parse(R"([{"name":"Putting on socks","score":4},{"name":"Lifting, \"carefully\"","score":5}])"));
    CHECK(j["phase"] == "calm");
}

TEST_CASE("a check-in without activity scores sends psfs as null") {
    CheckInEvent e;
    e.date = "2025-11-10";
    json j = json::parse(embed_event_check_in(e));
    CHECK(j["psfs"].is_null());
    CHECK(j["activities"] == json::array());
}

TEST_CASE("check-in events keep values in range and text within its caps, whatever they are given") {
    CheckInEvent e;
    e.day_of_episode = -4;
    e.date = "10/11/2025";
    e.pain = 42;
    e.psfs = std::nan("");
    e.activities.assign(20, {std::string(70, 'a') + "\xff", 99});
    json j = json::parse(embed_event_check_in(e));
    CHECK(j["dayOfEpisode"] == 1);
    CHECK(j["date"].is_null());
    CHECK(j["pain"] == 10);
    CHECK(j["psfs"].is_null());
    REQUIRE(j["activities"].size() == kMaxActivities);
    CHECK(j["activities"][0]["name"] == std::string(kMaxActivityChars, 'a'));
    CHECK(j["activities"][0]["score"] == 10);
    e.psfs = 11.0;
    CHECK(json::parse(embed_event_check_in(e))["psfs"].is_null());
    e.psfs = 4.3333;
    CHECK(json::parse(embed_event_check_in(e))["psfs"] == 4.3);
}

TEST_CASE("a phase change reaches the clinic's page with from, to, the words shown and who set it") {
    json j = json::parse(embed_event_phase_changed({RecoveryPhase::Calm, RecoveryPhase::Move,
                                                    "Pain eased by 4 points, so it is time to move more.", 3, false}));
    CHECK(j["type"] == "unclench:phase-changed");
    CHECK(j["source"] == "unclench");
    CHECK(j["v"] == 1);
    CHECK(j["from"] == "calm");
    CHECK(j["to"] == "move");
    CHECK(j["reason"] == "Pain eased by 4 points, so it is time to move more.");
    CHECK(j["dayOfEpisode"] == 3);
    CHECK(j["setByClinician"] == false);

    std::string long_reason;
    for (int i = 0; i < 150; i++) long_reason += "\xc3\xa9";   // 150 two-byte characters ("é")
    long_reason += long_reason;
    json clinician = json::parse(embed_event_phase_changed({RecoveryPhase::Move, RecoveryPhase::Strengthen, long_reason, 0, true}));
    CHECK(clinician["setByClinician"] == true);
    CHECK(clinician["dayOfEpisode"] == 1);
    CHECK(clinician["reason"].get<std::string>().size() == kMaxReasonChars * 2);   // cut between characters
}

//-----------------------------------------------------------------------------
// [SECTION] URL options
//-----------------------------------------------------------------------------

TEST_CASE("embed options are read from the query string") {
    auto r = parse_embed_options("?routine=spasm-relief&theme=dark&accent=%231A7F64&clinic=Praxis+M%C3%BCller"
                                 "&lang=de-CH&ns=praxis-mueller&parent=https%3A%2F%2Fpraxis.example");
    CHECK(r.rejected.empty());
    CHECK(r.options.routine == std::optional<std::string>("spasm-relief"));
    CHECK(r.options.theme == std::optional<EmbedTheme>(EmbedTheme::Dark));
    CHECK(r.options.accent == std::optional<std::string>("#1a7f64"));
    CHECK(r.options.clinic == std::optional<std::string>("Praxis Müller"));
    CHECK(r.options.lang == std::optional<std::string>("de-CH"));
    CHECK(r.options.ns == std::optional<std::string>("praxis-mueller"));
    CHECK(r.options.parent == std::optional<std::string>("https://praxis.example"));
}

TEST_CASE("each bad option is dropped with a reason and the good ones still apply") {
    auto r = parse_embed_options("theme=neon&ns=Bad_NS&lang=english&accent=blue&routine=light&parent=*&utm_source=x");
    CHECK(r.options.routine == std::optional<std::string>("light"));
    CHECK_FALSE(r.options.theme);
    CHECK_FALSE(r.options.ns);
    CHECK_FALSE(r.options.lang);
    CHECK_FALSE(r.options.accent);
    CHECK_FALSE(r.options.parent);
    for (const char* name : {"theme", "ns", "lang", "accent", "parent", "utm_source"}) {
        CAPTURE(name);
        CHECK(has_rejected(r, name));
    }
    CHECK(parse_embed_options("accent=1a7f64").options.accent == std::optional<std::string>("#1a7f64"));
}

TEST_CASE("the clinic name is short, printable text") {
    CHECK(parse_embed_options("clinic=%20%20Physio%20Nord%20").options.clinic == std::optional<std::string>("Physio Nord"));
    CHECK(parse_embed_options("clinic=" + std::string(60, 'a')).options.clinic.has_value());
    std::string sixty_umlauts;   // 60 characters, 120 bytes: the limit counts characters
    for (int i = 0; i < 60; i++) sixty_umlauts += "%C3%BC";
    CHECK(parse_embed_options("clinic=" + sixty_umlauts).options.clinic.has_value());
    CHECK_FALSE(parse_embed_options("clinic=" + sixty_umlauts + "%C3%BC").options.clinic.has_value());
    for (const char* bad : {"clinic=" /* empty */, "clinic=Physio%0ANord", "clinic=Physio%00", "clinic=%FF%FE",
                            "clinic=%E2%80%AEevil", "clinic=%C0%AF", "clinic=%ED%A0%80"}) {
        CAPTURE(bad);
        auto r = parse_embed_options(bad);
        CHECK_FALSE(r.options.clinic);
        CHECK(has_rejected(r, "clinic"));
    }
    CHECK_FALSE(parse_embed_options("clinic=" + std::string(61, 'a')).options.clinic);
}

TEST_CASE("hostile query strings never crash and lose only what is bad") {
    CHECK(parse_embed_options("").rejected.empty());
    CHECK(parse_embed_options("?").rejected.empty());
    CHECK(parse_embed_options("&&&=&=x&").rejected.size() == 2);   // two empty names: unknown
    auto broken = parse_embed_options("theme=%zz&ns=ok&routine=%");
    CHECK(broken.options.ns == std::optional<std::string>("ok"));
    CHECK(has_rejected(broken, "theme"));
    CHECK(has_rejected(broken, "routine"));
    auto repeat = parse_embed_options("theme=dark&theme=light");
    CHECK(repeat.options.theme == std::optional<EmbedTheme>(EmbedTheme::Dark));
    CHECK(has_rejected(repeat, "theme"));
    CHECK(has_rejected(parse_embed_options("__proto__=1"), "__proto__"));
    CHECK(has_rejected(parse_embed_options("routine=" + std::string(600, 'a')), "routine"));
    auto huge = parse_embed_options("routine=a&" + std::string(20000, 'x'));
    CHECK_FALSE(huge.options.routine);
    CHECK_FALSE(huge.rejected.empty());
    std::string noise;
    for (int i = 0; i < 3000; i++) noise += char((i * 131 + 7) % 256);
    auto r = parse_embed_options(noise);   // whatever it finds, it reports printable names only
    for (const RejectedParam& p : r.rejected)
        for (char c : p.name) CHECK((c >= 0x20 && c < 0x7F));
}

TEST_CASE("the clinic's page hears a completed session as 'normal', and early and pain as they are") {
    CHECK(embed_session_end(SessionEnd::Completed) == EmbedSessionEnd::Normal);
    CHECK(embed_session_end(SessionEnd::Early) == EmbedSessionEnd::Early);
    CHECK(embed_session_end(SessionEnd::Pain) == EmbedSessionEnd::Pain);
    SessionSummaryEvent e;
    e.routine = "relief-now";
    e.ended = embed_session_end(SessionEnd::Pain);
    CHECK(json::parse(embed_event_session_completed(e))["summary"]["ended"] == "pain");
}
