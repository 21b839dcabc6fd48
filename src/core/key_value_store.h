// The storage boundary: a string-to-string store shaped like the browser's localStorage.
// The browser implementation (EM_JS over window.localStorage) lives in src/platform; MemoryStore here
// is the test double and the in-memory fallback. Every call reports failure as a value, never throws.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace unclench {

enum class StoreStatus {
    Ok,
    QuotaExceeded,   // set() only: the browser's QuotaExceededError
    Unavailable,     // storage blocked, disabled, or threw for any other reason
};

// Ok with no value means the key is absent.
struct StoreRead {
    StoreStatus status = StoreStatus::Ok;
    std::optional<std::string> value;
};

struct StoreKeys {
    StoreStatus status = StoreStatus::Ok;
    std::vector<std::string> keys;
};

class KeyValueStore {
public:
    virtual ~KeyValueStore() = default;
    virtual StoreRead get(const std::string& key) = 0;
    virtual StoreStatus set(const std::string& key, const std::string& value) = 0;
    virtual StoreStatus remove(const std::string& key) = 0;
    virtual StoreKeys keys_with_prefix(const std::string& prefix) = 0;
};

// localStorage measures its quota in UTF-16 code units of keys plus values; so do we.
int64_t utf16_length(const std::string& utf8);

//-----------------------------------------------------------------------------
// MemoryStore: a map, with an optional quota and switchable failures for tests.
//-----------------------------------------------------------------------------

class MemoryStore : public KeyValueStore {
public:
    StoreRead get(const std::string& key) override;
    StoreStatus set(const std::string& key, const std::string& value) override;
    StoreStatus remove(const std::string& key) override;
    StoreKeys keys_with_prefix(const std::string& prefix) override;

    // Units (UTF-16 code units of keys and values) the whole store may hold; negative = unlimited.
    int64_t quota = -1;
    bool fail_reads = false;    // get() and keys_with_prefix() report Unavailable
    bool fail_writes = false;   // set() and remove() report Unavailable
    int writes = 0;             // successful set() calls, so tests can see what a save touched

    int64_t used_units() const;
    int64_t used_units(const std::string& prefix) const;
    const std::map<std::string, std::string>& items() const { return items_; }

private:
    std::map<std::string, std::string> items_;
};

} // namespace unclench
