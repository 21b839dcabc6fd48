#include "platform/web_canvas.h"

#include <cmath>
#include <emscripten/html5.h>

namespace unclench::web {

static const char* kCanvas = "#canvas";

bool sync_canvas_size(CanvasSize& size) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    double dpr = emscripten_get_device_pixel_ratio();
    if (dpr <= 0) dpr = 1;
    int w = (int)std::lround(css_w * dpr), h = (int)std::lround(css_h * dpr);
    if (w < 1) w = 1;
    if (h < 1) h = 1;
    bool changed = w != size.width || h != size.height || css_w != size.css_width || dpr != size.dpr;
    size.css_width = css_w;
    size.css_height = css_h;
    size.dpr = dpr;
    if (w != size.width || h != size.height) {
        emscripten_set_canvas_element_size(kCanvas, w, h);
        size.width = w;
        size.height = h;
    }
    return changed;
}

} // namespace unclench::web
