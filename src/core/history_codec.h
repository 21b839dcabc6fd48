// The compact text of one history month, stored under ".../v2/h/YYYY-MM" (UTC month of each start).
// Ten years of four sessions a day must fit well inside localStorage, so records are JSON arrays, not
// objects; times are seconds from the month's start; routine names are listed once per month:
//
//   {"r":[["cat-camel","Cat and camel"]],
//    "s":[[id, routine#, start+, seconds, tz, active, steps, end, pain_before, pain_after, note?, pain_item?, phase?]],
//    "c":[[protocol, start+, tz, seconds, completed]]}
//
// steps is a count when every item was done (the usual case), else one letter per item: d done,
// s skipped, - not reached. end is 0 completed, 1 early, 2 pain. A missing pain score is -1.
#pragma once
#include <string>
#include <vector>

#include "core/history_record.h"

namespace unclench {

struct MonthHistory {
    std::vector<SessionRecord> sessions;
    std::vector<CareSession> care;
};

struct MonthDecode {
    MonthHistory month;
    bool parsed = false;   // false: not JSON of the expected shape at all
    int dropped = 0;       // records present but unusable
};

// Every record must start inside the month named by month_key.
std::string encode_month(const std::string& month_key, const MonthHistory& month);
MonthDecode decode_month(const std::string& month_key, const std::string& text);

} // namespace unclench
