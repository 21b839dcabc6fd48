// The clinic's name shown to the patient, and inside a clinic's frame the way out to the full app.
// (A clinic's commands and links in the address are applied by the App itself: App::frame.)
#pragma once

namespace unclench {

class App;

// "Prescribed by <clinic>" (embed option), and in a frame the way out to the full app. Draws nothing
// when neither applies. For the top of Home and of the shared routine preview.
void draw_clinic_banner(App& app);

} // namespace unclench
