#include <doctest/doctest.h>
#include "core/text_pack.h"

using namespace unclench;

namespace {

std::string round_trip(const std::string& text, size_t* packed_size = nullptr) {
    std::vector<uint8_t> buf;
    pack_text(buf, text);
    if (packed_size) *packed_size = buf.size();
    const uint8_t* p = buf.data();
    std::string back;
    REQUIRE(unpack_text(p, buf.data() + buf.size(), back, 100000));
    CHECK(p == buf.data() + buf.size());
    return back;
}

} // namespace

TEST_CASE("varints round-trip and refuse truncated or oversized numbers") {
    for (uint64_t v : {0ull, 1ull, 127ull, 128ull, 300ull, 16383ull, 16384ull, 4000000000ull}) {
        std::vector<uint8_t> buf;
        put_varint(buf, v);
        const uint8_t* p = buf.data();
        uint64_t back = 0;
        REQUIRE(get_varint(p, buf.data() + buf.size(), back));
        CHECK(back == v);
    }
    std::vector<uint8_t> cut = {0x80, 0x80};
    const uint8_t* p = cut.data();
    uint64_t v = 0;
    CHECK_FALSE(get_varint(p, cut.data() + cut.size(), v));
    std::vector<uint8_t> endless(10, 0xFF);
    p = endless.data();
    CHECK_FALSE(get_varint(p, endless.data() + endless.size(), v));
}

TEST_CASE("English notes pack to well under their size") {
    std::string note = "hold each stretch gently, breathe out slowly and stop if the pain gets sharper.";
    size_t packed = 0;
    CHECK(round_trip(note, &packed) == note);
    CHECK(packed < note.size() * 70 / 100);
    CHECK(round_trip("knee-to-chest") == "knee-to-chest");
}

TEST_CASE("any bytes round-trip exactly, and text the code does not suit is stored plain") {
    std::string all;
    for (int i = 0; i < 256; i++) all += char(i);
    size_t packed = 0;
    CHECK(round_trip(all, &packed) == all);
    CHECK(packed <= all.size() + 2);
    std::string japanese = "背中のストレッチをゆっくり続けてください";
    CHECK(round_trip(japanese, &packed) == japanese);
    CHECK(packed <= japanese.size() + 2);
    CHECK(round_trip("Étirement du dos — genou vers la poitrine, 30 s") == "Étirement du dos — genou vers la poitrine, 30 s");
    CHECK(round_trip("") == "");
}

TEST_CASE("unpacking refuses truncated text and lengths above the limit") {
    std::vector<uint8_t> buf;
    pack_text(buf, "a gentle stretch for the lower back");
    for (size_t cut = 0; cut < buf.size(); cut++) {
        const uint8_t* p = buf.data();
        std::string back;
        CHECK_FALSE(unpack_text(p, buf.data() + cut, back, 1000));
    }
    const uint8_t* p = buf.data();
    std::string back;
    CHECK_FALSE(unpack_text(p, buf.data() + buf.size(), back, 10));
}
