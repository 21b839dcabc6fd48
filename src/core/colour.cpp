#include "core/colour.h"

#include <algorithm>
#include <cmath>

namespace unclench {

static double linear(uint8_t channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relative_luminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

static uint8_t mix(uint8_t under, uint8_t top, double alpha) {
    return (uint8_t)std::lround(under + (top - under) * std::clamp(alpha, 0.0, 1.0));
}

Rgb over(Rgb under, Rgb top, double alpha) {
    return Rgb{mix(under.r, top.r, alpha), mix(under.g, top.g, alpha), mix(under.b, top.b, alpha)};
}

} // namespace unclench
