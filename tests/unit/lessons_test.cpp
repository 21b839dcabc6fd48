// The lessons loader (core/lessons.h) and the shipped lessons (assets/lessons.json): the loader reports
// every malformed input with its path and never crashes; the lessons say what the app's own rules say.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalogue_fixture.h"
#include "core/cold_rule.h"
#include "core/lessons.h"
#include "core/safety_check.h"

using namespace unclench;
using Json = nlohmann::json;

namespace {

const std::vector<Lesson>& shipped() {
    static const std::vector<Lesson> lessons = [] {
        LessonsLoad r = load_lessons(fixture::read_asset("lessons.json"));
        return r.data.value_or(std::vector<Lesson>{});
    }();
    return lessons;
}

const Lesson& shipped(const std::string& id) {
    static const Lesson none;
    const Lesson* l = find_lesson(shipped(), id);
    return l ? *l : none;
}

std::string lower(std::string s) {
    for (char& c : s) c = (char)std::tolower((unsigned char)c);
    return s;
}

// Every word a reader sees or the reviewer reads: title, summary, body and note.
std::string all_text(const Lesson& l) {
    std::string s = l.title + "\n" + l.summary + "\n" + l.note;
    for (const std::string& p : l.body) s += "\n" + p;
    return s;
}

std::string body_text(const Lesson& l) {
    std::string s = l.title + "\n" + l.summary;
    for (const std::string& p : l.body) s += "\n" + p;
    return s;
}

// A small valid document; each test breaks one thing.
Json valid_doc() {
    return R"({"lessons": [
      {"id": "keep-moving", "title": "Keep moving", "summary": "Gentle movement helps.",
       "body": ["Move a little every hour.", "Short walks help."], "source": "NHS",
       "source_url": "https://www.nhs.uk/conditions/back-pain/", "figure": "side-lying-pillow",
       "note": "NHS advice."},
      {"id": "sleep", "title": "Sleep", "summary": "Pillows help.", "body": ["Put a pillow between your knees."],
       "source": "NICE NG59", "note": "Agrees with the resting positions."}
    ]})"_json;
}

std::vector<Problem> problems(const Json& doc) { return load_lessons(doc.dump()).problems; }

std::string words(size_t n) {
    std::string s;
    for (size_t i = 0; i < n; i++) s += (i ? " w" : "w");
    return s;
}

// Lowercase runs of letters and digits; apostrophes (straight or curly) join a word ("don't" -> "dont").
std::vector<std::string> tokens(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (size_t i = 0; i < text.size(); i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\'') continue;
        if (c == 0xE2 && i + 2 < text.size() && (unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] == 0x99) {
            i += 2;
            continue;
        }
        if (std::isalnum(c)) word += (char)std::tolower(c);
        else if (!word.empty()) out.push_back(std::move(word)), word.clear();
    }
    if (!word.empty()) out.push_back(word);
    return out;
}

std::set<std::string> runs(const std::vector<std::string>& t, size_t n) {
    std::set<std::string> out;
    for (size_t i = 0; i + n <= t.size(); i++) {
        std::string run;
        for (size_t k = 0; k < n; k++) run += (k ? " " : "") + t[i + k];
        out.insert(run);
    }
    return out;
}

} // namespace

//-----------------------------------------------------------------------------
// The shipped lessons
//-----------------------------------------------------------------------------

TEST_CASE("the shipped lessons load with zero problems") {
    LessonsLoad r = load_lessons(fixture::read_asset("lessons.json"));
    INFO(fixture::dump(r.problems));
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
}

TEST_CASE("the twelve lessons come in the planned order") {
    const std::vector<std::string> order = {"common",       "keep-moving", "hurt-not-harm", "scans",
                                            "posture-myths", "ice-or-heat", "medicines",     "pacing",
                                            "sleep",         "stress",      "flare-up-plan", "get-help"};
    REQUIRE(shipped().size() == order.size());
    for (size_t i = 0; i < order.size(); i++) CHECK(shipped()[i].id == order[i]);
}

TEST_CASE("every shipped lesson is short, sourced and noted") {
    const std::regex paper(R"(^[A-Z][A-Za-z'-]+( et al\.| and [A-Z][A-Za-z'-]+)? (19|20)[0-9]{2} [A-Z][A-Za-z&:, -]+$)");
    for (const Lesson& l : shipped()) {
        INFO(l.id);
        size_t n = lesson_word_count(l);
        MESSAGE(l.id << ": " << n << " words");
        CHECK(n < kLessonWordLimit);
        CHECK(!l.body.empty());
        CHECK(!l.note.empty());
        CHECK((l.source == "NHS" || l.source == "NICE NG59" || std::regex_match(l.source, paper)));
        if (!l.source_url.empty())
            CHECK((l.source_url.rfind("https://www.nhs.uk/", 0) == 0 || l.source_url.rfind("https://www.nice.org.uk/", 0) == 0));
        // Each paragraph stays short enough to take in while in pain.
        for (const std::string& p : l.body) CHECK(lesson_word_count(Lesson{"", "", "", {p}, "", "", "", ""}) <= 60);
    }
}

TEST_CASE("the citation pattern takes papers and refuses loose text") {
    const std::regex paper(R"(^[A-Z][A-Za-z'-]+( et al\.| and [A-Z][A-Za-z'-]+)? (19|20)[0-9]{2} [A-Z][A-Za-z&:, -]+$)");
    CHECK(std::regex_match(std::string("Traeger et al. 2015 JAMA Internal Medicine"), paper));
    CHECK(std::regex_match(std::string("O'Sullivan et al. 2020 British Journal of Sports Medicine"), paper));
    CHECK_FALSE(std::regex_match(std::string("a website"), paper));
    CHECK_FALSE(std::regex_match(std::string("Somebody 20 Journal"), paper));
}

TEST_CASE("every lesson figure exists in figures.json") {
    Json figures = Json::parse(fixture::read_asset("figures.json"));
    std::set<std::string> ids;
    for (const Json& f : figures.at("figures")) ids.insert(f.at("id").get<std::string>());
    REQUIRE(!ids.empty());
    size_t with_figure = 0;
    for (const Lesson& l : shipped()) {
        if (l.figure.empty()) continue;
        with_figure++;
        CHECK_MESSAGE(ids.count(l.figure) == 1, l.id << " names figure " << l.figure);
    }
    CHECK(with_figure >= 1);
    CHECK(shipped("sleep").figure == "side-lying-pillow");
}

TEST_CASE("the medicines lesson holds no number at all, so it can never state a dose") {
    const Lesson& m = shipped("medicines");
    REQUIRE(m.id == "medicines");
    // The source names the guideline (NICE NG59); every word of the lesson itself is free of digits.
    std::string text = all_text(m);
    CHECK(std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
    for (const char* unit : {" mg", "milligram", " ml", "tablet", "twice", "a day", "per day", "hourly"})
        CHECK_MESSAGE(lower(text).find(unit) == std::string::npos, unit);
    // NICE NG59's points, in the lesson's own words.
    std::string t = lower(body_text(m));
    for (const char* point : {"paracetamol on its own is not advised", "lowest amount", "shortest time", "stomach",
                              "kidneys", "heart", "codeine", "gabapentin", "antidepressants", "pharmacist"})
        CHECK_MESSAGE(t.find(point) != std::string::npos, point);
}

TEST_CASE("the get-help lesson names every emergency and urgent sign of the safety check") {
    const Lesson& h = shipped("get-help");
    REQUIRE(h.id == "get-help");
    const std::string t = lower(body_text(h));
    // One keyword per sign: a new sign in the safety check fails here until the lesson names it.
    const std::map<std::string, std::string> keyword = {
        {"both-legs", "both legs"},           {"saddle-numbness", "genitals or buttocks"},
        {"peeing", "difficulty peeing"},      {"bladder-bowel", "bladder or bowels"},
        {"sexual-function", "sexual function"}, {"chest-pain", "chest pain"},
        {"serious-fall", "serious accident"}, {"fever", "fever"},
        {"weight-loss", "weight loss"},       {"lump", "lump"},
        {"night-pain", "worse at night"},     {"cough-sneeze", "cough or sneeze"},
        {"shoulder-blades", "shoulder blades"}, {"kidney", "burning when you pee"}};
    size_t emergency = 0, urgent = 0;
    for (const SafetyQuestion& q : safety_questions()) {
        if (q.group != QuestionGroup::Emergency && q.group != QuestionGroup::Urgent) continue;
        (q.group == QuestionGroup::Emergency ? emergency : urgent)++;
        auto it = keyword.find(q.id);
        REQUIRE_MESSAGE(it != keyword.end(), "no keyword for sign " << q.id);
        CHECK_MESSAGE(t.find(it->second) != std::string::npos, q.id << ": " << it->second);
    }
    CHECK(emergency == 7);
    CHECK(urgent == 7);
    // The country-neutral wording, the same as the safety check's advice.
    const std::string numbers = "local emergency number (999 in the UK, 911 in the US, 112 in the EU)";
    CHECK(body_text(h).find(numbers) != std::string::npos);
    CHECK(std::string(safety_advice(Urgency::Emergency).action).find(numbers) != std::string::npos);
    CHECK(t.find("see a doctor today") != std::string::npos);
    CHECK(body_text(h).find("111 in the UK") != std::string::npos);
}

TEST_CASE("the ice-or-heat lesson keeps the app's cold rule") {
    const Lesson& l = shipped("ice-or-heat");
    REQUIRE(l.id == "ice-or-heat");
    const std::string t = lower(body_text(l));
    CHECK(t.find("no more than " + std::to_string(kColdMaxPerRunS / 60) + " minutes") != std::string::npos);
    CHECK(t.find("at least " + std::to_string(kColdGapS / 3600) + " hours") != std::string::npos);
    CHECK(t.find("first couple of days") != std::string::npos);
    CHECK(t.find("heat") != std::string::npos);
    CHECK(t.find("never straight on your skin") != std::string::npos);
}

TEST_CASE("the sleep and keep-moving lessons agree with the resting positions and the rest card") {
    const std::string sleep = lower(body_text(shipped("sleep")));
    CHECK(sleep.find("pillow between them") != std::string::npos);
    CHECK(sleep.find("pillows under your knees") != std::string::npos);
    const std::string moving = lower(body_text(shipped("keep-moving")));
    CHECK(moving.find("bed") != std::string::npos);
    CHECK(moving.find("once an hour") != std::string::npos);
}

TEST_CASE("no lesson shares a run of seven words with a source article") {
    // The articles live outside the repository; point UNCLENCH_SEEDS_DIR at them to run this check
    // (UNCLENCH_SEEDS_DIR=/work/shared/seeds build/native/unit_tests -tc='*seven words*').
    const char* dir = std::getenv("UNCLENCH_SEEDS_DIR");
    if (!dir || !std::filesystem::is_directory(dir)) {
        MESSAGE("skipped: set UNCLENCH_SEEDS_DIR to the folder of source articles to compare against");
        return;
    }
    std::set<std::string> seed_runs;
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        std::set<std::string> r = runs(tokens(s.str()), 7);
        seed_runs.insert(r.begin(), r.end());
        files++;
    }
    REQUIRE(files > 0);
    for (const Lesson& l : shipped()) {
        std::vector<std::string> texts = l.body;
        texts.insert(texts.end(), {l.title, l.summary, l.note});
        for (const std::string& text : texts)
            for (const std::string& run : runs(tokens(text), 7))
                CHECK_MESSAGE(seed_runs.count(run) == 0, l.id << " copies \"" << run << "\"");
    }
    MESSAGE("compared against " << files << " source articles");
}

TEST_CASE("the seven-word comparison ignores case, punctuation and apostrophes") {
    CHECK(tokens("Don't STOP, moving!") == std::vector<std::string>{"dont", "stop", "moving"});
    CHECK(tokens("don\xE2\x80\x99t stop") == std::vector<std::string>{"dont", "stop"});
    CHECK(runs(tokens("a b c d e f g h"), 7).size() == 2);
    CHECK(runs(tokens("a b c"), 7).empty());
}

//-----------------------------------------------------------------------------
// find_lesson and lesson_speech_text
//-----------------------------------------------------------------------------

TEST_CASE("find_lesson finds by id, or gives nullptr") {
    std::vector<Lesson> lessons = *load_lessons(valid_doc().dump()).data;
    REQUIRE(find_lesson(lessons, "sleep") != nullptr);
    CHECK(find_lesson(lessons, "sleep")->title == "Sleep");
    CHECK(find_lesson(lessons, "nope") == nullptr);
    CHECK(find_lesson({}, "sleep") == nullptr);
}

TEST_CASE("speech text is the title as a sentence, then the body") {
    Lesson l{"x", "Keep moving", "Not read aloud.", {"Move often.", "Walk a little."}, "NHS", "", "", "Nor this."};
    CHECK(lesson_speech_text(l) == "Keep moving. Move often. Walk a little.");
    l.title = "Ice or heat?";
    CHECK(lesson_speech_text(l) == "Ice or heat? Move often. Walk a little.");
    l.body.clear();
    CHECK(lesson_speech_text(l) == "Ice or heat?");
    CHECK(lesson_speech_text(Lesson{}) == "");
    // Every shipped lesson reads aloud with its title first and every paragraph in it.
    for (const Lesson& s : shipped()) {
        std::string speech = lesson_speech_text(s);
        CHECK(speech.rfind(s.title, 0) == 0);
        for (const std::string& p : s.body) CHECK(speech.find(p) != std::string::npos);
        CHECK(speech.find(s.note) == std::string::npos);
    }
}

TEST_CASE("words are counted in the title, summary and body, not the note") {
    Lesson l{"x", "Two words", "  three   short words ", {"one", "four more words here"}, "NHS", "", "", "not counted at all"};
    CHECK(lesson_word_count(l) == 10);
}

//-----------------------------------------------------------------------------
// Malformed input: a problem with its path, never a crash
//-----------------------------------------------------------------------------

TEST_CASE("the fixture document loads") {
    LessonsLoad r = load_lessons(valid_doc().dump());
    INFO(fixture::dump(r.problems));
    REQUIRE(r.ok());
    REQUIRE(r.data->size() == 2);
    const Lesson& first = (*r.data)[0];
    CHECK(first.id == "keep-moving");
    CHECK(first.body.size() == 2);
    CHECK(first.source_url == "https://www.nhs.uk/conditions/back-pain/");
    CHECK(first.figure == "side-lying-pillow");
    CHECK((*r.data)[1].figure.empty());
    CHECK((*r.data)[1].source_url.empty());
}

TEST_CASE("text that is not JSON, or not the right shape, is reported at the document") {
    for (const char* text : {"", "not json", "{\"lessons\": [", "{\"lessons\": []}}", "\xff\xfe"}) {
        LessonsLoad r = load_lessons(text);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.data.has_value());
        REQUIRE(!r.problems.empty());
        CHECK(r.problems[0].path == "");
    }
    CHECK(fixture::has(problems(Json::array()), "", "must be an object"));
    CHECK(fixture::has(problems(Json::object()), "/lessons", "is missing"));
    CHECK(fixture::has(problems(R"({"lessons": {}})"_json), "/lessons", "must be a list"));
    CHECK(fixture::has(problems(R"({"lessons": []})"_json), "/lessons", "at least 1 item"));
    Json doc = valid_doc();
    doc["version"] = 1;
    CHECK(fixture::has(problems(doc), "/version", "unknown field"));
    // A raw NUL byte in the text, outside any string.
    std::string text = valid_doc().dump();
    text.insert(1, 1, '\0');
    LessonsLoad r = load_lessons(text);
    CHECK_FALSE(r.ok());
    CHECK(fixture::has(r.problems, "", "not valid JSON"));
}

TEST_CASE("each missing required field is reported at its path") {
    for (const char* key : {"id", "title", "summary", "body", "source", "note"}) {
        Json doc = valid_doc();
        doc["lessons"][1].erase(key);
        std::vector<Problem> p = problems(doc);
        INFO(key << "\n" << fixture::dump(p));
        CHECK(fixture::has(p, std::string("/lessons/1/") + key, "is missing"));
        CHECK_FALSE(load_lessons(doc.dump()).data.has_value());
    }
}

TEST_CASE("wrong types are reported at their paths") {
    Json doc = valid_doc();
    doc["lessons"][0]["title"] = 5;
    doc["lessons"][0]["body"][1] = false;
    doc["lessons"][0]["source"] = Json::array();
    doc["lessons"][1]["body"] = "one paragraph";
    doc["lessons"][1]["figure"] = 3;
    std::vector<Problem> p = problems(doc);
    INFO(fixture::dump(p));
    CHECK(fixture::has(p, "/lessons/0/title", "must be text"));
    CHECK(fixture::has(p, "/lessons/0/body/1", "must be text"));
    CHECK(fixture::has(p, "/lessons/0/source", "must be text"));
    CHECK(fixture::has(p, "/lessons/1/body", "must be a list"));
    CHECK(fixture::has(p, "/lessons/1/figure", "must be text"));

    Json not_object = valid_doc();
    not_object["lessons"][1] = "sleep";
    CHECK(fixture::has(problems(not_object), "/lessons/1", "must be an object"));
}

TEST_CASE("ids must be valid and unique") {
    Json doc = valid_doc();
    doc["lessons"][1]["id"] = "keep-moving";
    CHECK(fixture::has(problems(doc), "/lessons/1/id", "duplicate lesson id \"keep-moving\" (first at /lessons/0/id)"));
    doc["lessons"][1]["id"] = "Keep Moving";
    CHECK(fixture::has(problems(doc), "/lessons/1/id", "not a valid id"));
    doc["lessons"][1]["id"] = "sleep";
    doc["lessons"][1]["figure"] = "side lying";
    CHECK(fixture::has(problems(doc), "/lessons/1/figure", "not a valid id"));
}

TEST_CASE("empty, multi-line, NUL-holding and overlong text is refused") {
    Json doc = valid_doc();
    doc["lessons"][0]["summary"] = std::string("Gentle\0movement", 15);
    doc["lessons"][0]["body"][0] = "Line one\nline two";
    doc["lessons"][0]["title"] = std::string(61, 'a');
    doc["lessons"][0]["note"] = "   ";
    doc["lessons"][1]["source"] = "";
    doc["lessons"][1]["body"] = Json::array();
    std::vector<Problem> p = problems(doc);
    INFO(fixture::dump(p));
    CHECK(fixture::has(p, "/lessons/0/summary", "control characters"));
    CHECK(fixture::has(p, "/lessons/0/body/0", "line breaks"));
    CHECK(fixture::has(p, "/lessons/0/title", "is too long"));
    CHECK(fixture::has(p, "/lessons/0/note", "must not be empty"));
    CHECK(fixture::has(p, "/lessons/1/source", "must not be empty"));
    CHECK(fixture::has(p, "/lessons/1/body", "at least 1 item"));

    // The same NUL written as a JSON escape in the text.
    std::string text = valid_doc().dump();
    size_t at = text.find("Pillows help.");
    REQUIRE(at != std::string::npos);
    text.replace(at, 7, "Pil\\u0000lows");
    CHECK(fixture::has(load_lessons(text).problems, "/lessons/1/summary", "control characters"));

    Json many = valid_doc();
    many["lessons"][1]["body"] = Json::array();
    for (size_t i = 0; i <= kMaxLessonParagraphs; i++) many["lessons"][1]["body"].push_back("A line.");
    CHECK(fixture::has(problems(many), "/lessons/1/body", "items; at most"));
}

TEST_CASE("a lesson of 150 words or more is too long") {
    Json doc = valid_doc();
    // Title 1 + summary 2 + body: 149 words in all is the most allowed.
    doc["lessons"][1]["summary"] = "Pillows help.";
    doc["lessons"][1]["body"] = Json::array({words(100), words(46)});
    REQUIRE(load_lessons(doc.dump()).ok());
    doc["lessons"][1]["body"][1] = words(47);
    std::vector<Problem> p = problems(doc);
    INFO(fixture::dump(p));
    CHECK(fixture::has(p, "/lessons/1", "is too long (150 words"));
}

TEST_CASE("source_url must be a web address; unknown fields are refused") {
    Json doc = valid_doc();
    doc["lessons"][0]["source_url"] = "http://www.nhs.uk/";
    doc["lessons"][1]["colour"] = "blue";
    std::vector<Problem> p = problems(doc);
    INFO(fixture::dump(p));
    CHECK(fixture::has(p, "/lessons/0/source_url", "https://"));
    CHECK(fixture::has(p, "/lessons/1/colour", "unknown field"));
}

TEST_CASE("every cut of the shipped file and every byte flip loads or reports, never crashes") {
    const std::string text = fixture::read_asset("lessons.json");
    REQUIRE(text.size() > 1000);
    const size_t end = text.find_last_of('}');   // any cut before the closing brace leaves it unfinished
    for (size_t cut = 0; cut <= end; cut += 13) {
        LessonsLoad r = load_lessons(std::string_view(text).substr(0, cut));
        CHECK_FALSE(r.ok());
        CHECK(!r.problems.empty());
    }
    for (size_t at = 0; at < text.size(); at += 29) {
        std::string flipped = text;
        flipped[at] = (char)(flipped[at] ^ 0x5A);
        LessonsLoad r = load_lessons(flipped);
        CHECK(r.ok() == r.problems.empty());
        CHECK(r.data.has_value() == r.problems.empty());
    }
}
