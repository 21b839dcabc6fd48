#include "core/qr_code.h"

#include <qrcodegen.hpp>

namespace unclench {

QrMatrix make_qr(const std::string& text) {
    QrMatrix m;
    try {
        qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
        m.size = qr.getSize();
        m.dark.resize((size_t)m.size * (size_t)m.size);
        for (int y = 0; y < m.size; y++)
            for (int x = 0; x < m.size; x++) m.dark[(size_t)y * (size_t)m.size + (size_t)x] = qr.getModule(x, y) ? 1 : 0;
    } catch (const qrcodegen::data_too_long&) {   // the caller shows the link only
        m = QrMatrix{};
    }
    return m;
}

} // namespace unclench
