// Byte helpers for links: a CRC-32 to notice a damaged or edited share code, and base64url to carry
// bytes in a URL fragment. Small enough to own; no new dependency for a few dozen lines.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unclench {

// CRC-32 as in zlib, PNG and Ethernet (reflected polynomial 0xEDB88320): crc32("123456789") == 0xCBF43926.
uint32_t crc32(const uint8_t* data, size_t size);
uint32_t crc32(std::string_view bytes);

// RFC 4648 section 5 alphabet (A-Z a-z 0-9 - _), without '=' padding: nothing in it needs escaping in a URL.
std::string base64url_encode(const std::vector<uint8_t>& bytes);

// Empty optional for any character outside the alphabet, for padding, or for a length that cannot
// come from the encoder (length % 4 == 1, or leftover bits that are not zero).
std::optional<std::vector<uint8_t>> base64url_decode(std::string_view text);

} // namespace unclench
