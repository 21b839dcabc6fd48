#include "core/key_value_store.h"

namespace unclench {

int64_t utf16_length(const std::string& utf8) {
    // Every code point is one unit except those above U+FFFF (4-byte UTF-8), which are a surrogate pair.
    int64_t units = 0;
    for (unsigned char c : utf8) {
        if ((c & 0xC0) == 0x80) continue;      // continuation byte
        units += (c >= 0xF0) ? 2 : 1;
    }
    return units;
}

//-----------------------------------------------------------------------------
// MemoryStore
//-----------------------------------------------------------------------------

StoreRead MemoryStore::get(const std::string& key) {
    if (fail_reads) return {StoreStatus::Unavailable, std::nullopt};
    auto it = items_.find(key);
    if (it == items_.end()) return {};
    return {StoreStatus::Ok, it->second};
}

StoreStatus MemoryStore::set(const std::string& key, const std::string& value) {
    if (fail_writes) return StoreStatus::Unavailable;
    if (quota >= 0) {
        auto it = items_.find(key);
        int64_t old_units = (it == items_.end()) ? 0 : utf16_length(key) + utf16_length(it->second);
        int64_t new_units = utf16_length(key) + utf16_length(value);
        if (used_units() - old_units + new_units > quota) return StoreStatus::QuotaExceeded;
    }
    items_[key] = value;
    writes++;
    return StoreStatus::Ok;
}

StoreStatus MemoryStore::remove(const std::string& key) {
    if (fail_writes) return StoreStatus::Unavailable;
    items_.erase(key);
    return StoreStatus::Ok;
}

StoreKeys MemoryStore::keys_with_prefix(const std::string& prefix) {
    if (fail_reads) return {StoreStatus::Unavailable, {}};
    StoreKeys out;
    for (auto it = items_.lower_bound(prefix); it != items_.end(); ++it) {
        if (it->first.compare(0, prefix.size(), prefix) != 0) break;
        out.keys.push_back(it->first);
    }
    return out;
}

int64_t MemoryStore::used_units() const {
    return used_units("");
}

int64_t MemoryStore::used_units(const std::string& prefix) const {
    int64_t units = 0;
    for (const auto& [key, value] : items_)
        if (key.compare(0, prefix.size(), prefix) == 0) units += utf16_length(key) + utf16_length(value);
    return units;
}

} // namespace unclench
