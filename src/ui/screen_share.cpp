// Share a routine (a link that carries it, a QR code, a printable handout) and open one that was
// shared: preview first, import only when the person says so, and a plain message for a bad link.
#include <nlohmann/json.hpp>

#include "core/catalogue_json.h"

#include "core/share_code.h"
#include "icons.h"
#include "platform/embed_bridge.h"
#include "platform/page_url.h"
#include "platform/share_link.h"
#include "ui/app.h"
#include "ui/embed_ui.h"
#include "ui/qr_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"

namespace unclench {

using namespace builder_ui;

namespace {

//-----------------------------------------------------------------------------
// Share: the link, its QR code, and the handout, made once per routine
//-----------------------------------------------------------------------------

struct ShareCache {
    Routine routine;
    std::string fragment, url;
    QrMatrix qr;
    bool made = false;
    std::string status;   // "Link copied", shown after a tap
};
ShareCache g_share;

void make_share(const Routine& r) {
    if (g_share.made && g_share.routine == r) return;
    g_share = ShareCache{};
    g_share.routine = r;
    g_share.made = true;
    SharedRoutine shared{r, times_per_day_from(r.when)};
    if (auto fragment = encode_share_fragment(shared)) {
        g_share.fragment = *fragment;
        g_share.url = web::share_url(*fragment);
        g_share.qr = make_qr(g_share.url);
    }
}

// The handout page renders this document with DOM text only (handout.js): names, doses, how-to.
std::string handout_json(App& app, const Routine& r) {
    nlohmann::json steps = nlohmann::json::array();
    for (const RoutineStep& s : r.steps) {
        const Exercise* e = app.catalogue().exercise(s.exercise);
        if (!e) continue;
        steps.push_back({{"name", e->name}, {"dose", step_dose_text(app.catalogue(), s)}, {"start", e->start},
                         {"how", e->steps}, {"cautions", e->cautions}, {"note", s.note}});
    }
    nlohmann::json rows = nlohmann::json::array();
    for (int y = 0; y < g_share.qr.size; y++) {
        std::string row;
        for (int x = 0; x < g_share.qr.size; x++) row += g_share.qr.dark[(size_t)y * g_share.qr.size + x] ? '1' : '0';
        rows.push_back(row);
    }
    const EmbedOptions& o = web::embed_options();
    return nlohmann::json{{"title", r.name}, {"description", r.description}, {"when", r.when}, {"note", r.note},
                          {"clinic", o.clinic.value_or("")}, {"link", g_share.url}, {"qr", rows}, {"steps", steps}}
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void draw_share_actions(App& app, const Routine& r) {
    if (big_button("Copy link", ICON_CONTENT_COPY, ButtonStyle::Primary))
        g_share.status = web::copy_text(g_share.url) ? "Link copied. Paste it into a message or an email."
                                                     : "This browser cannot copy. Press and hold the link above to copy it.";
    if (web::can_native_share() && big_button("Send with…", ICON_SHARE, ButtonStyle::Secondary))
        web::native_share(r.name, g_share.url);
    if (big_button("Printable handout", ICON_PRINT, ButtonStyle::Secondary)) web::open_handout(handout_json(app, r));
    if (web::embed_in_frame() && big_button("Open in the full app", ICON_OPEN_IN_NEW, ButtonStyle::Secondary))
        web::open_full_app(g_share.fragment);
    if (!g_share.status.empty()) {
        muted(g_share.status.c_str());
        mirror_status(g_share.status.c_str());
    }
}

//-----------------------------------------------------------------------------
// Shared routine: decoded once per link
//-----------------------------------------------------------------------------

struct OpenedLink {
    std::string fragment;
    ShareDecodeResult result;
    bool decoded = false;
};
OpenedLink g_link;

// A shared routine never replaces a built-in one: it gets its own id.
std::string import_id(App& app, const std::string& id) {
    for (const Routine& r : app.builtin_routines())
        if (r.id == id) return (id.size() > 56 ? id.substr(0, 56) : id) + "-shared";
    return id;
}

void draw_step_preview(App& app, const RoutineStep& s, int i) {
    const Exercise* e = app.catalogue().exercise(s.exercise);
    std::string title = std::to_string(i + 1) + ". " + (e ? e->name : s.exercise);
    begin_card();
    ImGui::PushFont(widget_theme().bold, 0.0f);
    ImGui::TextWrapped("%s", title.c_str());
    ImGui::PopFont();
    muted(step_dose_text(app.catalogue(), s).c_str());
    if (!s.note.empty()) paragraph(s.note.c_str());
    end_card();
}

void draw_link_error(App& app) {
    ImGui::PushFont(widget_theme().bold, type::kHeading);
    ImGui::PushStyleColor(ImGuiCol_Text, widget_theme().pal.danger);
    ImGui::TextWrapped("%s  This link can't be opened", ICON_WARNING);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    mirror_status(("Link error: " + std::string(share_error_name(g_link.result.error))).c_str());
    paragraph(g_link.result.message.c_str());
    for (const std::string& d : g_link.result.details) muted(d.c_str());
    muted("Nothing was saved. Ask whoever sent it for the link again.");
    ImGui::Dummy(ImVec2(1, 8));
    if (big_button("Go to Home", ICON_HOME, ButtonStyle::Primary)) {
        web::clear_fragment();
        app.home();
    }
}

void import_routine(App& app, const SharedRoutine& shared) {
    Routine r = shared.routine;
    r.id = import_id(app, r.id);
    app.progress().save_routine(CustomRoutine{r.id, routine_to_json(r).dump()});
    web::clear_fragment();
    g_link = OpenedLink{};
    app.home();
    app.go(ScreenId::RoutineDetail, r.id);
}

} // namespace

//-----------------------------------------------------------------------------
// The screens
//-----------------------------------------------------------------------------

void draw_share(App& app, FrameNeeds&) {
    if (begin_screen("Share", true)) { app.back(); g_share.status.clear(); }
    const Routine* found = app.find_routine(app.route().param);
    if (!found) {
        paragraph("This routine is no longer here.");
        end_screen();
        return;
    }
    Routine r = *found;
    make_share(r);
    section_title(r.name.c_str());
    if (g_share.url.empty()) {
        paragraph("This routine is too long to fit in a link. Remove an exercise or shorten the notes, then try again.");
        end_screen();
        return;
    }
    muted("The routine travels inside the link itself: nothing is uploaded. Whoever opens it sees a preview "
          "and chooses whether to save it.");
    float w = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(1, 4));
    qr_view(g_share.qr, w < 300 ? w : 300, w, "QR code for the link");
    ImGui::Dummy(ImVec2(1, 4));
    ImGui::PushFont(nullptr, type::kSmall);
    muted(g_share.url.c_str());
    ImGui::PopFont();
    mirror_status(("Share link: " + g_share.url).c_str());
    draw_share_actions(app, r);
    end_screen();
}

void draw_shared_routine(App& app, FrameNeeds&) {
    const std::string& fragment = app.route().param;
    if (!g_link.decoded || g_link.fragment != fragment) {
        g_link.fragment = fragment;
        g_link.result = decode_share_fragment(fragment, app.catalogue());
        g_link.decoded = true;
    }
    if (begin_screen("Shared routine", true)) { web::clear_fragment(); app.back(); }
    draw_clinic_banner(app);
    if (!g_link.result.shared) {
        draw_link_error(app);
        end_screen();
        return;
    }
    const SharedRoutine& shared = *g_link.result.shared;
    const Routine& r = shared.routine;
    section_title(r.name.c_str());
    if (!r.description.empty()) muted(r.description.c_str());
    if (shared.times_per_day > 0) paragraph(times_per_day_text(shared.times_per_day).c_str());
    else if (!r.when.empty()) paragraph(r.when.c_str());
    ImGui::Dummy(ImVec2(1, 6));
    for (int i = 0; i < (int)r.steps.size(); i++) draw_step_preview(app, r.steps[i], i);
    if (!r.note.empty()) paragraph(r.note.c_str());
    muted("Someone shared this routine with you. Stop any exercise that makes the pain worse.");
    ImGui::Dummy(ImVec2(1, 6));
    bool save = big_button("Save to my routines", ICON_DOWNLOAD, ButtonStyle::Primary);
    bool dismiss = big_button("Not now", nullptr, ButtonStyle::Secondary);
    end_screen();
    if (save) {
        import_routine(app, SharedRoutine(shared));   // a copy: importing forgets the opened link
    } else if (dismiss) {
        web::clear_fragment();
        app.home();
    }
}

} // namespace unclench
