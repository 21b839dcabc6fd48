#include "core/text_pack.h"
#include "core/stable_order.h"

#include <algorithm>
#include <cstring>
#include <queue>

namespace unclench {

//---- Varints

void put_varint(std::vector<uint8_t>& out, uint64_t value) {
    while (value >= 0x80) {
        out.push_back(uint8_t((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.push_back(uint8_t(value));
}

bool get_varint(const uint8_t*& p, const uint8_t* end, uint64_t& value) {
    value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (p >= end) return false;
        uint8_t b = *p++;
        value |= uint64_t(b & 0x7F) << shift;
        if (!(b & 0x80)) return true;
    }
    return false;
}

//---- The frozen code (format version 1: do not change a weight)

// Rough counts per 10,000 characters of plain English notes, with room for ids ("cat-cow-2"),
// capitals at the start of sentences and UTF-8 (accented Latin letters, dashes and quotes).
static uint32_t weight(int b) {
    static const char* const kLetters = "etaoinsrhldcumpfgywbvkxjqz";
    static const uint32_t kLetterWeights[] = {1000, 700, 650, 620, 580, 560, 560, 520, 400, 360, 320, 300, 260,
                                              230,  200, 190, 170, 160, 160, 130, 90,  70,  20,  12,  10,  10};
    if (b == ' ') return 1700;
    if (b >= 'a' && b <= 'z') return kLetterWeights[std::strchr(kLetters, b) - kLetters];
    if (b == '.') return 110;
    if (b == ',') return 90;
    if (b == '-') return 80;
    if (b == '\'') return 20;
    if (b >= '0' && b <= '9') return b >= '1' && b <= '3' ? 20 : 15;
    if (b >= 'A' && b <= 'Z') return std::strchr("STBCPMRLHKGDWA", b) ? 12 : 6;
    if (std::strchr(":()/", b) && b) return 8;
    if (std::strchr(";!?\"", b) && b) return 5;
    if (b > 0x20 && b < 0x7F) return 3;
    if (b >= 0x80 && b <= 0xBF) return 6;   // continuation bytes
    if (b == 0xC3 || b == 0xE2) return 5;   // Latin-1 letters; general punctuation (dashes, quotes)
    if (b >= 0xC2 && b <= 0xEF) return 2;
    return 1;                                // controls, 4-byte leads, bytes never in UTF-8
}

struct HuffmanCode {
    uint32_t code[256] = {};
    int length[256] = {};
    int count[33] = {};          // codes of each length
    int sorted[256] = {};        // symbols in canonical order (length, then value)
};

// Code lengths from a Huffman tree; ties broken by creation order so every build gives the same tree.
static void tree_lengths(HuffmanCode& h) {
    struct Node { uint32_t weight; int order; int left, right; };
    std::vector<Node> nodes;
    auto later = [&](int a, int b) {
        return nodes[a].weight != nodes[b].weight ? nodes[a].weight > nodes[b].weight : nodes[a].order > nodes[b].order;
    };
    std::priority_queue<int, std::vector<int>, decltype(later)> queue(later);
    for (int s = 0; s < 256; s++) {
        nodes.push_back({weight(s), s, -1, -1});
        queue.push(s);
    }
    while (queue.size() > 1) {
        int a = queue.top(); queue.pop();
        int b = queue.top(); queue.pop();
        nodes.push_back({nodes[a].weight + nodes[b].weight, int(nodes.size()), a, b});
        queue.push(int(nodes.size()) - 1);
    }
    std::vector<std::pair<int, int>> stack = {{queue.top(), 0}};
    while (!stack.empty()) {
        auto [n, depth] = stack.back();
        stack.pop_back();
        if (nodes[n].left < 0) { h.length[n] = depth; continue; }
        stack.push_back({nodes[n].left, depth + 1});
        stack.push_back({nodes[n].right, depth + 1});
    }
}

static HuffmanCode build_code() {
    HuffmanCode h;
    tree_lengths(h);
    std::vector<int64_t> lengths(h.length, h.length + 256);
    std::vector<uint32_t> order = stable_order(lengths);   // by code length, then by symbol
    for (int s = 0; s < 256; s++) h.sorted[s] = (int)order[size_t(s)];
    uint32_t code = 0;
    int previous = h.length[h.sorted[0]];
    for (int s : h.sorted) {
        code <<= (h.length[s] - previous);
        previous = h.length[s];
        h.code[s] = code++;
        h.count[h.length[s]]++;
    }
    return h;
}

static const HuffmanCode& huffman() {
    static const HuffmanCode code = build_code();
    return code;
}

//---- Bits

static std::vector<uint8_t> huffman_bits(std::string_view text) {
    const HuffmanCode& h = huffman();
    std::vector<uint8_t> out;
    uint64_t acc = 0;
    int bits = 0;
    for (char c : text) {
        uint8_t s = static_cast<uint8_t>(c);
        acc = (acc << h.length[s]) | h.code[s];
        bits += h.length[s];
        while (bits >= 8) {
            bits -= 8;
            out.push_back(uint8_t((acc >> bits) & 0xFF));
        }
    }
    if (bits > 0) out.push_back(uint8_t((acc << (8 - bits)) & 0xFF));
    return out;
}

// Canonical decoding (as in zlib's puff.c): walk the lengths, comparing against the first code of each.
static int decode_symbol(const uint8_t* data, size_t size, size_t& bit) {
    const HuffmanCode& h = huffman();
    int code = 0, first = 0, index = 0;
    for (int len = 1; len <= 32; len++) {
        if (bit >= size * 8) return -1;
        code |= (data[bit / 8] >> (7 - bit % 8)) & 1;
        bit++;
        int count = h.count[len];
        if (code - first < count) return h.sorted[index + (code - first)];
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return -1;
}

//---- Text

void pack_text(std::vector<uint8_t>& out, std::string_view text) {
    std::vector<uint8_t> packed = huffman_bits(text);
    bool use_packed = packed.size() < text.size();
    put_varint(out, (uint64_t(text.size()) << 1) | (use_packed ? 1u : 0u));
    if (use_packed) out.insert(out.end(), packed.begin(), packed.end());
    else out.insert(out.end(), text.begin(), text.end());
}

bool unpack_text(const uint8_t*& p, const uint8_t* end, std::string& text, size_t max_bytes) {
    uint64_t header = 0;
    if (!get_varint(p, end, header)) return false;
    uint64_t length = header >> 1;
    if (length > max_bytes) return false;
    text.clear();
    if (!(header & 1)) {
        if (uint64_t(end - p) < length) return false;
        text.assign(reinterpret_cast<const char*>(p), size_t(length));
        p += length;
        return true;
    }
    size_t bit = 0, available = size_t(end - p);
    for (uint64_t i = 0; i < length; i++) {
        int s = decode_symbol(p, available, bit);
        if (s < 0) return false;
        text += char(s);
    }
    p += (bit + 7) / 8;
    return true;
}

} // namespace unclench
