// The printable handout of a routine: the JSON document web/handout.html lays out (handout.js reads
// it as text only, never as HTML). Every field is a string unless said:
//
//   title, description, when, note      the routine's
//   clinic                              the prescribing clinic's name, or ""
//   link                                the share link that carries the routine
//   qr                                  list: the link's QR code, one string of '0'/'1' per module row
//   steps                               list, one per step whose exercise the catalogue has:
//                                       name, dose ("Hold 30 s · 3 times"), start, how (list of lines),
//                                       cautions (list), note
#pragma once
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/routine.h"

namespace unclench {

// A QR code's modules (size * size, row by row, non-zero = dark) as the handout's rows of '0'/'1'.
// A module missing from a short list reads as light.
std::vector<std::string> qr_rows(int size, const std::vector<unsigned char>& dark);

std::string handout_json(const Routine& routine, const Catalogue& catalogue, const std::string& link,
                         const std::vector<std::string>& qr, const std::string& clinic);

} // namespace unclench
