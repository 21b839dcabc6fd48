// The envelope every link fragment of ours shares ("#r=1.<code>" for a routine, "#p=1.<code>" for a
// clinician's plan): a key, a version, and base64url of [varint body length][body][CRC-32 of body,
// big-endian]. The key names what is inside; the checksum catches a link changed or cut on the way.
// What the body means, and the words for each failure, belong to the format that uses it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace unclench {

// "#<key>=<version>.<code>"
std::string frame_fragment(std::string_view key, int version, const std::vector<uint8_t>& body);

enum class FrameError {
    None,
    NotOurs,          // another key, or no key at all
    Incomplete,       // no version, or no '.' after it
    UnknownVersion,   // a version this app does not read
    BadCharacters,    // characters base64url does not use
    CutShort,         // fewer bytes than the length says
    ExtraBytes,       // more bytes than the length says
    Tampered,         // checksum mismatch
};

// Accepts the fragment with or without its '#'; anything after a following '&' is left for others.
// On None, `body` holds the checked body.
FrameError unframe_fragment(std::string_view fragment, std::string_view key, int version, std::vector<uint8_t>& body);

} // namespace unclench
