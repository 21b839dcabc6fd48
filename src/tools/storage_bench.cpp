// storage_bench: how big and how fast the saved history is. Builds 1, 5 and 10 years of synthetic
// history (four sessions a day, history_synthetic.h) into a MemoryStore through ProgressStore, then
// prints the storage used (UTF-16 code units, what localStorage counts), the time to load it all, and
// the time to save one more session. Targets: 10 years <= 1.5 MB, load <= 50 ms, save <= 5 ms.
// Exit status 1 when a target is missed. `--json` prints one JSON object per line instead of a table.
// This is a tool, so unlike src/core it reads the clock.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/history_synthetic.h"
#include "core/progress_store.h"

using namespace unclench;

namespace {

const int64_t kMaxUnits = 1500 * 1000;
const double kMaxLoadMs = 50.0;
const double kMaxSaveMs = 5.0;

struct BenchResult {
    int years = 0;
    size_t sessions = 0;
    int64_t units = 0;
    double load_ms = 0;
    double save_ms = 0;
};

double elapsed_ms(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

BenchResult run(int years) {
    BenchResult result;
    result.years = years;
    std::vector<SessionRecord> history = make_synthetic_history(years, 20251103);
    result.sessions = history.size();
    MemoryStore mem;
    {
        ProgressStore writer(mem, "bench");
        writer.load(kSyntheticFirstDay);
        writer.merge_history(history, {});
    }
    result.units = mem.used_units("unclench/bench/");

    std::vector<double> loads;
    for (int i = 0; i < 5; i++) {
        ProgressStore reader(mem, "bench");
        auto start = std::chrono::steady_clock::now();
        reader.load(kSyntheticFirstDay);
        loads.push_back(elapsed_ms(start));
    }
    result.load_ms = median(loads);

    // Each save lands in the last (fullest) month, the common case: today's session.
    ProgressStore app(mem, "bench");
    app.load(kSyntheticFirstDay);
    int64_t last_start = history.back().start;
    std::vector<double> saves;
    for (int i = 0; i < 20; i++) {
        SessionRecord extra = make_synthetic_session(last_start + 60 + i, uint64_t(i));
        auto start = std::chrono::steady_clock::now();
        app.add_session(extra);
        saves.push_back(elapsed_ms(start));
    }
    result.save_ms = median(saves);
    return result;
}

// `--dump-years N`: the localStorage items (key -> value, as one JSON object) the app would hold after
// N years, under its default namespace, so scripts/bench.sh can time the same data in the browser.
int dump_years(int years) {
    MemoryStore mem;
    ProgressStore writer(mem, "");
    writer.load(kSyntheticFirstDay);
    writer.merge_history(make_synthetic_history(years, 20251103), {});
    std::printf("%s\n", nlohmann::json(mem.items()).dump().c_str());
    return 0;
}

bool meets_targets(const BenchResult& r) {
    bool size_ok = r.years < 10 || r.units <= kMaxUnits;
    return size_ok && r.load_ms <= kMaxLoadMs && r.save_ms <= kMaxSaveMs;
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 2 && std::strcmp(argv[1], "--dump-years") == 0) return dump_years(std::atoi(argv[2]));
    bool json = argc > 1 && std::strcmp(argv[1], "--json") == 0;
    if (!json) std::printf("years  sessions  stored (UTF-16)  per session  load ms  save ms  targets\n");
    bool all_ok = true;
    for (int years : {1, 5, 10}) {
        BenchResult r = run(years);
        bool ok = meets_targets(r);
        all_ok = all_ok && ok;
        double per_session = double(r.units) / double(r.sessions);
        if (json)
            std::printf("{\"bench\":\"storage\",\"years\":%d,\"sessions\":%zu,\"units\":%lld,\"per_session\":%.1f,"
                        "\"load_ms\":%.2f,\"save_ms\":%.3f,\"ok\":%s}\n",
                        r.years, r.sessions, (long long)r.units, per_session, r.load_ms, r.save_ms, ok ? "true" : "false");
        else
            std::printf("%5d  %8zu  %15lld  %11.1f  %7.2f  %7.3f  %s\n", r.years, r.sessions, (long long)r.units,
                        per_session, r.load_ms, r.save_ms, ok ? "ok" : "MISSED");
    }
    return all_ok ? 0 : 1;
}
