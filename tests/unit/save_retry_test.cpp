// Saves the browser refused are tried again by the app itself: when, and what the person is told.
#include <doctest/doctest.h>

#include "core/progress_store.h"
#include "core/save_retry.h"

using namespace unclench;

namespace {

const double kNever = FramePacer::kNever;
const double kEvery = SaveRetry::kEveryMs;

int count(const Notices& notices, NoticeKind kind) {
    int n = 0;
    for (const Notice& x : notices) n += x.kind == kind ? 1 : 0;
    return n;
}

const Notice kFull{NoticeKind::StorageFull, "", "full"};
const Notice kFailed{NoticeKind::StorageUnavailable, "", "failed"};
const Notice kRepaired{NoticeKind::Quarantined, "h/2025-11", "repaired"};

} // namespace

//-----------------------------------------------------------------------------
// When
//-----------------------------------------------------------------------------

TEST_CASE("with nothing waiting to be saved there is no retry and no wake-up") {
    SaveRetry retry;
    for (double t = 0; t < 5 * kEvery; t += 1000) CHECK(retry.on_frame(false, t) == RetryAction::None);
    CHECK(retry.next_ms() == kNever);
}

TEST_CASE("a refused save is retried 30 seconds after it was first seen, not before") {
    SaveRetry retry;
    CHECK(retry.on_frame(true, 1000) == RetryAction::None);
    CHECK(retry.next_ms() == doctest::Approx(1000 + kEvery));
    CHECK(retry.on_frame(true, 1000 + kEvery - 1) == RetryAction::None);
    CHECK(retry.on_frame(true, 1000 + kEvery) == RetryAction::Retry);
}

TEST_CASE("while saves keep failing they are retried every 30 seconds, counted from each attempt") {
    SaveRetry retry;
    int attempts = 0;
    for (double t = 0; t <= 10 * kEvery; t += 250) attempts += retry.on_frame(true, t) == RetryAction::Retry;
    CHECK(attempts == 10);
    // An idle app draws no frames: when its wake-up comes late, the next retry is a full wait after it.
    CHECK(retry.on_frame(true, 12.5 * kEvery) == RetryAction::Retry);
    CHECK(retry.next_ms() == doctest::Approx(13.5 * kEvery));
}

TEST_CASE("when nothing waits any more the person is told once, and the timer stops") {
    SaveRetry retry;
    retry.on_frame(true, 0);
    CHECK(retry.on_frame(false, 10) == RetryAction::TellSaved);   // however it got saved
    CHECK(retry.next_ms() == kNever);
    CHECK(retry.on_frame(false, 20) == RetryAction::None);
}

TEST_CASE("a new refusal later starts a fresh wait") {
    SaveRetry retry;
    retry.on_frame(true, 0);
    retry.on_frame(false, 10);
    CHECK(retry.on_frame(true, 5 * kEvery) == RetryAction::None);
    CHECK(retry.next_ms() == doctest::Approx(6 * kEvery));
}

TEST_CASE("another tab's write or the page being shown retries on the next frame, once") {
    SaveRetry retry;
    retry.on_frame(true, 0);
    retry.soon();
    CHECK(retry.on_frame(true, 10) == RetryAction::Retry);
    CHECK(retry.next_ms() == doctest::Approx(10 + kEvery));
    CHECK(retry.on_frame(true, 20) == RetryAction::None);
}

TEST_CASE("asking for a retry soon when nothing waits does nothing, then or later") {
    SaveRetry retry;
    retry.soon();
    CHECK(retry.on_frame(false, 0) == RetryAction::None);
    CHECK(retry.on_frame(true, 10) == RetryAction::None);   // the request was for then, not a later failure
}

//-----------------------------------------------------------------------------
// What the person is told
//-----------------------------------------------------------------------------

TEST_CASE("a retry that fails again does not repeat what the person already knows or dismissed") {
    CHECK(notices_after_retry({kFull}, {kFull}).size() == 1);
    CHECK(notices_after_retry({}, {kFull, kFailed}).empty());
}

TEST_CASE("a retry still reports anything new it found") {
    Notices after = notices_after_retry({kFull}, {kFull, kRepaired});
    CHECK(count(after, NoticeKind::StorageFull) == 1);
    CHECK(count(after, NoticeKind::Quarantined) == 1);
}

TEST_CASE("once saved, the storage notices go and the person is told it is saved") {
    Notices after = notices_once_saved({kFull, kFailed, kRepaired});
    CHECK(count(after, NoticeKind::StorageFull) == 0);
    CHECK(count(after, NoticeKind::StorageUnavailable) == 0);
    CHECK(count(after, NoticeKind::Quarantined) == 1);   // unrelated news stays until dismissed
    CHECK(count(after, NoticeKind::Saved) == 1);
}

TEST_CASE("once saved, the person is told even when the banner had been dismissed, and only once") {
    Notices after = notices_once_saved({});
    REQUIRE(after.size() == 1);
    CHECK(after[0].kind == NoticeKind::Saved);
    CHECK(count(notices_once_saved(after), NoticeKind::Saved) == 1);
}

//-----------------------------------------------------------------------------
// With the store: what the timer waits for
//-----------------------------------------------------------------------------

TEST_CASE("the timer waits for refused writes, not for memory-only data") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(1762156800);
    CHECK_FALSE(store.waiting_to_save());
    mem.quota = mem.used_units();
    store.save_settings(Settings{});
    CHECK(store.waiting_to_save());
    mem.quota = -1;
    store.retry_pending();
    CHECK_FALSE(store.waiting_to_save());

    MemoryStore blocked;
    blocked.fail_reads = true;
    ProgressStore memory_only(blocked, "x");
    memory_only.load(1762156800);
    memory_only.save_settings(Settings{});
    CHECK(memory_only.has_pending());
    CHECK_FALSE(memory_only.waiting_to_save());   // storage must come back first: a reload, or the button
}

TEST_CASE("a timed retry in the app's order: refused, told, retried in vain, freed, saved") {
    MemoryStore mem;
    ProgressStore store(mem, "x");
    store.load(1762156800);
    mem.quota = mem.used_units();
    Notices shown = store.save_settings(Settings{});
    SaveRetry retry;
    double t = 0;
    for (; retry.on_frame(store.waiting_to_save(), t) != RetryAction::Retry; t += 1000) {}
    CHECK(t == doctest::Approx(kEvery));
    shown = notices_after_retry(shown, store.retry_pending());
    CHECK(count(shown, NoticeKind::StorageFull) == 1);

    mem.quota = -1;   // the person freed space
    for (; retry.on_frame(store.waiting_to_save(), t) != RetryAction::Retry; t += 1000) {}
    CHECK(t == doctest::Approx(2 * kEvery));
    shown = notices_after_retry(shown, store.retry_pending());
    REQUIRE(retry.on_frame(store.waiting_to_save(), t + 16) == RetryAction::TellSaved);
    shown = notices_once_saved(shown);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].kind == NoticeKind::Saved);
}
