#include "core/share_frame.h"

#include "core/checksum.h"
#include "core/text_pack.h"

namespace unclench {

std::string frame_fragment(std::string_view key, int version, const std::vector<uint8_t>& body) {
    std::vector<uint8_t> out;
    put_varint(out, body.size());
    out.insert(out.end(), body.begin(), body.end());
    uint32_t crc = crc32(body.data(), body.size());
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(uint8_t((crc >> shift) & 0xFF));
    return "#" + std::string(key) + "=" + std::to_string(version) + "." + base64url_encode(out);
}

static bool is_base64url_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// The code after "<key>=<version>.", checked for its key and version.
static FrameError split(std::string_view fragment, std::string_view key, int version, std::string_view& code) {
    if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
    fragment = fragment.substr(0, fragment.find('&'));
    if (fragment.size() <= key.size() || fragment.substr(0, key.size()) != key || fragment[key.size()] != '=')
        return FrameError::NotOurs;
    fragment.remove_prefix(key.size() + 1);
    size_t dot = fragment.find('.');
    std::string_view digits = fragment.substr(0, dot);
    bool numeric = !digits.empty() && digits.size() <= 6 && digits.find_first_not_of("0123456789") == std::string_view::npos;
    if (dot == std::string_view::npos || !numeric) return FrameError::Incomplete;
    if (digits != std::to_string(version)) return FrameError::UnknownVersion;
    code = fragment.substr(dot + 1);
    return FrameError::None;
}

FrameError unframe_fragment(std::string_view fragment, std::string_view key, int version, std::vector<uint8_t>& body) {
    std::string_view code;
    FrameError split_error = split(fragment, key, version, code);
    if (split_error != FrameError::None) return split_error;
    for (char c : code)
        if (!is_base64url_char(c)) return FrameError::BadCharacters;
    std::optional<std::vector<uint8_t>> bytes = base64url_decode(code);
    if (!bytes) return FrameError::CutShort;
    const uint8_t* p = bytes->data();
    const uint8_t* end = p + bytes->size();
    uint64_t size = 0;
    if (!get_varint(p, end, size) || uint64_t(end - p) < size + 4) return FrameError::CutShort;
    if (uint64_t(end - p) > size + 4) return FrameError::ExtraBytes;
    const uint8_t* body_end = p + size;
    uint32_t stored = uint32_t(body_end[0]) << 24 | uint32_t(body_end[1]) << 16 | uint32_t(body_end[2]) << 8 | body_end[3];
    if (crc32(p, size_t(size)) != stored) return FrameError::Tampered;
    body.assign(p, body_end);
    return FrameError::None;
}

} // namespace unclench
