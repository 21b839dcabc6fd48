# Native build: core library + doctest suite (+ fuzz targets with clang).
find_package(nlohmann_json 3.10 REQUIRED)
find_package(doctest REQUIRED)

if(UNCLENCH_SANITIZE)
  set(UNCLENCH_SAN_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
endif()

# Nayuki's QR Code generator (qrcodegen 1.8.0, fetched by scripts/setup.sh) under core's QR model.
set(QRCODE_DIR ${CMAKE_SOURCE_DIR}/third_party/qrcodegen/cpp)
if(NOT EXISTS ${QRCODE_DIR}/qrcodegen.cpp)
  message(FATAL_ERROR "qrcodegen source missing: run scripts/setup.sh")
endif()
add_library(unclench_qrcodegen STATIC ${QRCODE_DIR}/qrcodegen.cpp)
target_include_directories(unclench_qrcodegen SYSTEM PUBLIC ${QRCODE_DIR})
target_compile_options(unclench_qrcodegen PRIVATE ${UNCLENCH_SAN_FLAGS})

add_library(unclench_core STATIC ${CORE_SOURCES})
target_include_directories(unclench_core PUBLIC ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(unclench_core PUBLIC nlohmann_json::nlohmann_json unclench_qrcodegen)
target_compile_options(unclench_core PRIVATE ${UNCLENCH_WARNINGS} ${UNCLENCH_SAN_FLAGS})
target_link_options(unclench_core PUBLIC ${UNCLENCH_SAN_FLAGS})
target_compile_definitions(unclench_core PUBLIC UNCLENCH_ASSETS_DIR="${CMAKE_SOURCE_DIR}/assets")

file(GLOB TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
add_executable(unit_tests ${TEST_SOURCES})
target_link_libraries(unit_tests PRIVATE unclench_core doctest::doctest)
# Tests drive ProgressStore step by step and often read the data rather than the [[nodiscard]] notices.
target_compile_options(unit_tests PRIVATE ${UNCLENCH_WARNINGS} -Wno-unused-result ${UNCLENCH_SAN_FLAGS})

enable_testing()
add_test(NAME unit_tests COMMAND unit_tests)

# Review aid: prints the catalogue and routines as Markdown (scripts/catalogue-md.sh -> docs/catalogue.md).
add_executable(catalogue_md ${CMAKE_SOURCE_DIR}/src/tools/catalogue_md.cpp)
target_link_libraries(catalogue_md PRIVATE unclench_core)

if(UNCLENCH_FUZZ)
  # The core itself needs coverage instrumentation, or libFuzzer only sees the target's few lines.
  target_compile_options(unclench_core PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
  target_link_options(unclench_core PUBLIC -fsanitize=address,undefined)
  file(GLOB FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/*.cpp)
  foreach(src ${FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_link_libraries(${name} PRIVATE unclench_core)
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined -Wno-unused-result)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  endforeach()
endif()

# Storage size and speed of years of history (src/tools/storage_bench.cpp; run by scripts/bench.sh).
add_executable(storage_bench ${CMAKE_SOURCE_DIR}/src/tools/storage_bench.cpp)
target_link_libraries(storage_bench PRIVATE unclench_core)
target_compile_options(storage_bench PRIVATE ${UNCLENCH_WARNINGS} -Wno-unused-result ${UNCLENCH_SAN_FLAGS})

# The UI, natively: Dear ImGui with no renderer and the recording platform (src/app/recording_platform.h)
# run real frames of the real screens in the headless UI suite (tests/ui). Needs the pinned ImGui
# source that scripts/setup.sh fetches.
set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui)
if(EXISTS ${IMGUI_DIR}/imgui.cpp AND NOT UNCLENCH_FUZZ)
  include(${CMAKE_SOURCE_DIR}/cmake/assets.cmake)

  set(IMGUI_DEFINES IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_DEFAULT_FONT
                    IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DEFINE_MATH_OPERATORS IMGUI_DISABLE_FILE_FUNCTIONS)
  add_library(unclench_imgui STATIC ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
              ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
  target_include_directories(unclench_imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
  target_compile_definitions(unclench_imgui PUBLIC ${IMGUI_DEFINES})
  target_compile_options(unclench_imgui PRIVATE ${UNCLENCH_SAN_FLAGS})

  file(GLOB UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*.cpp)
  add_library(unclench_ui STATIC ${UI_SOURCES} ${GEN_DIR}/embedded_assets.cpp)
  target_include_directories(unclench_ui PUBLIC ${GEN_DIR})
  target_link_libraries(unclench_ui PUBLIC unclench_core unclench_imgui)
  # g++'s -Wconversion cannot leave out int-to-float (layout arithmetic, a row count times a width); the
  # wasm build's clang checks the UI with -Wconversion less exactly that (cmake/wasm.cmake).
  set_source_files_properties(${UI_SOURCES} PROPERTIES COMPILE_OPTIONS "${UNCLENCH_WARNINGS};-Wno-conversion")
  target_compile_options(unclench_ui PRIVATE ${UNCLENCH_SAN_FLAGS})

  add_library(unclench_platform_null STATIC ${CMAKE_SOURCE_DIR}/src/app/recording_platform.cpp)
  target_link_libraries(unclench_platform_null PUBLIC unclench_ui)
  target_compile_options(unclench_platform_null PRIVATE ${UNCLENCH_WARNINGS} ${UNCLENCH_SAN_FLAGS})

  file(GLOB UI_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/ui/*.cpp)
  add_executable(ui_tests ${UI_TEST_SOURCES})
  target_link_libraries(ui_tests PRIVATE unclench_platform_null unclench_ui doctest::doctest)
  target_compile_options(ui_tests PRIVATE ${UNCLENCH_WARNINGS} ${UNCLENCH_SAN_FLAGS})
  add_test(NAME ui_tests COMMAND ui_tests)

  add_custom_target(check_layers ALL COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/check_layers.sh
                    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} COMMENT "Checking the layers' includes")
  add_dependencies(unclench_ui check_layers)
endif()
