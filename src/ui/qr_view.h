// A QR code for a link, made with Nayuki's QR Code generator and drawn with ImDrawList: dark modules
// on white with the standard quiet zone, whatever the app's theme, so any phone camera reads it.
#pragma once
#include <string>
#include <vector>

namespace unclench {

struct QrMatrix {
    int size = 0;                  // modules per side; 0 when the text does not fit in a QR code
    std::vector<unsigned char> dark;   // size * size, row by row
};

QrMatrix make_qr(const std::string& text);

// Draws the code `side` CSS px wide (quiet zone included) at the cursor, centred in `avail_w`.
void qr_view(const QrMatrix& qr, float side, float avail_w, const char* accessible_name);

} // namespace unclench
