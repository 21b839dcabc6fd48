# WebAssembly build: the app (core + platform + ui + Dear ImGui) into dist/ with web/ and assets.
set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui)
set(QRCODE_DIR ${CMAKE_SOURCE_DIR}/third_party/qrcodegen)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui source missing: run scripts/setup.sh")
endif()

# Header-only libraries: a build-local include folder, never /usr/include (it drags in glibc headers).
set(DEPS_INCLUDE ${CMAKE_BINARY_DIR}/deps/include)
file(MAKE_DIRECTORY ${DEPS_INCLUDE})
if(NOT EXISTS ${DEPS_INCLUDE}/nlohmann)
  file(CREATE_LINK /usr/include/nlohmann ${DEPS_INCLUDE}/nlohmann SYMBOLIC)
endif()

include(${CMAKE_SOURCE_DIR}/cmake/assets.cmake)

file(GLOB OWN_PLATFORM_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/*.cpp)
set(PLATFORM_SOURCES ${OWN_PLATFORM_SOURCES})
file(GLOB UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp)
set(APP_SOURCES ${CMAKE_SOURCE_DIR}/src/app/web_main.cpp ${CMAKE_SOURCE_DIR}/src/app/web_platform.cpp)
set(IMGUI_SOURCES ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
    ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
# ImGui's WebGL2 renderer belongs to the browser platform (it draws with the platform's GL context).
list(APPEND PLATFORM_SOURCES ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
if(NOT EXISTS ${QRCODE_DIR}/cpp/qrcodegen.cpp)
  message(FATAL_ERROR "qrcodegen source missing: run scripts/setup.sh")
endif()
# The pinned qrcodegen 1.8.0 builds one error message with std::ostringstream, which alone links
# all of libc++'s iostreams and locales (money, time, codecvt facets: ~25 KB gzip of wasm). A
# build-local copy writes the same message with std::to_string; the library is otherwise untouched.
set(QRCODE_PATCHED ${GEN_DIR}/qrcodegen.cpp)
file(READ ${QRCODE_DIR}/cpp/qrcodegen.cpp QR_TEXT)
set(QR_STREAM [=[			std::ostringstream sb;
			if (dataUsedBits == -1)
				sb << "Segment too long";
			else {
				sb << "Data length = " << dataUsedBits << " bits, ";
				sb << "Max capacity = " << dataCapacityBits << " bits";
			}
			throw data_too_long(sb.str());]=])
set(QR_STRING [=[			if (dataUsedBits == -1)
				throw data_too_long("Segment too long");
			throw data_too_long("Data length = " + std::to_string(dataUsedBits) + " bits, "
				"Max capacity = " + std::to_string(dataCapacityBits) + " bits");]=])
string(FIND "${QR_TEXT}" "${QR_STREAM}" QR_AT)
if(QR_AT EQUAL -1)
  message(FATAL_ERROR "qrcodegen.cpp is not the pinned 1.8.0: update the patch in cmake/wasm.cmake")
endif()
string(REPLACE "${QR_STREAM}" "${QR_STRING}" QR_TEXT "${QR_TEXT}")
string(REPLACE "#include <sstream>" "#include <string>" QR_TEXT "${QR_TEXT}")
file(WRITE ${QRCODE_PATCHED}.tmp "${QR_TEXT}")
configure_file(${QRCODE_PATCHED}.tmp ${QRCODE_PATCHED} COPYONLY)   # rewritten only when it changes
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${QRCODE_DIR}/cpp/qrcodegen.cpp)
set(QRCODE_SOURCES ${QRCODE_PATCHED})

# Dear ImGui's error recovery (End() and EndFrame()) closes tables, tab bars, multi-selections and menu
# bars left open, so it links all of their code (EndTable alone is 14 KB of wasm, ~9 KB gzip with the
# rest) into an app that opens none of them. A build-local copy of imgui.cpp makes those four closers,
# inside the two recovery functions only, clear the pointer they would have closed (so a recovery loop
# still ends); every other recovery (windows, IDs, styles, fonts, groups) is Dear ImGui's own.
set(IMGUI_PATCHED ${GEN_DIR}/imgui.cpp)
file(READ ${IMGUI_DIR}/imgui.cpp IMGUI_TEXT)
set(IMGUI_RECOVERY_BEGIN "void ImGui::ErrorRecoveryTryToRecoverState(const ImGuiErrorRecoveryState* state_in)\n")
set(IMGUI_RECOVERY_END "bool    ImGui::ErrorLog(const char* msg)\n")
string(FIND "${IMGUI_TEXT}" "${IMGUI_RECOVERY_BEGIN}" IMGUI_AT_BEGIN)
string(FIND "${IMGUI_TEXT}" "${IMGUI_RECOVERY_END}" IMGUI_AT_END)
if(IMGUI_AT_BEGIN EQUAL -1 OR IMGUI_AT_END EQUAL -1)
  message(FATAL_ERROR "imgui.cpp is not the pinned 1.92.2b: update the error-recovery patch in cmake/wasm.cmake")
endif()
string(REPLACE "${IMGUI_RECOVERY_BEGIN}" "// Unclench: no tables, tab bars, multi-selections or menu bars (cmake/wasm.cmake).
#define EndTable() (g.CurrentTable = NULL)
#define EndTabBar() (g.CurrentTabBar = NULL)
#define EndMultiSelect() (g.CurrentMultiSelect = NULL)
#define EndMenuBar() (window->DC.MenuBarAppending = false)
${IMGUI_RECOVERY_BEGIN}" IMGUI_TEXT "${IMGUI_TEXT}")
string(REPLACE "${IMGUI_RECOVERY_END}" "#undef EndTable
#undef EndTabBar
#undef EndMultiSelect
#undef EndMenuBar
${IMGUI_RECOVERY_END}" IMGUI_TEXT "${IMGUI_TEXT}")
file(WRITE ${IMGUI_PATCHED}.tmp "${IMGUI_TEXT}")
configure_file(${IMGUI_PATCHED}.tmp ${IMGUI_PATCHED} COPYONLY)   # rewritten only when it changes
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${IMGUI_DIR}/imgui.cpp)
list(REMOVE_ITEM IMGUI_SOURCES ${IMGUI_DIR}/imgui.cpp)
list(APPEND IMGUI_SOURCES ${IMGUI_PATCHED})

# The backend's per-frame GL state reads stall on the GPU process in a browser: see gl_known_state.h.
set_source_files_properties(${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp PROPERTIES
  COMPILE_OPTIONS "-include;${CMAKE_SOURCE_DIR}/src/platform/gl_known_state.h")

# Our sources build warning-free under Emscripten's clang too, which warns about things g++ does not.
# Except one: clang's -Wconversion also flags int-to-float in layout arithmetic (a row count times a
# width), where the ints are small and exact in a float; g++ does not, and casts there add only noise.
set(UNCLENCH_OWN_WARNINGS ${UNCLENCH_WARNINGS} -Wno-implicit-int-float-conversion)

# One target a layer (docs/architecture.md): core, Dear ImGui, ui, the browser platform, and the app
# that wires them. scripts/check_layers.sh (run by the build) fails it on an include in the wrong direction.
set(IMGUI_DEFINES IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
                  IMGUI_DISABLE_DEFAULT_FONT IMGUI_DISABLE_OBSOLETE_FUNCTIONS
                  IMGUI_DEFINE_MATH_OPERATORS
                  IMGUI_DISABLE_FILE_FUNCTIONS)   # no fopen & co.: the app keeps no .ini or log file
add_library(unclench_core STATIC ${CORE_SOURCES})
add_library(unclench_imgui STATIC ${IMGUI_SOURCES})
add_library(unclench_qrcodegen STATIC ${QRCODE_SOURCES})   # core's QR model (core/qr_code.h) builds on it
add_library(unclench_ui STATIC ${UI_SOURCES} ${GEN_DIR}/embedded_assets.cpp)
add_library(unclench_platform_web STATIC ${PLATFORM_SOURCES})
add_executable(unclench ${APP_SOURCES})
target_link_libraries(unclench PRIVATE unclench_platform_web unclench_ui unclench_imgui unclench_core unclench_qrcodegen)
foreach(t unclench_core unclench_qrcodegen unclench_imgui unclench_ui unclench_platform_web unclench)
  target_include_directories(${t} PRIVATE ${CMAKE_SOURCE_DIR}/src ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp
                             ${QRCODE_DIR}/cpp ${GEN_DIR} ${DEPS_INCLUDE})
  target_compile_definitions(${t} PRIVATE ${IMGUI_DEFINES})
endforeach()
# Our sources build warning-free under Emscripten's clang too; Dear ImGui keeps its own warnings.
set_source_files_properties(${CORE_SOURCES} ${UI_SOURCES} ${APP_SOURCES} ${OWN_PLATFORM_SOURCES} PROPERTIES
  COMPILE_OPTIONS "${UNCLENCH_OWN_WARNINGS}")
add_custom_target(check_layers ALL COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/check_layers.sh
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "Checking the layers' includes")
add_dependencies(unclench check_layers)

# Core code validates hostile input with nlohmann_json, which reports some errors by throwing:
# native wasm exceptions keep those catchable at a small size cost.
# UNCLENCH_WASM_QUICK: a faster-to-link development build (no LTO); releases and tests use the default.
# Wasm features: native exceptions already need Chrome 95, Firefox 100, Safari 15.2; bulk memory,
# sign extension and non-trapping float-to-int came earlier everywhere, so using them costs no
# browser and saves code (no trap guards around float-to-int casts, memory.copy/fill for memcpy/memset).
# One thread only: function-local statics need no guards.
option(UNCLENCH_WASM_QUICK "Quick development wasm build (-O1, no LTO)" OFF)
set(UNCLENCH_FEATURES -fwasm-exceptions -mbulk-memory -msign-ext -mnontrapping-fptoint)
if(UNCLENCH_WASM_QUICK)
  set(UNCLENCH_OPT -O1 -fno-rtti ${UNCLENCH_FEATURES})
else()
  set(UNCLENCH_OPT -Oz -flto -fno-rtti ${UNCLENCH_FEATURES})
endif()
foreach(t unclench_core unclench_qrcodegen unclench_imgui unclench_ui unclench_platform_web unclench)
  target_compile_options(${t} PRIVATE ${UNCLENCH_OPT} -fno-threadsafe-statics)
endforeach()
# emmalloc: Emscripten's small allocator (about 4 KB gzip less than dlmalloc; the app allocates little
# per frame). BINARYEN_EXTRA_PASSES: a second -Oz round of wasm-opt after the first (release only).
set(UNCLENCH_LINK_FLAGS
  ${UNCLENCH_OPT}
  -sMALLOC=emmalloc $<$<NOT:$<BOOL:${UNCLENCH_WASM_QUICK}>>:-sBINARYEN_EXTRA_PASSES=-Oz>
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sTOTAL_STACK=262144
  -sFILESYSTEM=0 -sENVIRONMENT=web -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  # Glue the app never uses: Module settings other than those web/app.js passes, GL extension
  # auto-enabling and error tracking (WebGL2 core is all ImGui's renderer needs), errno, setjmp,
  # deferred fullscreen/pointer-lock requests.
  "-sINCOMING_MODULE_JS_API=[canvas,locateFile,instantiateWasm,print,printErr,onAbort]"
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_TRACK_ERRORS=0 -sSUPPORT_ERRNO=0 -sSUPPORT_LONGJMP=0
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0)
target_link_options(unclench PRIVATE ${UNCLENCH_LINK_FLAGS})
set_target_properties(unclench PROPERTIES OUTPUT_NAME "unclench" SUFFIX ".js")

# dist/: the built app beside the page shell and static web files.
set(DIST_DIR ${CMAKE_SOURCE_DIR}/dist CACHE PATH "Where the app is assembled")
# Runs on every build (web/ files are not compile inputs, so a post-build step would miss their edits).
add_custom_target(dist ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory ${DIST_DIR}
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE_DIR:unclench>/unclench.js $<TARGET_FILE_DIR:unclench>/unclench.wasm ${DIST_DIR}/
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/web ${DIST_DIR}
  COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/make_icons.sh ${CMAKE_SOURCE_DIR}/web ${DIST_DIR}
  COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/minify_js.sh ${DIST_DIR}
  COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/stamp_sw.sh ${DIST_DIR}
  DEPENDS unclench
  COMMENT "Assembling dist/")
