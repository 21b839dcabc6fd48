// The state reads Dear ImGui's OpenGL3 backend makes each frame, answered without a round trip to the
// GPU process (see gl_known_state.h). Anything else still asks GL.
#include <GLES2/gl2.h>

void unclench_gl_get_integerv(GLenum pname, GLint* data) {
    switch (pname) {
    case GL_VIEWPORT:
    case GL_SCISSOR_BOX:                 // the app sets the viewport before it clears; scissor is off
        data[0] = data[1] = data[2] = data[3] = 0;
        return;
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA: *data = GL_ONE; return;     // GL's defaults; blending is off between frames
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA: *data = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA: *data = GL_FUNC_ADD; return;
    default: glGetIntegerv(pname, data);
    }
}
