// Body layout, version 1 (every number a varint; ints zigzag; text as text_pack.h writes it):
//   routine mask   bit 0 id, 1 name, 2 description, 3 when, 4 note, 5 during_spasm, 6 timing, 7 times_per_day
//   then the present texts in that order, timing (if bit 6), times_per_day (if bit 7)
//   step count, then each step:
//     exercise id (text)
//     step mask    bit 0 source, 1 hold_s, 2 reps, 3 sets, 4 breaths, 5 sides, 6 timing, 7 note
//     then the present values in that order
//   timing         mask over the 8 TimingOverrides fields in declaration order, then the present values
// Unknown mask bits are refused: a new field needs a new version, never a silent reinterpretation.
#include "core/share_code.h"

#include "core/catalogue_json.h"
#include "core/share_frame.h"
#include "core/embed_protocol.h"
#include "core/text_pack.h"

namespace unclench {

namespace {

const size_t kMaxText = 1000;   // far above any routine rule; the whole link is at most 2,000 characters
const uint64_t kMaxSteps = 40;
const int kMaxNumber = 100000;

using TimingField = std::optional<int> TimingOverrides::*;
const TimingField kTimingFields[] = {
    &TimingOverrides::prepare_s,  &TimingOverrides::rest_between_reps_s, &TimingOverrides::rest_between_sets_s,
    &TimingOverrides::switch_side_s, &TimingOverrides::breath_s,         &TimingOverrides::tempo_up_s,
    &TimingOverrides::tempo_hold_s,  &TimingOverrides::tempo_down_s,
};

//---- Writing

void put_int(std::vector<uint8_t>& out, int v) {
    int64_t w = v;
    put_varint(out, w < 0 ? (uint64_t(-(w + 1)) << 1) | 1u : uint64_t(w) << 1);
}

void put_timing(std::vector<uint8_t>& out, const TimingOverrides& t) {
    unsigned mask = 0;
    for (size_t i = 0; i < 8; i++)
        if (t.*kTimingFields[i]) mask |= 1u << i;
    put_varint(out, mask);
    for (TimingField f : kTimingFields)
        if (t.*f) put_int(out, *(t.*f));
}

void put_step(std::vector<uint8_t>& out, const RoutineStep& s) {
    pack_text(out, s.exercise);
    unsigned mask = (!s.source.empty() ? 1u : 0u) | (s.hold_s ? 2u : 0u) | (s.reps ? 4u : 0u) | (s.sets ? 8u : 0u) |
                    (s.breaths ? 16u : 0u) | (s.sides ? 32u : 0u) | (!s.timing.empty() ? 64u : 0u) |
                    (!s.note.empty() ? 128u : 0u);
    put_varint(out, mask);
    if (!s.source.empty()) pack_text(out, s.source);
    if (s.hold_s) put_int(out, *s.hold_s);
    if (s.reps) put_int(out, *s.reps);
    if (s.sets) put_int(out, *s.sets);
    if (s.breaths) put_int(out, *s.breaths);
    if (s.sides) put_varint(out, uint64_t(*s.sides));
    if (!s.timing.empty()) put_timing(out, s.timing);
    if (!s.note.empty()) pack_text(out, s.note);
}

std::vector<uint8_t> write_body(const SharedRoutine& shared) {
    const Routine& r = shared.routine;
    std::vector<uint8_t> out;
    unsigned mask = (!r.id.empty() ? 1u : 0u) | (!r.name.empty() ? 2u : 0u) | (!r.description.empty() ? 4u : 0u) |
                    (!r.when.empty() ? 8u : 0u) | (!r.note.empty() ? 16u : 0u) | (r.during_spasm ? 32u : 0u) |
                    (!r.timing.empty() ? 64u : 0u) | (shared.times_per_day > 0 ? 128u : 0u);
    put_varint(out, mask);
    for (const std::string* text : {&r.id, &r.name, &r.description, &r.when, &r.note})
        if (!text->empty()) pack_text(out, *text);
    if (!r.timing.empty()) put_timing(out, r.timing);
    if (shared.times_per_day > 0) put_int(out, shared.times_per_day);
    put_varint(out, r.steps.size());
    for (const RoutineStep& s : r.steps) put_step(out, s);
    return out;
}

//---- Reading (any failure leaves ok false; the caller reports "malformed")

struct BodyReader {
    const uint8_t* p;
    const uint8_t* end;
    bool ok = true;

    uint64_t mask(unsigned allowed_bits) {
        uint64_t m = 0;
        ok = ok && get_varint(p, end, m) && (m & ~uint64_t(allowed_bits)) == 0;
        return ok ? m : 0;
    }
    int number() {
        uint64_t z = 0;
        ok = ok && get_varint(p, end, z);
        int64_t v = (z & 1) ? -int64_t(z >> 1) - 1 : int64_t(z >> 1);
        ok = ok && v >= -kMaxNumber && v <= kMaxNumber;
        return ok ? int(v) : 0;
    }
    std::string text() {
        std::string s;
        ok = ok && unpack_text(p, end, s, kMaxText) && is_valid_utf8(s);
        return ok ? s : std::string();
    }
    TimingOverrides timing() {
        TimingOverrides t;
        uint64_t m = mask(0xFF);
        for (size_t i = 0; i < 8 && ok; i++)
            if (m & (1u << i)) t.*kTimingFields[i] = number();
        return t;
    }
};

RoutineStep read_step(BodyReader& in) {
    RoutineStep s;
    s.exercise = in.text();
    uint64_t m = in.mask(0xFF);
    if (m & 1) s.source = in.text();
    if (m & 2) s.hold_s = in.number();
    if (m & 4) s.reps = in.number();
    if (m & 8) s.sets = in.number();
    if (m & 16) s.breaths = in.number();
    if (m & 32) {
        uint64_t sides = 0;
        in.ok = in.ok && get_varint(in.p, in.end, sides) && sides <= uint64_t(SideMode::Alternating);
        if (in.ok) s.sides = SideMode(sides);
    }
    if (m & 64) s.timing = in.timing();
    if (m & 128) s.note = in.text();
    return s;
}

bool read_body(const uint8_t* p, const uint8_t* end, SharedRoutine& shared) {
    BodyReader in{p, end};
    Routine& r = shared.routine;
    uint64_t m = in.mask(0xFF);
    std::string* texts[] = {&r.id, &r.name, &r.description, &r.when, &r.note};
    for (size_t i = 0; i < 5; i++)
        if (m & (1u << i)) *texts[i] = in.text();
    r.during_spasm = (m & 32) != 0;
    if (m & 64) r.timing = in.timing();
    if (m & 128) shared.times_per_day = in.number();
    uint64_t count = 0;
    in.ok = in.ok && get_varint(in.p, in.end, count) && count <= kMaxSteps;
    for (uint64_t i = 0; i < count && in.ok; i++) r.steps.push_back(read_step(in));
    return in.ok && in.p == in.end;
}

//---- Failures

ShareDecodeResult failure(ShareError error, std::string message) {
    ShareDecodeResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

ShareDecodeResult frame_failure(FrameError error) {
    switch (error) {
    case FrameError::NotOurs: return failure(ShareError::Malformed, "This is not a routine link.");
    case FrameError::Incomplete: return failure(ShareError::Malformed, "This routine link is not complete.");
    case FrameError::UnknownVersion:
        return failure(ShareError::UnknownVersion, "This routine link was made by a newer version of Unclench. Update the app and open it again.");
    case FrameError::BadCharacters:
        return failure(ShareError::Malformed, "This routine link contains characters it should not. Copy the whole link again.");
    case FrameError::ExtraBytes: return failure(ShareError::Malformed, "This routine link has extra characters at the end.");
    case FrameError::Tampered:
        return failure(ShareError::Tampered, "This routine link was changed or damaged on the way. Ask for the link again.");
    default: return failure(ShareError::Malformed, "This routine link is cut short. Copy the whole link again.");
    }
}

} // namespace

//---- Public

std::optional<std::string> encode_share_fragment(const SharedRoutine& shared) {
    std::string out = frame_fragment("r", kShareCodeVersion, write_body(shared));
    if (out.size() > kShareMaxChars) return std::nullopt;
    return out;
}

ShareDecodeResult decode_share_fragment(std::string_view fragment, const Catalogue& catalogue) {
    if (fragment.size() > kShareMaxChars)
        return failure(ShareError::Oversized, "This routine link is too long to be one of ours.");
    std::vector<uint8_t> body;
    FrameError framed = unframe_fragment(fragment, "r", kShareCodeVersion, body);
    if (framed != FrameError::None) return frame_failure(framed);

    SharedRoutine shared;
    if (!read_body(body.data(), body.data() + body.size(), shared))
        return failure(ShareError::Malformed, "This routine link could not be read.");
    for (const RoutineStep& s : shared.routine.steps)
        if (!catalogue.exercise(s.exercise))
            return failure(ShareError::UnknownExercise,
                           "This routine uses an exercise this version of Unclench does not have" +
                               (is_embed_id(s.exercise) ? " (" + s.exercise + ")" : std::string()) +
                               ". Update the app and open the link again.");

    LoadResult<Routine> checked = load_routine(routine_to_json(shared.routine), catalogue);
    bool times_ok = shared.times_per_day >= 0 && shared.times_per_day <= 12;
    if (!checked.ok() || !times_ok) {
        ShareDecodeResult r = failure(ShareError::Invalid, "This routine link holds a routine Unclench cannot play safely.");
        for (const Problem& problem : checked.problems) r.details.push_back(to_string(problem));
        if (!times_ok) r.details.push_back("/times_per_day: must be from 1 to 12");
        return r;
    }
    shared.routine = std::move(*checked.data);
    ShareDecodeResult ok;
    ok.shared = std::move(shared);
    return ok;
}

const char* share_error_name(ShareError error) { return name_of(kShareErrorNames, error, "unknown"); }

} // namespace unclench
