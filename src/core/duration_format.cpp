#include "core/duration_format.h"

#include <cstdio>

namespace unclench {

std::string format_clock(int64_t ms) {
    if (ms < 0) ms = 0;
    int64_t total = (ms + 999) / 1000;
    int64_t h = total / 3600, m = (total / 60) % 60, s = total % 60;
    char buf[32];
    if (h > 0)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", (long long)h, (long long)m, (long long)s);
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", (long long)m, (long long)s);
    return buf;
}

std::string format_minutes(int64_t ms) {
    if (ms < 30000) return "under a minute";
    int64_t minutes = (ms + 30000) / 60000;
    return minutes == 1 ? "about 1 min" : "about " + std::to_string(minutes) + " min";
}

} // namespace unclench
