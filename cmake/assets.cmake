# Fonts cut down to the glyphs used, icons and data, embedded in the binary (one request, works offline):
# ${GEN_DIR}/embedded_assets.cpp (src/ui/embedded_assets.h) and ${GEN_DIR}/icons.h. Both builds use it.
set(GEN_DIR ${CMAKE_BINARY_DIR}/generated)
set(EMBEDDED_DATA assets/catalogue.json assets/routines.json assets/figures.json assets/lessons.json)
set(EMBEDDED_DATA_EXISTING)
foreach(f ${EMBEDDED_DATA})
  if(EXISTS ${CMAKE_SOURCE_DIR}/${f})
    list(APPEND EMBEDDED_DATA_EXISTING ${f})
  endif()
endforeach()
list(TRANSFORM EMBEDDED_DATA_EXISTING PREPEND ${CMAKE_SOURCE_DIR}/ OUTPUT_VARIABLE EMBEDDED_DATA_PATHS)
add_custom_command(
  OUTPUT ${GEN_DIR}/embedded_assets.cpp ${GEN_DIR}/icons.h
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/scripts/gen_assets.py ${CMAKE_SOURCE_DIR} ${GEN_DIR} ${EMBEDDED_DATA_EXISTING}
  DEPENDS ${CMAKE_SOURCE_DIR}/scripts/gen_assets.py ${CMAKE_SOURCE_DIR}/assets/icons.txt ${EMBEDDED_DATA_PATHS}
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  COMMENT "Subsetting fonts and embedding assets")
