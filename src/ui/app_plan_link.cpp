// The App's intents for a clinician's plan that came by link (core/plan_link.h): follow it, keep it
// until an episode starts, hand control back to the app's own rules.
#include "ui/app.h"
#include "ui/platform.h"

namespace unclench {

std::vector<std::string> App::builtin_routine_ids() const {
    std::vector<std::string> ids;
    for (const Routine& r : routines_) ids.push_back(r.id);
    return ids;
}

// With an episode the plan applies at once; without one it waits for "My back has gone", which asks
// what the plan needs first (when, how bad) and the emergency signs again.
void App::follow_clinician_plan(const ClinicianPlan& plan) {
    platform_->clear_fragment();
    RecoveryRecord record = recovery();
    if (!record.episode) {
        plan_pending_ = plan;
        home();
        go(ScreenId::EpisodeStart);
        return;
    }
    apply_clinician_plan(*record.episode, plan);
    save_recovery(record);
    home();
}

// The embedding clinic's page hears of the phase the plan set, as of any other phase change.
void App::apply_clinician_plan(Episode& episode, const ClinicianPlan& plan) {
    RecoveryPhase from = current_phase(episode);
    set_clinician_plan(episode, plan, today(), wall_s_);
    if (from != plan.phase)
        platform_->embed_phase_changed({from, plan.phase, plan_status(episode, today()).set_by, day_of_episode(episode, today()), true});
}

void App::hand_back_plan() {
    RecoveryRecord record = recovery();
    if (!record.episode || !record.episode->clinician_in_control) return;
    hand_back_control(*record.episode);
    save_recovery(record);
}

} // namespace unclench
