// Short English text in fewer bytes, for share links (no deflate in the core, and deflate gains little
// on 50-byte strings anyway). A fixed Huffman code over bytes, weighted for lower-case English, ids and
// punctuation, packs a typical name or note to about 60 % of its size; text it does not suit (other
// scripts, many capitals) is stored as plain bytes. Every string stays exact: any bytes round-trip.
//
// The code table is part of the share-link format: changing a weight changes every code, so the
// weights are frozen for format version 1. A new table needs a new share-link version.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace unclench {

//---- Varints (LEB128, unsigned; zigzag for signed)

void put_varint(std::vector<uint8_t>& out, uint64_t value);
// False when the bytes end mid-number or the number needs more than 35 bits.
bool get_varint(const uint8_t*& p, const uint8_t* end, uint64_t& value);

//---- Text

// Appends varint (byte_length << 1 | packed) and then the packed bits (byte-aligned) or the raw bytes,
// whichever is shorter.
void pack_text(std::vector<uint8_t>& out, std::string_view text);

// Reads what pack_text wrote; false for truncated input or a length above max_bytes.
bool unpack_text(const uint8_t*& p, const uint8_t* end, std::string& text, size_t max_bytes);

} // namespace unclench
