// The app side of embedding and links: requests that arrive from outside the app (a clinic's commands,
// the iframe URL's options, a share link in the address) turned into app intents, and the clinic's
// name shown to the patient.
#pragma once

namespace unclench {

class App;

// Call once per frame before App::frame (web_main does): applies queued embed commands, opens a share
// link found in the address at start-up or opened later, and keeps the clinic's accent colour.
void apply_page_requests(App& app);

// "Prescribed by <clinic>" (embed option), and in a frame the way out to the full app. Draws nothing
// when neither applies. For the top of Home and of the shared routine preview.
void draw_clinic_banner(App& app);

} // namespace unclench
