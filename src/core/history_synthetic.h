// Deterministic made-up history for benchmarks and size tests (native and wasm share it): four sessions
// a day for `years` years, with the mix a real user produces (mostly completed, a few skipped steps,
// stops for pain, pain scores on most sessions, an occasional note).
#pragma once
#include <cstdint>
#include <vector>

#include "core/history_record.h"

namespace unclench {

constexpr int64_t kSyntheticFirstDay = 1451606400;   // 2016-01-01T00:00:00Z

std::vector<SessionRecord> make_synthetic_history(int years, uint64_t seed,
                                                  int64_t first_day = kSyntheticFirstDay);

// One more session in the same style, for timing a single save.
SessionRecord make_synthetic_session(int64_t start, uint64_t seed);

} // namespace unclench
