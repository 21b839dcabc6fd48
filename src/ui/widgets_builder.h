// Form widgets for the routine builder (and anything that edits numbers or text): a stepper with big
// minus and plus buttons, a labelled text field, and a row of choices. Each reports to the
// accessibility mirror. Also the plain-words dose of a routine step, shared by builder and share.
#pragma once
#include "core/plan_text.h"   // step_dosage, step_dose_text
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/routine.h"

namespace unclench::builder_ui {

// "Hold  30 s" with [-] [+]. Returns true when the value changed. Mirror names: "Less <label>",
// "More <label>", and a status "<label>: <value> <unit>".
bool stepper(const char* label, int* value, int min, int max, int step, const char* unit);

// A label above a full-width text field of at least the touch size. Returns true when edited.
bool text_field(const char* label, std::string* text, size_t max_bytes, const char* hint = nullptr);

// One row of mutually exclusive choices; returns true when another one was picked.
bool choice_row(const char* label, const std::vector<const char*>& options, int* current);

// A non-interactive line the tests and screen readers can find: the last item's rectangle, named.
void mirror_status(const char* name);

// A quiet card behind the next group of widgets; end_card() closes it.
void begin_card();
void end_card();

//---- Plain words for a step's dose, as the session will play it


// How often a day, kept in a routine's "when" line ("Twice a day"); 0 when it says nothing of it.
std::string times_per_day_text(int times);
int times_per_day_from(const std::string& when);

} // namespace unclench::builder_ui
