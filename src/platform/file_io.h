// Files in and out of the page: save text as a download (a Blob and an <a download>), and let the person
// pick a file to read (a hidden <input type=file>). Both must start from a tap: browsers allow a file
// chooser only during a user gesture, and ImGui handles the tap within that gesture's time window.
#pragma once
#include <string>

namespace unclench::web {

// Offers `text` as a file named `file_name` with the given MIME type (e.g. "application/json").
void save_text_file(const std::string& file_name, const std::string& mime, const std::string& text);

// What came back from the file chooser: the file's name and its UTF-8 text, or an error in plain words.
struct PickedFile {
    std::string name;
    std::string text;
    std::string error;   // non-empty when the file could not be read
};

// Opens the file chooser. `accept` is the input's accept list (".json,application/json"). When a file is
// chosen and read, `on_picked` is called once (later, from the browser's event loop) and the app wakes.
void pick_text_file(const char* accept, void (*on_picked)(const PickedFile& file));

} // namespace unclench::web
