#include <doctest/doctest.h>
#include "core/checksum.h"

using namespace unclench;

TEST_CASE("crc32 matches the standard check value") {
    CHECK(crc32("123456789") == 0xCBF43926u);
    CHECK(crc32("") == 0u);
    CHECK(crc32("a") != crc32("b"));
}

TEST_CASE("base64url follows RFC 4648 without padding") {
    auto enc = [](std::string s) { return base64url_encode(std::vector<uint8_t>(s.begin(), s.end())); };
    CHECK(enc("") == "");
    CHECK(enc("f") == "Zg");
    CHECK(enc("fo") == "Zm8");
    CHECK(enc("foo") == "Zm9v");
    CHECK(enc("foob") == "Zm9vYg");
    CHECK(enc("fooba") == "Zm9vYmE");
    CHECK(enc("foobar") == "Zm9vYmFy");
    CHECK(base64url_encode({0xFB, 0xFF, 0xBF}) == "-_-_");
}

TEST_CASE("base64url decodes every byte value back") {
    std::vector<uint8_t> all;
    for (int i = 0; i < 256; i++) all.push_back(uint8_t(i));
    for (size_t len = 0; len <= all.size(); len += 37) {
        std::vector<uint8_t> part(all.begin(), all.begin() + long(len));
        auto back = base64url_decode(base64url_encode(part));
        REQUIRE(back.has_value());
        CHECK(*back == part);
    }
}

TEST_CASE("base64url rejects what the encoder never makes") {
    CHECK_FALSE(base64url_decode("Zm9v=").has_value());   // padding
    CHECK_FALSE(base64url_decode("Zm+v").has_value());    // standard alphabet, not url
    CHECK_FALSE(base64url_decode("Zm9 v").has_value());   // whitespace
    CHECK_FALSE(base64url_decode("Z").has_value());       // impossible length
    CHECK_FALSE(base64url_decode("Zh").has_value());      // non-zero leftover bits
    CHECK(base64url_decode("Zg").has_value());
}
