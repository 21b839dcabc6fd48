// What the storage layer tells the person: something was repaired, kept aside, or could not be saved.
// The UI shows these; nothing here is a failure that stops the app.
#pragma once
#include <string>
#include <vector>

namespace unclench {

enum class NoticeKind {
    Quarantined,          // a stored value was damaged; its text is kept aside, the valid part kept
    Adjusted,             // a setting was out of range or the wrong type and was corrected
    StorageFull,          // the browser refused the write (quota); data is kept in memory as pending
    StorageUnavailable,   // storage cannot be read or written; the app runs from memory
    Migrated,             // data from an older version was converted
    NewerFormat,          // data written by a newer version; we read what we can and do not write
    Import,               // something in an imported backup was skipped
    Synced,               // another tab changed the data and we merged it
    Saved,                // data that could not be saved before is now stored (save_retry.h)
};

struct Notice {
    NoticeKind kind = NoticeKind::Adjusted;
    std::string key;       // the storage key (without namespace) or field it is about; may be empty
    std::string message;   // plain words for the person
};

using Notices = std::vector<Notice>;

// The data could not be stored (storage full or unusable): these ask for a backup, and a retry clears them.
inline bool is_storage_problem(NoticeKind kind) {
    return kind == NoticeKind::StorageFull || kind == NoticeKind::StorageUnavailable;
}

} // namespace unclench
