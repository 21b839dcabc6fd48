# Native build: core library + doctest suite (+ fuzz targets with clang).
find_package(nlohmann_json 3.10 REQUIRED)
find_package(doctest REQUIRED)

if(UNCLENCH_SANITIZE)
  set(UNCLENCH_SAN_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
endif()

add_library(unclench_core STATIC ${CORE_SOURCES})
target_include_directories(unclench_core PUBLIC ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(unclench_core PUBLIC nlohmann_json::nlohmann_json)
target_compile_options(unclench_core PRIVATE ${UNCLENCH_WARNINGS} ${UNCLENCH_SAN_FLAGS})
target_link_options(unclench_core PUBLIC ${UNCLENCH_SAN_FLAGS})
target_compile_definitions(unclench_core PUBLIC UNCLENCH_ASSETS_DIR="${CMAKE_SOURCE_DIR}/assets")

file(GLOB TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
add_executable(unit_tests ${TEST_SOURCES})
target_link_libraries(unit_tests PRIVATE unclench_core doctest::doctest)
target_compile_options(unit_tests PRIVATE ${UNCLENCH_WARNINGS} ${UNCLENCH_SAN_FLAGS})

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
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  endforeach()
endif()

# Storage size and speed of years of history (src/tools/storage_bench.cpp; run by scripts/bench.sh).
add_executable(storage_bench ${CMAKE_SOURCE_DIR}/src/tools/storage_bench.cpp)
target_link_libraries(storage_bench PRIVATE unclench_core)
target_compile_options(storage_bench PRIVATE ${UNCLENCH_WARNINGS} ${UNCLENCH_SAN_FLAGS})
