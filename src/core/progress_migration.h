// Reading data written by format 1 (the first prototype) so it can be rewritten in the current format.
//
// Format 1 kept three keys directly under "unclench/<ns>/", all verbose JSON:
//   history   [ {"type":"session","id":"...","routineId":"...","routineName":"...",
//                "startedAtMs":1700000000000,"endedAtMs":...,"timezoneOffsetMinutes":60,"activeMs":...,
//                "stepCount":5,"stepsDone":[0,1,2],"stepsSkipped":[3],
//                "endReason":"completed"|"stopped"|"pain","painStep":2,"painPhase":"hold",
//                "painBefore":6,"painAfter":null,"note":"..."},
//               {"type":"care","protocolId":"heat","startedAtMs":...,"timezoneOffsetMinutes":60,
//                "durationMs":...,"completed":true}, ... ]
//   settings  {"soundOn":true,"voiceOn":true,"voiceName":"","voiceRate":1,"vibrate":true,
//              "getReadySeconds":5,"restSeconds":15,"textScale":1.25,"theme":"dark",
//              "reduceMotion":false,"countdown":true}       (textScale is a factor, not a percent)
//   safety    {"answers":{"question-id":true,...},"answeredAtMs":...,"clinicianChecked":false}
// Format 2 is the current split layout under "unclench/<ns>/v2/" (see progress_store.h).
#pragma once
#include <string>
#include <vector>

#include "core/history_record.h"
#include "core/progress_notice.h"
#include "core/settings.h"
#include "core/settings_safety.h"

namespace unclench {

constexpr int kCurrentFormat = 2;

struct V1History {
    bool parsed = false;   // false: not a JSON array at all
    std::vector<SessionRecord> sessions;
    std::vector<CareSession> care;
    int dropped = 0;       // entries that could not be converted
};

V1History migrate_v1_history(const std::string& text);
Settings migrate_v1_settings(const std::string& text, Notices& notices);
SafetyRecord migrate_v1_safety(const std::string& text, Notices& notices);

} // namespace unclench
