// A spreadsheet for the clinic: a header row, RFC 4180 quoting, CRLF line ends. Times are the person's
// local wall time with its offset, so the clinic reads what they lived.
//
// One table, so a spreadsheet opens it as it is: first a row per session, then a row per check-in day of
// the back episode. The session columns come first and never move (older sheets keep working); the
// recovery columns are appended after "note", and each kind of row leaves the other kind's columns
// empty. "row_type" says which kind a row is ("session" or "check-in"), so a filter separates them.
//   check-in columns: date, episode_day, phase, pain, psfs (mean of the activity scores, one decimal),
//   activity_N_name / activity_N_score (at least three pairs, more if a check-in scored more
//   activities), plan_done / plan_planned (today's plan items as recovery_plan.h adherence counts them).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/episode.h"
#include "core/history_record.h"

namespace unclench {

// Quotes a field when it holds a comma, quote, CR or LF (quotes doubled). Text that a spreadsheet would
// run as a formula (starting with = + - @ or a tab) gets a leading apostrophe first: a note is not code.
std::string csv_text_field(const std::string& text);

// lesson_ids: the lessons in their order (assets/lessons.json), which today's plan needs to count.
std::string clinic_csv(const std::vector<SessionRecord>& sessions, const std::optional<Episode>& episode,
                       const std::vector<std::string>& lesson_ids);
// The same table without an episode: session rows only.
std::string sessions_csv(const std::vector<SessionRecord>& sessions);

} // namespace unclench
