#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/settings.h"
#include "core/settings_safety.h"

using namespace unclench;
using nlohmann::json;

TEST_CASE("settings survive a round trip through JSON") {
    Settings s;
    s.sounds = false;
    s.voice_name = "Samantha";
    s.voice_rate = 0.8;
    s.get_ready_seconds = 10;
    s.rest_seconds = 0;
    s.text_size_percent = 175;
    s.theme = Theme::Light;
    s.reduce_motion = true;
    s.countdown = false;
    Notices notices;
    CHECK(settings_from_json(settings_to_json(s), notices) == s);
    CHECK(notices.empty());
}

TEST_CASE("out-of-range settings are clamped and each repair is reported") {
    Notices notices;
    Settings s = settings_from_json(json::parse(R"({"voice_rate":9,"get_ready_s":-4,"rest_s":1000,"text_size":50})"), notices);
    CHECK(s.voice_rate == 2.0);
    CHECK(s.get_ready_seconds == 0);
    CHECK(s.rest_seconds == 120);
    CHECK(s.text_size_percent == 100);
    CHECK(notices.size() == 4);
    for (const Notice& n : notices) CHECK(n.kind == NoticeKind::Adjusted);
}

TEST_CASE("unknown setting fields are ignored silently, wrong types fall back to defaults") {
    Notices notices;
    Settings s = settings_from_json(json::parse(R"({"added_in_v9":true,"theme":"purple","vibration":1,"voice_name":7})"), notices);
    CHECK(s == Settings{});
    CHECK(notices.size() == 3);
}

TEST_CASE("settings from the UI are forced into range before saving") {
    Settings s;
    s.text_size_percent = 250;
    s.voice_rate = 0.1;
    Settings clamped = clamp_settings(s);
    CHECK(clamped.text_size_percent == 200);
    CHECK(clamped.voice_rate == 0.5);
}

TEST_CASE("a safety answer replaces the earlier answer to the same question") {
    SafetyRecord record;
    set_answer(record, {"fever", true, 100});
    set_answer(record, {"fever", false, 200});
    set_answer(record, {"numbness", false, 200});
    REQUIRE(record.answers.size() == 2);
    CHECK_FALSE(find_answer(record, "fever")->yes);
    CHECK(find_answer(record, "fever")->answered_at == 200);
    CHECK(find_answer(record, "unknown") == nullptr);
    Notices notices;
    CHECK(safety_from_json(safety_to_json(record), notices) == record);
    CHECK(notices.empty());
}
