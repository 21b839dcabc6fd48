#include "ui_harness.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "core/safety_check.h"

namespace unclench {

// Forwards to the shared store, so a test keeps its hands on it while the App owns a store.
class SharedStore : public KeyValueStore {
public:
    explicit SharedStore(std::shared_ptr<MemoryStore> s) : s_(std::move(s)) {}
    StoreRead get(const std::string& key) override { return s_->get(key); }
    StoreStatus set(const std::string& key, const std::string& value) override { return s_->set(key, value); }
    StoreStatus remove(const std::string& key) override { return s_->remove(key); }
    StoreKeys keys_with_prefix(const std::string& prefix) override { return s_->keys_with_prefix(prefix); }
private:
    std::shared_ptr<MemoryStore> s_;
};

void seed_safety_answers(KeyValueStore& store, int64_t now_s) {
    nlohmann::json answers = nlohmann::json::array();
    for (const SafetyQuestion& q : safety_questions()) answers.push_back({q.id, 0, now_s});
    store.set("unclench/default/v2/safety", nlohmann::json{{"answers", answers}, {"clinician", 0}, {"clinician_at", 0}}.dump());
}

UiHarness::UiHarness(bool first_run, std::shared_ptr<MemoryStore> s) : store(s ? std::move(s) : std::make_shared<MemoryStore>()) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;   // textures are "uploaded" by frame()
    io.DisplaySize = ImVec2(390, 844);
    io.DisplayFramebufferScale = ImVec2(1, 1);
    if (!first_run) {
        int64_t quota = store->quota;
        store->quota = -1;
        seed_safety_answers(*store, wall_ms / 1000);
        store->quota = quota;
    }
    app.tick(monotonic_ms, wall_ms, 0);
    app.init(platform, std::make_unique<SharedStore>(store), "");
    frame();
}

UiHarness::~UiHarness() { ImGui::DestroyContext(context_); }

// What a renderer would do with the font atlas: take every texture as uploaded.
static void accept_textures() {
    ImDrawData* dd = ImGui::GetDrawData();
    if (!dd || !dd->Textures) return;
    for (ImTextureData* t : *dd->Textures) {
        if (t->Status == ImTextureStatus_WantCreate || t->Status == ImTextureStatus_WantUpdates) {
            t->SetTexID((ImTextureID)1);
            t->SetStatus(ImTextureStatus_OK);
        } else if (t->Status == ImTextureStatus_WantDestroy) {
            t->SetTexID(ImTextureID_Invalid);
            t->SetStatus(ImTextureStatus_Destroyed);
        }
    }
}

FrameNeeds UiHarness::frame() {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    app.tick(monotonic_ms, wall_ms, 0);
    ImGui::NewFrame();
    FrameNeeds needs = app.frame(frame_ms);
    ImGui::Render();
    accept_textures();
    return needs;
}

void UiHarness::wait(int64_t ms) {
    while (ms > 0) {
        int64_t step = ms < 250 ? ms : 250;
        monotonic_ms += step;
        wall_ms += step;
        frame_ms += (double)step;
        ms -= step;
        frame();
    }
}

const MirrorItem* UiHarness::find(const std::string& name) const {
    for (const MirrorItem& m : mirror_items())
        if (m.name == name || m.name.rfind(name + ".", 0) == 0) return &m;
    return nullptr;
}

bool UiHarness::shows_text_containing(const std::string& part) const {
    for (const MirrorItem& m : mirror_items())
        if (m.name.find(part) != std::string::npos) return true;
    return false;
}

// The title bar covers the top 80 px; the wheel scrolls the screen's body.
bool UiHarness::scroll_into_view(const std::string& name) {
    for (int i = 0; i < 60; i++) {
        const MirrorItem* m = find(name);
        if (!m) return false;
        float h = ImGui::GetIO().DisplaySize.y;
        // Under the title bar (80 px) or above the screen: scroll up; below it: down. The bar's own
        // buttons (Back) stand wholly inside it and are tapped where they are.
        bool above = m->min.y < 0 || (m->min.y < 80 && m->max.y > 80);
        if (!above && m->max.y <= h - 4) return true;
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(195, h / 2);
        io.AddMouseWheelEvent(0, m->min.y < 80 ? 1.5f : -1.5f);
        settle();
    }
    return find(name) != nullptr;
}

// A new screen's cards size themselves a frame late, moving what is below them: a tap aimed before the
// widgets stand still would land where a widget no longer is (as the browser tests' settled()).
void UiHarness::settle() {
    std::string before = mirror_widgets_json();
    for (int i = 0; i < 12; i++) {
        frame();
        std::string now = mirror_widgets_json();
        if (now == before) return;
        before.swap(now);
    }
}

bool UiHarness::tap(const std::string& name) {
    settle();
    if (!scroll_into_view(name)) return false;
    const MirrorItem* m = find(name);
    ImVec2 at((m->min.x + m->max.x) * 0.5f, (m->min.y + m->max.y) * 0.5f);
    // A finger lands, presses and lifts, each seen by its own frame (ImGui gives a touch no hover
    // before it lands, and takes one button change a frame).
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(at.x, at.y);
    frame();
    io.AddMouseButtonEvent(0, true);
    frame();
    io.AddMouseButtonEvent(0, false);
    frame();
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);   // a lifted finger leaves no hover behind
    settle();
    return true;
}

} // namespace unclench
