// A routine carried in a link's fragment ("https://.../#r=1.<code>"), so a clinic can prescribe one with
// a link and nothing is sent to any server. Versioned, checksummed, compact: a six-exercise routine
// with overrides, a long-ish name and notes stays under 600 characters.
//
// Format version 1: "r=1." then base64url of [varint body length][body][CRC-32 of body, big-endian].
// The body holds the routine's fields behind presence bits, numbers as varints and text through
// text_pack.h (see share_code.cpp for the layout). Decoding checks, in this order: size (before any
// decoding), shape, version, checksum, layout, exercises, and then the catalogue's own routine rules
// (load_routine), so a link can never carry a routine the builder could not have made.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/enum_names.h"
#include "core/routine.h"

namespace unclench {

constexpr int kShareCodeVersion = 1;
constexpr size_t kShareMaxChars = 2000;   // longer fragments are refused unread

// What a link carries: the routine, and how often a day the clinic wants it done (Routine has no such
// field; 0 = not said).
struct SharedRoutine {
    Routine routine;
    int times_per_day = 0;
};

enum class ShareError {
    None,
    Malformed,        // not our shape: bad characters, cut short, broken layout
    Oversized,        // more than kShareMaxChars
    Tampered,         // checksum mismatch: changed or damaged on the way
    UnknownVersion,   // made by a newer (or unknown) version of the app
    UnknownExercise,  // names an exercise this catalogue does not have
    Invalid,          // well-formed, but breaks the routine rules (load_routine's problems)
};

struct ShareDecodeResult {
    std::optional<SharedRoutine> shared;   // set only when error == None
    ShareError error = ShareError::None;
    std::string message;                   // plain words for the person holding the link
    std::vector<std::string> details;      // for Invalid: each problem, "path: message"
};

// "#r=1.<code>", or nothing when the routine is too long to share (over kShareMaxChars).
std::optional<std::string> encode_share_fragment(const SharedRoutine& shared);

// Accepts the fragment with or without its '#'; anything after a following '&' is left for others.
ShareDecodeResult decode_share_fragment(std::string_view fragment, const Catalogue& catalogue);

// For logs and the accessibility mirror ("Link error: tampered"); "unknown" for a value not listed.
inline constexpr EnumName<ShareError> kShareErrorNames[] = {
    {ShareError::None, "none"}, {ShareError::Malformed, "malformed"}, {ShareError::Oversized, "oversized"},
    {ShareError::Tampered, "tampered"}, {ShareError::UnknownVersion, "unknown version"},
    {ShareError::UnknownExercise, "unknown exercise"}, {ShareError::Invalid, "invalid"}};
const char* share_error_name(ShareError error);   // "malformed", "tampered", ...

} // namespace unclench
