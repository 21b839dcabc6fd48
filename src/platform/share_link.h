// Sharing from the browser: the app's own address for links, the clipboard, the system share sheet,
// and opening the printable handout or the full app in a new tab. Nothing leaves the device except
// through what the person chooses (a copied link, a share sheet).
#pragma once
#include <string>

namespace unclench::web {

std::string app_url();                       // origin + path, no query or fragment
std::string share_url(const std::string& fragment);   // app_url() + "#r=1...."

bool copy_text(const std::string& text);     // false when the browser has no clipboard API
bool can_native_share();                     // navigator.share exists (phones)
void native_share(const std::string& title, const std::string& url);

// handout.html with the handout document (JSON) in its fragment, in a new tab.
void open_handout(const std::string& handout_json);
// The app at the top level (out of the clinic's frame), with an optional share fragment to import.
void open_full_app(const std::string& fragment);

// A share link opened while the app is already running (the fragment changed): true once per change.
bool take_new_share_fragment(std::string& fragment);

} // namespace unclench::web
