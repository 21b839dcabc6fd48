#include <doctest/doctest.h>

#include <string>

#include "core/qr_code.h"

using namespace unclench;

// A finder pattern: a dark 7x7 ring, a light ring inside it, and a dark 3x3 centre.
static bool finder_at(const QrMatrix& qr, int left, int top) {
    for (int y = 0; y < 7; y++)
        for (int x = 0; x < 7; x++) {
            int ring = std::min(std::min(x, y), std::min(6 - x, 6 - y));
            bool want_dark = ring != 1;
            if (qr.at(left + x, top + y) != want_dark) return false;
        }
    return true;
}

TEST_CASE("a share link becomes a square QR code with its three finder patterns") {
    QrMatrix qr = make_qr("https://unclench.app/#r=1.relief-now*Gentle%20start*knee-to-chest~30~3");
    REQUIRE(qr.size >= 21);
    CHECK((qr.size - 17) % 4 == 0);   // versions grow by 4 modules a side
    CHECK(qr.dark.size() == (size_t)qr.size * (size_t)qr.size);
    CHECK(finder_at(qr, 0, 0));
    CHECK(finder_at(qr, qr.size - 7, 0));
    CHECK(finder_at(qr, 0, qr.size - 7));
    CHECK_FALSE(finder_at(qr, qr.size - 7, qr.size - 7));   // the fourth corner has none
}

TEST_CASE("the same link always gives the same code, and a longer link a code at least as large") {
    QrMatrix a = make_qr("https://unclench.app/#r=1.abc");
    QrMatrix b = make_qr("https://unclench.app/#r=1.abc");
    CHECK(a.dark == b.dark);
    QrMatrix longer = make_qr("https://unclench.app/#r=1." + std::string(400, 'x'));
    CHECK(longer.size > a.size);
}

TEST_CASE("a link too long for any QR code gives an empty code, so the screen shows the link alone") {
    QrMatrix qr = make_qr(std::string(5000, '%'));
    CHECK(qr.size == 0);
    CHECK(qr.dark.empty());
}
