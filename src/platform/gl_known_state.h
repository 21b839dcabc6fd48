// Compiled into Dear ImGui's OpenGL3 backend only (cmake/wasm.cmake force-includes it there).
//
// Each frame the backend reads the GL state it is about to change, to restore it afterwards. In a
// browser, WebGL's getParameter for the viewport, scissor box and blend settings is a synchronous
// round trip to the GPU process, which waits until every earlier command has run: with a software
// GPU the main thread stalled for the whole of the previous frame's rendering (tens of ms a frame).
// The app owns the only GL context and sets what it needs every frame (web_main.cpp: viewport, clear),
// so those reads can answer with the state the backend leaves behind and GL's defaults instead.
#pragma once
#include <GLES2/gl2.h>   // the headers the backend uses on Emscripten (its ES2 path)

void unclench_gl_get_integerv(GLenum pname, GLint* data);
#define glGetIntegerv unclench_gl_get_integerv
