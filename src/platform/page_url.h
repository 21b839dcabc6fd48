// The page's own address: query (embedding options) and fragment (share links).
#pragma once
#include <string>

namespace unclench::web {

std::string page_query();      // location.search, with its '?'
std::string page_fragment();   // location.hash, with its '#'
void clear_fragment();         // drops the fragment from the address bar without a reload

} // namespace unclench::web
