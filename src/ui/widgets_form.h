// Form controls sized for touch: a switch, a segmented choice, a number stepper, a 0-10 pain scale,
// a text field and a card. Each reports itself to the accessibility mirror like the other widgets.
#pragma once
#include <string>

namespace unclench {

bool toggle_row(const char* label, bool* value);                               // a labelled switch
bool segmented(const char* label, int* value, const char* const* options, int count);
bool stepper_row(const char* label, int* value, int min, int max, int step, const char* unit);
bool pain_scale(const char* label, int* value);                                 // -1 = not rated
bool text_field(const char* label, std::string* text, float height = 0.0f);   // multi-line when height > 0

// A rounded surface around a group of widgets; returns the inner width.
void begin_card(const char* id, unsigned int tint = 0);
void end_card();

} // namespace unclench
