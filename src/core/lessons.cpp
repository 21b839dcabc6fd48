// Reading and validating assets/lessons.json; the rules are at the top of lessons.h.
#include "core/lessons.h"

#include <utility>

#include "core/json_reader.h"

namespace unclench {

namespace {

constexpr size_t kTitle = 60, kLine = 200, kParagraph = 400, kNote = 400, kUrl = 200;

size_t count_words(const std::string& s) {
    size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space && !in_word) n++;
        in_word = !space;
    }
    return n;
}

Lesson read_lesson(const Json& v, const std::string& path, Problems& problems) {
    Lesson l;
    ObjectReader r(v, path, problems);
    if (!r.is_object()) return l;
    l.id = r.id("id", Need::Required);
    l.title = r.text("title", Need::Required, kTitle);
    l.summary = r.text("summary", Need::Required, kLine);
    l.body = r.text_list("body", Need::Required, kMaxLessonParagraphs, kParagraph);
    l.source = r.text("source", Need::Required, kLine);
    l.source_url = r.text("source_url", Need::Optional, kUrl);
    if (!l.source_url.empty() && (l.source_url.rfind("https://", 0) != 0 || l.source_url.find(' ') != std::string::npos)) {
        r.problem("source_url", quote_value(l.source_url) + " must be a web address starting with https://");
        l.source_url.clear();
    }
    l.figure = r.id("figure", Need::Optional);
    l.note = r.text("note", Need::Required, kNote);
    r.done();
    size_t words = lesson_word_count(l);
    if (words >= kLessonWordLimit)
        problems.push_back({path, "is too long (" + std::to_string(words) + " words in title, summary and body; at most " +
                                      std::to_string(kLessonWordLimit - 1) + ")"});
    return l;
}

std::vector<Lesson> read_lessons(const Json& root, Problems& problems) {
    std::vector<Lesson> lessons;
    ObjectReader r(root, "", problems);
    std::vector<std::pair<std::string, std::string>> ids;
    if (const Json* list = r.list("lessons", Need::Required, 1, kMaxLessons)) {
        for (size_t i = 0; i < list->size(); i++) {
            std::string path = path_join("/lessons", i);
            lessons.push_back(read_lesson((*list)[i], path, problems));
            ids.push_back({lessons.back().id, path_join(path, "id")});
        }
        check_unique_ids(ids, "lesson", problems);
    }
    r.done();
    return lessons;
}

} // namespace

LessonsLoad load_lessons(std::string_view json_text) {
    LessonsLoad result;
    try {
        if (auto root = parse_json(json_text, result.problems)) {
            std::vector<Lesson> lessons = read_lessons(*root, result.problems);
            if (result.problems.empty()) result.data = std::move(lessons);
        }
    } catch (const std::exception& e) {   // a bug here must not take the app down with it
        result.data.reset();
        result.problems.push_back({"", std::string("could not be read: ") + e.what()});
    }
    return result;
}

size_t lesson_word_count(const Lesson& lesson) {
    size_t n = count_words(lesson.title) + count_words(lesson.summary);
    for (const std::string& paragraph : lesson.body) n += count_words(paragraph);
    return n;
}

const Lesson* find_lesson(const std::vector<Lesson>& lessons, const std::string& id) {
    for (const Lesson& lesson : lessons)
        if (lesson.id == id) return &lesson;
    return nullptr;
}

std::string lesson_speech_text(const Lesson& lesson) {
    std::string out = lesson.title;
    // The title is a heading with no full stop: end it as a sentence so the voice pauses after it.
    if (!out.empty() && out.back() != '.' && out.back() != '?' && out.back() != '!') out += '.';
    for (const std::string& paragraph : lesson.body) {
        if (paragraph.empty()) continue;
        if (!out.empty()) out += ' ';
        out += paragraph;
    }
    return out;
}

} // namespace unclench
