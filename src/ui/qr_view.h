// Draws a QR code (core/qr_code.h) with ImDrawList: dark modules on white with the standard quiet
// zone, whatever the app's theme, so any phone camera reads it.
#pragma once
#include "core/qr_code.h"

namespace unclench {

// Draws the code `side` CSS px wide (quiet zone included) at the cursor, centred in `avail_w`.
void qr_view(const QrMatrix& qr, float side, float avail_w, const char* accessible_name);

} // namespace unclench
