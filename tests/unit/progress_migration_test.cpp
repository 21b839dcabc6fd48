#include <doctest/doctest.h>

#include "core/progress_migration.h"
#include "core/progress_store.h"

using namespace unclench;

namespace {

const int64_t kNow = 1762156800;   // 2025-11-03T08:00:00Z

// What the first prototype wrote: one "history" key of verbose objects, plus settings and safety.
const char* kV1History = R"([
  {"type":"session","id":"s-1","routineId":"cat-camel","routineName":"Cat and camel",
   "startedAtMs":1759300000000,"endedAtMs":1759300420000,"timezoneOffsetMinutes":120,"activeMs":400500,
   "stepCount":4,"stepsDone":[0,1,3],"stepsSkipped":[2],"endReason":"completed",
   "painBefore":6,"painAfter":3,"note":"first try"},
  {"type":"session","id":"s-2","routineId":"knee-to-chest","routineName":"Knee to chest",
   "startedAtMs":1762150000000,"endedAtMs":1762150200000,"timezoneOffsetMinutes":60,
   "stepCount":3,"stepsDone":[0],"endReason":"pain","painStep":1,"painPhase":"hold",
   "painBefore":7,"painAfter":null},
  {"type":"care","protocolId":"heat","startedAtMs":1762153000000,"timezoneOffsetMinutes":60,
   "durationMs":900000,"completed":true},
  {"type":"session","id":"","routineId":"broken"}
])";

const char* kV1Settings = R"({"soundOn":false,"voiceOn":true,"voiceRate":1.2,"vibrate":false,
  "getReadySeconds":8,"restSeconds":20,"textScale":1.5,"theme":"light","reduceMotion":true,"countdown":false})";

const char* kV1Safety = R"({"answers":{"fever":false,"bladder":false},"answeredAtMs":1759000000000,
  "clinicianChecked":true})";

void write_v1(MemoryStore& mem) {
    mem.set("unclench/clinic/history", kV1History);
    mem.set("unclench/clinic/settings", kV1Settings);
    mem.set("unclench/clinic/safety", kV1Safety);
}

} // namespace

TEST_CASE("format 1 history converts to records field by field") {
    V1History old = migrate_v1_history(kV1History);
    REQUIRE(old.parsed);
    CHECK(old.dropped == 1);
    REQUIRE(old.sessions.size() == 2);
    const SessionRecord& a = old.sessions[0];
    CHECK(a.start == 1759300000);
    CHECK(a.end == 1759300420);
    CHECK(a.tz_offset_min == 120);
    CHECK(a.active_seconds == 400);
    CHECK(a.steps == std::vector<StepOutcome>{StepOutcome::Done, StepOutcome::Done, StepOutcome::Skipped, StepOutcome::Done});
    CHECK(a.pain_before == 6);
    CHECK(a.pain_after == 3);
    const SessionRecord& b = old.sessions[1];
    CHECK(b.ended == SessionEnd::Pain);
    CHECK(b.pain_item == 1);
    CHECK(b.pain_phase == "hold");
    CHECK(b.pain_after == kNoPain);
    CHECK(b.steps == std::vector<StepOutcome>{StepOutcome::Done, StepOutcome::NotReached, StepOutcome::NotReached});
    REQUIRE(old.care.size() == 1);
    CHECK(old.care[0].duration_seconds == 900);
}

TEST_CASE("format 1 settings are renamed and the text scale becomes a percentage") {
    Notices notices;
    Settings s = migrate_v1_settings(kV1Settings, notices);
    CHECK(notices.empty());
    CHECK_FALSE(s.sounds);
    CHECK_FALSE(s.vibration);
    CHECK(s.voice_rate == doctest::Approx(1.2));
    CHECK(s.get_ready_seconds == 8);
    CHECK(s.rest_seconds == 20);
    CHECK(s.text_size_percent == 150);
    CHECK(s.theme == Theme::Light);
    CHECK(s.reduce_motion);
    CHECK_FALSE(s.countdown);
}

TEST_CASE("loading format 1 data rewrites it as split month keys and removes the old keys") {
    MemoryStore mem;
    write_v1(mem);
    ProgressStore store(mem, "clinic");
    Notices notices = store.load(kNow);
    bool migrated = false, quarantined = false;
    for (const Notice& n : notices) {
        migrated = migrated || n.kind == NoticeKind::Migrated;
        quarantined = quarantined || n.kind == NoticeKind::Quarantined;
    }
    CHECK(migrated);
    CHECK(quarantined);   // the one broken entry is set aside, not silently lost
    CHECK(store.data().sessions.size() == 2);
    CHECK(store.data().care.size() == 1);
    CHECK(store.data().settings.text_size_percent == 150);
    CHECK(store.data().safety.clinician_confirmed);
    CHECK(store.data().safety.answers.size() == 2);

    CHECK(mem.get("unclench/clinic/v2/h/2025-10").value);
    CHECK(mem.get("unclench/clinic/v2/h/2025-11").value);
    CHECK(mem.get("unclench/clinic/v2/meta").value);
    CHECK_FALSE(mem.get("unclench/clinic/history").value);
    CHECK_FALSE(mem.get("unclench/clinic/settings").value);
    CHECK_FALSE(mem.get("unclench/clinic/safety").value);

    ProgressStore again(mem, "clinic");
    CHECK(again.load(kNow).empty());
    CHECK(again.data().sessions.size() == 2);
    CHECK(again.data().sessions[1].note.empty());
    CHECK(again.data().sessions[0].note == "first try");
}

TEST_CASE("a migration that cannot finish keeps the old keys and completes later") {
    MemoryStore mem;
    write_v1(mem);
    mem.quota = mem.used_units() + 200;   // room for a little, not for the whole conversion
    ProgressStore store(mem, "clinic");
    store.load(kNow);
    CHECK(store.data().sessions.size() == 2);   // usable right away, from memory
    CHECK(mem.get("unclench/clinic/history").value);

    mem.quota = -1;
    ProgressStore later(mem, "clinic");
    later.load(kNow + 60);
    CHECK(later.data().sessions.size() == 2);
    CHECK_FALSE(mem.get("unclench/clinic/history").value);
}
