// A spreadsheet of sessions for the clinic: one row per session, a header row, RFC 4180 quoting, CRLF
// line ends. Times are the person's local wall time with its offset, so the clinic reads what they lived.
#pragma once
#include <string>
#include <vector>

#include "core/history_record.h"

namespace unclench {

// Quotes a field when it holds a comma, quote, CR or LF (quotes doubled). Text that a spreadsheet would
// run as a formula (starting with = + - @ or a tab) gets a leading apostrophe first: a note is not code.
std::string csv_text_field(const std::string& text);

std::string sessions_csv(const std::vector<SessionRecord>& sessions);

} // namespace unclench
