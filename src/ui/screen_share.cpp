// Share a routine (a link that carries it, a QR code, a printable handout) and open one that was
// shared: preview first, import only when the person says so, and a plain message for a bad link.
#include <nlohmann/json.hpp>

#include "core/catalogue_json.h"

#include "core/handout.h"
#include "core/share_code.h"
#include "icons.h"
#include "ui/app.h"
#include "ui/embed_ui.h"
#include "ui/platform.h"
#include "ui/qr_view.h"
#include "ui/notices_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "ui/widgets_builder.h"

namespace unclench {

using namespace builder_ui;

namespace {

//-----------------------------------------------------------------------------
// Share: the link, its QR code, and the handout, made once per routine
//-----------------------------------------------------------------------------

struct ShareState : ScreenState {
    Routine routine;
    std::string fragment, url;
    QrMatrix qr;
    bool made = false;
    std::string status;   // "Link copied", shown after a tap
};
void make_share(App& app, ShareState& st, const Routine& r) {
    if (st.made && st.routine == r) return;
    st.routine = r;
    st.made = true;
    st.fragment.clear();
    st.url.clear();
    st.qr = QrMatrix{};
    SharedRoutine shared{r, times_per_day_from(r.when)};
    if (auto fragment = encode_share_fragment(shared)) {
        st.fragment = *fragment;
        st.url = app.platform().share_url(*fragment);
        st.qr = make_qr(st.url);
    }
}

void draw_share_actions(App& app, ShareState& st, const Routine& r) {
    Platform& p = app.platform();
    if (big_button("Copy link", ICON_CONTENT_COPY, ButtonStyle::Primary))
        st.status = p.copy_text(st.url) ? "Link copied. Paste it into a message or an email."
                                        : "This browser cannot copy. Press and hold the link above to copy it.";
    if (p.can_native_share() && big_button("Send with…", ICON_SHARE, ButtonStyle::Secondary)) p.native_share(r.name, st.url);
    if (big_button("Printable handout", ICON_PRINT, ButtonStyle::Secondary)) p.open_handout(handout_json(r, app.catalogue(), st.url, qr_rows(st.qr.size, st.qr.dark),
                                                                             p.embed_options().clinic.value_or("")));
    if (p.embed_in_frame() && big_button("Open in the full app", ICON_OPEN_IN_NEW, ButtonStyle::Secondary))
        p.open_full_app(st.fragment);
    if (!st.status.empty()) {
        muted(st.status.c_str());
        mirror_status(st.status.c_str());
    }
}

//-----------------------------------------------------------------------------
// Shared routine: decoded once per link
//-----------------------------------------------------------------------------

struct OpenedLink : ScreenState {
    std::string fragment;
    ShareDecodeResult result;
    bool decoded = false;
};

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

void draw_link_error(App& app, const OpenedLink& link) {
    ImGui::PushFont(widget_theme().bold, type::kHeading);
    ImGui::PushStyleColor(ImGuiCol_Text, widget_theme().pal.danger);
    ImGui::TextWrapped("%s  This link can't be opened", ICON_WARNING);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    mirror_status(("Link error: " + std::string(share_error_name(link.result.error))).c_str());
    paragraph(link.result.message.c_str());
    for (const std::string& d : link.result.details) muted(d.c_str());
    muted("Nothing was saved. Ask whoever sent it for the link again.");
    ImGui::Dummy(ImVec2(1, 8));
    if (big_button("Go to Home", ICON_HOME, ButtonStyle::Primary)) {
        app.platform().clear_fragment();
        app.home();
    }
}

void import_routine(App& app, const SharedRoutine& shared) {
    Routine r = shared.routine;
    r.id = import_id(app, r.id);
    app.save_routine(r);
    app.platform().clear_fragment();
    app.home();
    app.go(ScreenId::RoutineDetail, r.id);
}

} // namespace

//-----------------------------------------------------------------------------
// The screens
//-----------------------------------------------------------------------------

void draw_share(App& app, FrameNeeds&) {
    if (begin_screen("Share", true)) { app.back(); end_screen(); return; }
    ShareState& st = app.screen_state<ShareState>();
    const Routine* found = app.find_routine(app.route().param);
    if (!found) {
        paragraph("This routine is no longer here.");
        end_screen();
        return;
    }
    Routine r = *found;
    make_share(app, st, r);
    section_title(r.name.c_str());
    if (st.url.empty()) {
        paragraph("This routine is too long to fit in a link. Remove an exercise or shorten the notes, then try again.");
        end_screen();
        return;
    }
    muted("The routine travels inside the link itself: nothing is uploaded. Whoever opens it sees a preview "
          "and chooses whether to save it.");
    float w = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(1, 4));
    qr_view(st.qr, w < 300 ? w : 300, w, "QR code for the link");
    ImGui::Dummy(ImVec2(1, 4));
    ImGui::PushFont(nullptr, type::kSmall);
    muted(st.url.c_str());
    ImGui::PopFont();
    mirror_status(("Share link: " + st.url).c_str());
    draw_share_actions(app, st, r);
    end_screen();
}

void draw_shared_routine(App& app, FrameNeeds&) {
    const std::string& fragment = app.route().param;
    OpenedLink& link = app.screen_state<OpenedLink>();
    if (!link.decoded || link.fragment != fragment) {
        link.fragment = fragment;
        link.result = decode_share_fragment(fragment, app.catalogue());
        link.decoded = true;
    }
    if (begin_screen("Shared routine", true)) { app.platform().clear_fragment(); app.back(); end_screen(); return; }
    draw_clinic_banner(app);
    draw_notices(app);   // a save refused here (a full quota) is said here
    if (!link.result.shared) {
        draw_link_error(app, link);
        end_screen();
        return;
    }
    const SharedRoutine& shared = *link.result.shared;
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
        app.platform().clear_fragment();
        app.home();
    }
}

} // namespace unclench
