// Real frames of the real screens, natively: Dear ImGui with no renderer, the App on a MemoryStore and a
// RecordingPlatform, and a clock the test moves. Widgets are found by their accessible names (the
// accessibility mirror's items, as the browser tests find them) and tapped with ImGui mouse events.
#pragma once
#include <memory>
#include <string>

#include "app/recording_platform.h"
#include "core/key_value_store.h"
#include "ui/app.h"
#include "ui/mirror.h"

namespace unclench {

class UiHarness {
public:
    // A phone-sized screen; the safety check answered "no" unless `first_run`. `store` may be
    // prepared (a quota, failures) before the App reads it.
    explicit UiHarness(bool first_run = false, std::shared_ptr<MemoryStore> store = nullptr);
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    FrameNeeds frame();                          // one frame at the current time
    void settle();                               // frames until the widgets stand still
    void wait(int64_t ms);                       // time passes, a frame every 250 ms (and at the end)
    std::string screen() const { return app.drawn_screen_id(); }
    const MirrorItem* find(const std::string& name) const;   // exact name, or the name then ". ..."
    bool shows(const std::string& name) const { return find(name) != nullptr; }
    bool shows_text_containing(const std::string& part) const;
    // Scrolls until the widget is fully on screen, then presses and releases it: false if not found.
    bool tap(const std::string& name);

    RecordingPlatform platform;
    std::shared_ptr<MemoryStore> store;
    App app;
    int64_t monotonic_ms = 1000;
    int64_t wall_ms = 1780000000000;   // 2026-05-28
    double frame_ms = 1000;

private:
    bool scroll_into_view(const std::string& name);
    struct ImGuiContext* context_ = nullptr;
};

// Answers every safety question "no" in the store, as a returning person would have it.
void seed_safety_answers(KeyValueStore& store, int64_t now_s);

} // namespace unclench
