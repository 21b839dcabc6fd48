// Saves the browser refused (storage full, a write that failed) are tried again by the app itself, not
// only when the person presses "Try saving again": on a timer while something waits, and at once when
// another tab changed storage or the page is shown again (space may have been freed elsewhere).
//
// SaveRetry decides, once a frame on the frame clock, what to do; the app schedules a redraw at
// next_ms() so an idle app still wakes for the retry. The notices_* functions decide what the person
// is told.
#pragma once
#include "core/frame_pacer.h"
#include "core/progress_notice.h"

namespace unclench {

enum class RetryAction {
    None,
    Retry,       // try the waiting saves again now
    TellSaved,   // nothing waits any more (a retry, a later save or another tab wrote it): say so
};

class SaveRetry {
public:
    static constexpr double kEveryMs = 30000;   // often enough to catch freed space, rare enough to be free

    // Asked once a frame: is something waiting to be saved? The first retry comes kEveryMs after saves
    // were first seen waiting, then one every kEveryMs while they keep failing.
    RetryAction on_frame(bool waiting, double now_ms);

    // The next frame retries (another tab wrote, the page became visible), if something is waiting.
    void soon() { soon_ = true; }

    // When the next retry is due, for the frame loop's redraw_at (FramePacer::kNever: nothing waits).
    double next_ms() const { return next_ms_; }

private:
    double next_ms_ = FramePacer::kNever;
    bool soon_ = false;
};

// After a retry: anything new it found (a repaired month) is added, but a storage problem the person
// was already told about (or dismissed) is not repeated.
[[nodiscard]] Notices notices_after_retry(const Notices& shown, const Notices& result);

// Once nothing waits: the storage problems leave the banner and one notice says the data is stored.
[[nodiscard]] Notices notices_once_saved(const Notices& shown);

} // namespace unclench
