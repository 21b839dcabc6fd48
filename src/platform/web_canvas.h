// The canvas and its drawing buffer: CSS size x devicePixelRatio, kept in step with zoom, rotation
// and iframe resizes, so text stays crisp at any density.
#pragma once

namespace unclench::web {

struct CanvasSize {
    double css_width = 0, css_height = 0;   // layout size in CSS pixels (ImGui works in these)
    double dpr = 1;                          // device pixels per CSS pixel
    int width = 0, height = 0;              // drawing buffer in device pixels
};

// Reads the canvas's CSS size and the current DPR; resizes the drawing buffer if either changed.
// Returns true when it resized (the caller must draw this frame: resizing clears a WebGL canvas).
bool sync_canvas_size(CanvasSize& size);

} // namespace unclench::web
