// The banner that tells the person what the storage layer noticed: storage full, storage blocked (data
// kept only in this page), damaged data set aside, an older format updated, another tab's sessions
// added. It offers what helps (export a backup, try saving again) and can be dismissed.
#pragma once

namespace unclench {

class App;

// Draws nothing when there is nothing to say. Call at the top of a screen, after begin_screen().
void draw_notices(App& app);

} // namespace unclench
