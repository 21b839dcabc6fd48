// Saves a text file the app made (a calendar, a backup) through a Blob link: no server involved.
#pragma once
#include <string>

namespace unclench::web {

void download_text(const std::string& file_name, const std::string& mime_type, const std::string& text);

} // namespace unclench::web
