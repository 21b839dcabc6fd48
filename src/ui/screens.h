// One function a screen: each draws itself from App state and calls App intents. `needs` says whether
// the screen animates or wants a redraw later (a running timer); most screens leave it alone.
#pragma once

namespace unclench {

class App;
struct FrameNeeds;

void draw_home(App& app, FrameNeeds& needs);
void draw_routines(App& app, FrameNeeds& needs);
void draw_routine_detail(App& app, FrameNeeds& needs);
void draw_player(App& app, FrameNeeds& needs);
void draw_summary(App& app, FrameNeeds& needs);
void draw_settings(App& app, FrameNeeds& needs);
void draw_about(App& app, FrameNeeds& needs);
void draw_exercises(App& app, FrameNeeds& needs);
void draw_exercise_detail(App& app, FrameNeeds& needs);
void draw_care(App& app, FrameNeeds& needs);
void draw_care_timer(App& app, FrameNeeds& needs);
void draw_progress(App& app, FrameNeeds& needs);
void draw_safety(App& app, FrameNeeds& needs);
void draw_builder(App& app, FrameNeeds& needs);
void draw_share(App& app, FrameNeeds& needs);
void draw_shared_routine(App& app, FrameNeeds& needs);
void draw_spasm_check(App& app, FrameNeeds& needs);
void draw_episode_start(App& app, FrameNeeds& needs);
void draw_check_in(App& app, FrameNeeds& needs);
void draw_lessons(App& app, FrameNeeds& needs);
void draw_lesson(App& app, FrameNeeds& needs);
void draw_shared_plan(App& app, FrameNeeds& needs);
void draw_plan_maker(App& app, FrameNeeds& needs);

} // namespace unclench
