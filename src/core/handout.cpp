#include "core/handout.h"

#include <nlohmann/json.hpp>

#include "core/plan_text.h"

namespace unclench {

std::vector<std::string> qr_rows(int size, const std::vector<unsigned char>& dark) {
    std::vector<std::string> rows;
    for (int y = 0; y < size; y++) {
        std::string row;
        for (int x = 0; x < size; x++) {
            const size_t i = (size_t)y * (size_t)size + (size_t)x;
            row += i < dark.size() && dark[i] ? '1' : '0';
        }
        rows.push_back(row);
    }
    return rows;
}

static nlohmann::json step_json(const Exercise& e, const Catalogue& catalogue, const RoutineStep& s) {
    return {{"name", e.name}, {"dose", step_dose_text(catalogue, s)}, {"start", e.start},
            {"how", e.steps},  {"cautions", e.cautions},               {"note", s.note}};
}

std::string handout_json(const Routine& routine, const Catalogue& catalogue, const std::string& link,
                         const std::vector<std::string>& qr, const std::string& clinic) {
    nlohmann::json steps = nlohmann::json::array();
    for (const RoutineStep& s : routine.steps)
        if (const Exercise* e = catalogue.exercise(s.exercise)) steps.push_back(step_json(*e, catalogue, s));
    nlohmann::json doc = {{"title", routine.name}, {"description", routine.description}, {"when", routine.when},
                          {"note", routine.note},  {"clinic", clinic},                   {"link", link},
                          {"qr", qr},              {"steps", steps}};
    // replace: text from a custom routine that is not UTF-8 must not throw
    return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace unclench
