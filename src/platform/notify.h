// A system notification when a care timer ends or care is due while the app is open but hidden, where
// the browser allows it (a secure page, not a cross-origin iframe, permission given).
#pragma once
#include <cstdint>
#include <string>

namespace unclench::web {

enum class NotifyState { Unsupported, Default, Granted, Denied };

NotifyState notify_state();
void request_notifications();   // asks once; call from a tap
// Shows `title` at the wall time given if the page is hidden then (visible: the screen says it).
// The same key replaces an earlier one.
void notify_at(const std::string& key, const std::string& title, const std::string& body, int64_t at_wall_ms);
void cancel_notify(const std::string& key);

} // namespace unclench::web
