// libFuzzer target: stored progress, as another version, another tab or a damaged disk may leave it in
// localStorage. The input is split at 0x1E bytes into the values of the namespace's keys (format 1 and
// 2); loading must keep what is valid, set the rest aside and never crash; the app must then be able
// to save a session. The whole input is also read as one history month and as a backup file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/history_codec.h"
#include "core/progress_backup.h"
#include "core/progress_store.h"

using namespace unclench;

static const char* const kKeys[] = {
    "unclench/f/v2/meta", "unclench/f/v2/settings", "unclench/f/v2/safety", "unclench/f/v2/routines",
    "unclench/f/v2/h/2024-01", "unclench/f/v2/h/2024-02", "unclench/f/history", "unclench/f/settings",
    "unclench/f/safety",
};
static const int64_t kNow = 1706745600;   // 2024-02-01

static std::vector<std::string> split_values(std::string_view text) {
    std::vector<std::string> values;
    size_t start = 0;
    while (values.size() < sizeof(kKeys) / sizeof(kKeys[0])) {
        size_t end = text.find('\x1e', start);
        values.emplace_back(text.substr(start, end == std::string_view::npos ? text.size() - start : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return values;
}

static SessionRecord one_session() {
    SessionRecord rec;
    rec.id = make_session_id(kNow + 60, 7);
    rec.routine_id = "fuzz";
    rec.routine_name = "Fuzz";
    rec.start = kNow + 60;
    rec.end = kNow + 360;
    rec.active_seconds = 300;
    return rec;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);

    // The whole namespace, then a save into it, then a second load that must see the save.
    MemoryStore mem;
    std::vector<std::string> values = split_values(text);
    for (size_t i = 0; i < values.size(); i++)
        if (!values[i].empty()) mem.set(kKeys[i], values[i]);
    {
        ProgressStore store(mem, "f");
        store.load(kNow);
        store.add_session(one_session());
        store.save_settings(store.data().settings);
        if (!store.memory_only() && !store.read_only()) {
            ProgressStore again(mem, "f");
            again.load(kNow);
            bool found = false;
            for (const SessionRecord& s : again.data().sessions) found = found || s.id == one_session().id;
            if (!found) std::abort();   // a saved session must never be lost
        }
    }

    // One month's text on its own, and a backup file.
    decode_month("2024-01", std::string(text));
    Backup backup = parse_backup(std::string(text));
    if (backup.readable) {
        MemoryStore target;
        ProgressStore store(target, "f");
        store.load(kNow);
        preview_import(backup, store.data());
        import_backup(store, backup, ImportChoices{true, true});
    }
    return 0;
}
