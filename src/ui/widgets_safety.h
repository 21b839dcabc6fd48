// Widgets of the safety check: a big yes/no switch row for one question, and a coloured advice card.
#pragma once
#include <imgui.h>

namespace unclench {

// A full-width row: the question (and a muted line on why it matters) with a Yes/No switch. Tapping
// anywhere on the row flips it. Mirrored as a checkbox named by the question. Returns true when flipped.
bool yes_no_row(const char* question, const char* why, bool* yes);

// A card with a bold headline and a body, with a coloured edge (the palette's danger, accent or success).
void advice_card(const char* headline, const char* body, ImU32 edge);

} // namespace unclench
