// One function a screen: each draws itself and sends intents to the App.
#pragma once

namespace unclench {

class App;

void draw_home(App& app);
void draw_about(App& app);

} // namespace unclench
