#include "core/save_retry.h"

namespace unclench {

//-----------------------------------------------------------------------------
// When
//-----------------------------------------------------------------------------

RetryAction SaveRetry::on_frame(bool waiting, double now_ms) {
    if (!waiting) {   // no timer, so an idle app sleeps undisturbed
        bool was_waiting = next_ms_ != FramePacer::kNever;
        next_ms_ = FramePacer::kNever;
        soon_ = false;
        return was_waiting ? RetryAction::TellSaved : RetryAction::None;
    }
    bool first = next_ms_ == FramePacer::kNever;
    bool due = soon_ || (!first && now_ms >= next_ms_);
    soon_ = false;
    if (first || due) next_ms_ = now_ms + kEveryMs;
    return due ? RetryAction::Retry : RetryAction::None;
}

//-----------------------------------------------------------------------------
// What the person is told
//-----------------------------------------------------------------------------

Notices notices_after_retry(const Notices& shown, const Notices& result) {
    Notices out = shown;
    for (const Notice& n : result)
        if (!is_storage_problem(n.kind)) out.push_back(n);
    return out;
}

Notices notices_once_saved(const Notices& shown) {
    Notices out;
    for (const Notice& n : shown)
        if (!is_storage_problem(n.kind) && n.kind != NoticeKind::Saved) out.push_back(n);
    out.push_back({NoticeKind::Saved, "", "Saved. Everything you did is stored on this device again."});
    return out;
}

} // namespace unclench
