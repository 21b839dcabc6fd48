#include "ui/safety_gate.h"

#include <algorithm>

#include "core/catalogue.h"
#include "core/safety_check.h"
#include "ui/app.h"

namespace unclench {

static const SafetyRecord& record(App& app) { return app.progress().data().safety; }

bool safety_gate_blocks_start(App& app) {
    return !safety_verdict(record(app)).routines_allowed || emergency_recheck_due(record(app), app.wall_s());
}

bool safety_gate_redirect(App& app) {
    if (!safety_gate_blocks_start(app)) return false;
    if (app.route().screen != ScreenId::Safety) app.go(ScreenId::Safety);
    return true;
}

void open_first_run_check(App& app) {
    if (app.first_run_check_offered) return;   // once per page load: backing out of the check is allowed
    app.first_run_check_offered = true;
    bool due = safety_check_pending(record(app)) || emergency_recheck_due(record(app), app.wall_s());
    if (due && app.route().screen != ScreenId::Safety) app.go(ScreenId::Safety);
}

std::vector<std::string> reported_conditions(App& app) { return reported_conditions(record(app)); }

bool advised_against(App& app, const Exercise& exercise) {
    for (const std::string& c : reported_conditions(app))
        if (std::find(exercise.avoid_if.begin(), exercise.avoid_if.end(), c) != exercise.avoid_if.end()) return true;
    return false;
}

} // namespace unclench
