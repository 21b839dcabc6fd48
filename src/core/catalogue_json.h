// Reading, validating and writing the catalogue (assets/catalogue.json) and routines
// (assets/routines.json, custom routines, share links) as JSON.
//
// Loading never throws and never half-succeeds: it reports every problem it finds, each with the JSON
// pointer of the offending value ("/exercises/3/dosages/0/hold_s") and a plain message, and the result
// carries data only when there is no problem at all. The field meanings are in catalogue.h and routine.h,
// the rules at the top of catalogue_read.cpp and routine_read.cpp; the shipped assets are worked examples.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalogue.h"
#include "core/routine.h"

namespace unclench {

struct Problem {
    std::string path;      // JSON pointer; "" for the whole document
    std::string message;
};

bool operator==(const Problem& a, const Problem& b);
std::string to_string(const Problem& problem);   // "/exercises/3/name: is missing"

template <class T>
struct LoadResult {
    std::optional<T> data;             // set only when problems is empty
    std::vector<Problem> problems;
    bool ok() const { return data.has_value() && problems.empty(); }
};

// The current format version written by the save functions and required by the loaders.
constexpr int kCatalogueFormatVersion = 1;
constexpr int kRoutinesFormatVersion = 1;

LoadResult<Catalogue> load_catalogue(std::string_view json_text);

// Every routine's exercise ids, sources and overrides are checked against the catalogue.
LoadResult<std::vector<Routine>> load_routines(std::string_view json_text, const Catalogue& catalogue);

// One routine (a custom one from the builder or a share link). Paths are relative to the routine.
LoadResult<Routine> load_routine(const nlohmann::json& value, const Catalogue& catalogue);
// The same from text. A string of any type converts to nlohmann::json too (as a JSON string value), so
// every text type has its own overload: text is always parsed, never mistaken for a value.
LoadResult<Routine> load_routine_text(std::string_view json_text, const Catalogue& catalogue);
LoadResult<Routine> load_routine(std::string_view json_text, const Catalogue& catalogue);
LoadResult<Routine> load_routine(const std::string& json_text, const Catalogue& catalogue);
LoadResult<Routine> load_routine(const char* json_text, const Catalogue& catalogue);

std::string save_catalogue(const Catalogue& catalogue);
std::string save_routines(const std::vector<Routine>& routines);
nlohmann::json routine_to_json(const Routine& routine);

} // namespace unclench
