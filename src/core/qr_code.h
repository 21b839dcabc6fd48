// A QR code for a link, as a grid of modules: the model the share screen draws and tests can read.
// Made with Nayuki's QR Code generator (qrcodegen 1.8.0, fetched by scripts/setup.sh) at medium error
// correction, so a creased or smudged printed handout still scans.
#pragma once
#include <string>
#include <vector>

namespace unclench {

constexpr int kQrQuietZone = 4;   // modules of white around the code, as the standard asks

struct QrMatrix {
    int size = 0;                      // modules per side; 0 when the text does not fit in a QR code
    std::vector<unsigned char> dark;   // size * size, row by row
    bool at(int x, int y) const { return dark[(size_t)y * (size_t)size + (size_t)x] != 0; }
};

QrMatrix make_qr(const std::string& text);

} // namespace unclench
