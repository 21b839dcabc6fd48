// Short lessons about back pain (assets/lessons.json): what a spasm is, why moving helps, medicines,
// sleep, when to get help. Each is a few plain paragraphs with its source, read on screen or aloud.
//
// Loading works as for the catalogue (catalogue_json.h): it never throws, reports every problem with
// the JSON pointer of the offending value ("/lessons/3/body/1"), and gives data only when there is none.
// Rules the loader checks, whatever the content:
//  - the document: an object holding "lessons", a list of 1 to kMaxLessons lessons; nothing else
//  - a lesson: id (a valid id, unique), title, summary, body (1 to kMaxLessonParagraphs paragraphs),
//    source and note are required; source_url (an https:// address) and figure (a valid id) optional;
//    no unknown fields
//  - text: not empty, one line, no control characters (so no NUL), not absurdly long
//  - length: title, summary and body together hold fewer than kLessonWordLimit words
// Rules about what the shipped lessons say (the order, the sources, the medicines lesson's lack of any
// number, the get-help lesson's signs, figures that exist) are checked by tests/unit/lessons_test.cpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue_json.h"

namespace unclench {

struct Lesson {
    std::string id;                  // "keep-moving"; never rename once shipped
    std::string title;               // short, shown as the heading
    std::string summary;             // one line, shown in the list of lessons
    std::vector<std::string> body;   // short paragraphs, in order
    std::string source;              // "NHS", "NICE NG59", or a paper: "Authors et al. 2015 Journal"
    std::string source_url;          // optional: the page the facts come from
    std::string figure;              // optional: a figure id from assets/figures.json
    std::string note;                // for the clinical reviewer: why the lesson says what it says
};

constexpr size_t kMaxLessons = 50;
constexpr size_t kMaxLessonParagraphs = 12;
constexpr size_t kLessonWordLimit = 150;   // title + summary + body must stay under this

using LessonsLoad = LoadResult<std::vector<Lesson>>;

LessonsLoad load_lessons(std::string_view json_text);

// Words in the title, summary and body (runs of characters between spaces).
size_t lesson_word_count(const Lesson& lesson);

// The lesson with this id, or nullptr.
const Lesson* find_lesson(const std::vector<Lesson>& lessons, const std::string& id);

// What the speech voice reads: the title as a sentence, then each paragraph, as one string.
std::string lesson_speech_text(const Lesson& lesson);

} // namespace unclench
