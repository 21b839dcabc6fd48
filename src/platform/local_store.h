// localStorage as a KeyValueStore. Every call catches the browser's exceptions (SecurityError when
// storage is blocked in a third-party iframe, QuotaExceededError when full) and reports a status.
#pragma once
#include "core/key_value_store.h"

namespace unclench::web {

class LocalStore : public KeyValueStore {
public:
    StoreRead get(const std::string& key) override;
    StoreStatus set(const std::string& key, const std::string& value) override;
    StoreStatus remove(const std::string& key) override;
    StoreKeys keys_with_prefix(const std::string& prefix) override;
};

// Calls `on_change(key)` when another tab changes localStorage (the "storage" event); key is empty
// when the other tab cleared everything.
void watch_storage_events(void (*on_change)(const std::string& key));

// Calls `on_shown()` when the page becomes visible again: a good moment to retry refused saves (the
// person may have freed space in another app or tab meanwhile).
void watch_page_shown(void (*on_shown)());

} // namespace unclench::web
