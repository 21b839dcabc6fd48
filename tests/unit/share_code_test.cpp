#include <doctest/doctest.h>
#include "core/share_code.h"

#include "core/catalogue_json.h"
#include "core/checksum.h"

#include <fstream>
#include <sstream>

using namespace unclench;

namespace {

Exercise exercise(const char* id, WorkKind work, SideMode sides, bool during_spasm) {
    Exercise e;
    e.id = id;
    e.name = id;
    e.sides = sides;
    e.during_spasm = during_spasm;
    Dosage d;
    d.source = "seed-000";
    d.work = work;
    e.dosages.push_back(d);
    Dosage other = d;
    other.source = "seed-003";
    e.dosages.push_back(other);
    return e;
}

// A small stand-in catalogue: these tests are about links, not about the shipped data.
const Catalogue& test_catalogue() {
    static const Catalogue c = [] {
        Catalogue cat;
        cat.sources = {{"seed-000", "000.txt", "A"}, {"seed-003", "003.txt", "B"}};
        cat.exercises = {
            exercise("knee-to-chest", WorkKind::Hold, SideMode::EachSide, true),
            exercise("pelvic-tilt", WorkKind::Reps, SideMode::None, true),
            exercise("cat-cow", WorkKind::Reps, SideMode::None, true),
            exercise("childs-pose", WorkKind::Hold, SideMode::None, true),
            exercise("lower-trunk-rotation", WorkKind::Hold, SideMode::Alternating, true),
            exercise("diaphragmatic-breathing", WorkKind::Breaths, SideMode::None, true),
            exercise("bird-dog", WorkKind::Reps, SideMode::EachSide, false),
        };
        return cat;
    }();
    return c;
}

RoutineStep step(const char* id) {
    RoutineStep s;
    s.exercise = id;
    return s;
}

// What a physiotherapist might really send: six steps, most with changes, notes in plain words.
SharedRoutine realistic_routine() {
    Routine r;
    r.id = "custom-morning-reset";
    r.name = "Gentle morning reset for a stiff lower back";
    r.description = "Six slow movements to loosen the lower back before the working day starts.";
    r.when = "Each morning, and again after sitting for more than an hour.";
    r.note = "Move slowly and stay below the point of pain. Stop and call us if pain spreads down a leg.";
    r.timing.prepare_s = 8;
    r.timing.rest_between_sets_s = 20;
    RoutineStep a = step("diaphragmatic-breathing");
    a.breaths = 8;
    a.timing.breath_s = 8;
    RoutineStep b = step("knee-to-chest");
    b.source = "seed-003";
    b.hold_s = 20;
    b.reps = 3;
    b.sides = SideMode::Alternating;
    b.note = "Pull only as far as feels easy; the other leg may stay bent.";
    RoutineStep c = step("pelvic-tilt");
    c.reps = 10;
    c.sets = 2;
    c.timing.tempo_up_s = 2;
    c.timing.tempo_hold_s = 3;
    c.timing.tempo_down_s = 2;
    RoutineStep d = step("lower-trunk-rotation");
    d.hold_s = 10;
    d.reps = 5;
    d.timing.switch_side_s = 3;
    RoutineStep e = step("cat-cow");
    e.reps = 8;
    e.note = "Small range first, bigger only if it stays comfortable.";
    RoutineStep f = step("childs-pose");
    f.hold_s = 45;
    f.sets = 2;
    r.steps = {a, b, c, d, e, f};
    return {r, 3};
}

SharedRoutine minimal_routine() {
    Routine r;
    r.id = "r";
    r.name = "Short";
    r.description = "One stretch.";
    r.when = "Any time.";
    r.steps = {step("childs-pose")};
    return {r, 0};
}

std::string code_of(const SharedRoutine& s) {
    std::optional<std::string> code = encode_share_fragment(s);
    REQUIRE(code.has_value());
    return *code;
}

// Rebuild a link around different bytes, with a correct checksum, to reach the checks behind it.
std::string link_with_body(const std::vector<uint8_t>& body) {
    std::vector<uint8_t> framed = {uint8_t(body.size())};
    framed.insert(framed.end(), body.begin(), body.end());
    uint32_t crc = crc32(body.data(), body.size());
    for (int shift = 24; shift >= 0; shift -= 8) framed.push_back(uint8_t(crc >> shift));
    return "#r=1." + base64url_encode(framed);
}

std::vector<uint8_t> body_of(const std::string& link) {
    std::vector<uint8_t> bytes = *base64url_decode(link.substr(5));
    return std::vector<uint8_t>(bytes.begin() + 1, bytes.end() - 4);   // bodies under 128 bytes: 1-byte length
}

std::string read_asset(const char* name) {
    std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

TEST_CASE("a shared routine comes back exactly as it was sent") {
    SharedRoutine sent = realistic_routine();
    std::string link = code_of(sent);
    CHECK(link.rfind("#r=1.", 0) == 0);
    ShareDecodeResult got = decode_share_fragment(link, test_catalogue());
    REQUIRE_MESSAGE(got.error == ShareError::None, got.message);
    REQUIRE(got.shared);
    CHECK(got.shared->routine == sent.routine);
    CHECK(got.shared->times_per_day == 3);
    CHECK(decode_share_fragment(link.substr(1), test_catalogue()).shared);   // without the '#'
    CHECK(decode_share_fragment(link + "&lang=de", test_catalogue()).shared);
}

TEST_CASE("a six-step routine with overrides, a long-ish name and notes fits in 600 characters") {
    std::string link = code_of(realistic_routine());
    MESSAGE("realistic link: " << link.size() << " characters");
    CHECK(link.size() <= 600);
    CHECK(code_of(minimal_routine()).size() < 80);
}

TEST_CASE("custom routines with unusual text round-trip") {
    SharedRoutine s = minimal_routine();
    s.routine.name = "Rücken — sanft, 背中";
    s.routine.note = "Quotes \"like this\", a \\ backslash; and 100% honesty.";
    s.routine.during_spasm = true;
    s.routine.steps.push_back(step("knee-to-chest"));
    s.routine.steps.back().sides = SideMode::EachSide;
    ShareDecodeResult got = decode_share_fragment(code_of(s), test_catalogue());
    REQUIRE_MESSAGE(got.shared, got.message);
    CHECK(got.shared->routine == s.routine);
}

TEST_CASE("every built-in routine round-trips through a link") {
    LoadResult<Catalogue> catalogue = load_catalogue(read_asset("catalogue.json"));
    REQUIRE_MESSAGE(catalogue.ok(), "assets/catalogue.json must load");
    LoadResult<std::vector<Routine>> routines = load_routines(read_asset("routines.json"), *catalogue.data);
    REQUIRE_MESSAGE(routines.ok(), "assets/routines.json must load");
    REQUIRE_FALSE(routines.data->empty());
    for (const Routine& r : *routines.data) {
        CAPTURE(r.id);
        std::string link = code_of({r, 2});
        CHECK(link.size() <= kShareMaxChars);
        ShareDecodeResult got = decode_share_fragment(link, *catalogue.data);
        REQUIRE_MESSAGE(got.shared, got.message);
        CHECK(got.shared->routine == r);
        CHECK(got.shared->times_per_day == 2);
    }
}

TEST_CASE("a link that is not ours, or is cut short, is malformed") {
    std::string link = code_of(realistic_routine());
    for (std::string bad : {std::string(""), std::string("#"), std::string("#x=1.abc"), std::string("#r=1"),
                            std::string("#r=.abc"), std::string("#r=1.ab+c"), std::string("#r=1.abc def"),
                            std::string("#r=1.%41%42"), link.substr(0, link.size() - 1), link.substr(0, 40),
                            link + "AAAA", std::string("#r=1.")}) {
        CAPTURE(bad);
        ShareDecodeResult r = decode_share_fragment(bad, test_catalogue());
        CHECK(r.error == ShareError::Malformed);
        CHECK_FALSE(r.shared);
        CHECK_FALSE(r.message.empty());
    }
}

TEST_CASE("a link longer than 2,000 characters is refused before decoding") {
    std::string huge = "#r=1." + std::string(2100, 'A');
    ShareDecodeResult r = decode_share_fragment(huge, test_catalogue());
    CHECK(r.error == ShareError::Oversized);
    CHECK(decode_share_fragment(std::string(5000, '%'), test_catalogue()).error == ShareError::Oversized);
    SharedRoutine wordy = realistic_routine();
    for (RoutineStep& s : wordy.routine.steps) s.note = std::string(390, 'q');
    CHECK_FALSE(encode_share_fragment(wordy).has_value());   // the sender learns it first
}

TEST_CASE("one changed character is caught by the checksum") {
    std::string link = code_of(realistic_routine());
    int tampered = 0;
    for (size_t i = 8; i < link.size() - 8; i += 7) {
        std::string bad = link;
        bad[i] = bad[i] == 'A' ? 'B' : 'A';
        ShareDecodeResult r = decode_share_fragment(bad, test_catalogue());
        CHECK_FALSE(r.shared);
        tampered += r.error == ShareError::Tampered;
    }
    CHECK(tampered > 0);
}

TEST_CASE("a link from a newer version says so") {
    std::string link = code_of(minimal_routine());
    std::string newer = "#r=2." + link.substr(5);
    ShareDecodeResult r = decode_share_fragment(newer, test_catalogue());
    CHECK(r.error == ShareError::UnknownVersion);
    CHECK(r.message.find("newer") != std::string::npos);
    CHECK(decode_share_fragment("#r=17.AAAA", test_catalogue()).error == ShareError::UnknownVersion);
}

TEST_CASE("a link naming an exercise this catalogue lacks is refused by name") {
    SharedRoutine s = minimal_routine();
    s.routine.steps.push_back(step("hanging-upside-down"));
    ShareDecodeResult r = decode_share_fragment(code_of(s), test_catalogue());
    CHECK(r.error == ShareError::UnknownExercise);
    CHECK(r.message.find("hanging-upside-down") != std::string::npos);
}

TEST_CASE("a well-formed link still has to pass the routine rules") {
    SharedRoutine s = minimal_routine();
    s.routine.steps[0].hold_s = 5000;   // over the 10-minute limit
    ShareDecodeResult r = decode_share_fragment(code_of(s), test_catalogue());
    CHECK(r.error == ShareError::Invalid);
    REQUIRE_FALSE(r.details.empty());
    CHECK(r.details[0].find("hold_s") != std::string::npos);

    SharedRoutine spasm = minimal_routine();
    spasm.routine.during_spasm = true;
    spasm.routine.steps.push_back(step("bird-dog"));   // not gentle enough during a spasm: the tag is dropped
    ShareDecodeResult untagged = decode_share_fragment(code_of(spasm), test_catalogue());
    CHECK(untagged.error == ShareError::None);
    REQUIRE(untagged.shared);
    CHECK_FALSE(untagged.shared->routine.during_spasm);

    SharedRoutine no_name = minimal_routine();
    no_name.routine.name.clear();
    CHECK(decode_share_fragment(code_of(no_name), test_catalogue()).error == ShareError::Invalid);

    SharedRoutine often = minimal_routine();
    often.times_per_day = 50;
    CHECK(decode_share_fragment(code_of(often), test_catalogue()).error == ShareError::Invalid);
}

TEST_CASE("hand-made bodies with a valid checksum cannot slip past the layout checks") {
    std::vector<uint8_t> good = body_of(code_of(minimal_routine()));
    REQUIRE(decode_share_fragment(link_with_body(good), test_catalogue()).shared);

    std::vector<uint8_t> unknown_bits = good;   // the same mask plus bit 8, which version 1 does not define
    unknown_bits[0] |= 0x80;
    unknown_bits.insert(unknown_bits.begin() + 1, 0x02);
    CHECK(decode_share_fragment(link_with_body(unknown_bits), test_catalogue()).error == ShareError::Malformed);

    std::vector<uint8_t> trailing = good;
    trailing.push_back(0);
    CHECK(decode_share_fragment(link_with_body(trailing), test_catalogue()).error == ShareError::Malformed);

    for (size_t cut = 0; cut < good.size(); cut++) {
        std::vector<uint8_t> shorter(good.begin(), good.begin() + long(cut));
        CHECK(decode_share_fragment(link_with_body(shorter), test_catalogue()).error == ShareError::Malformed);
    }
    std::vector<uint8_t> bad_utf8 = {0x01, 0x02, 0xFF, 0x00};   // an id of one raw byte 0xFF, no steps
    CHECK(decode_share_fragment(link_with_body(bad_utf8), test_catalogue()).error == ShareError::Malformed);
}

TEST_CASE("random bytes and random text never crash the decoder") {
    uint32_t seed = 12345;
    auto next = [&] { seed = seed * 1103515245u + 12345u; return seed >> 16; };
    for (int round = 0; round < 300; round++) {
        std::vector<uint8_t> body(next() % 60);
        for (uint8_t& b : body) b = uint8_t(next());
        CHECK_FALSE(decode_share_fragment(link_with_body(body), test_catalogue()).shared);
        std::string text = "#r=1.";
        for (int i = 0; i < int(next() % 80); i++) text += char(next());
        CHECK_FALSE(decode_share_fragment(text, test_catalogue()).shared);
    }
}
