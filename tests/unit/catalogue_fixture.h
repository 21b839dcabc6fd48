// Small, valid catalogue and routine documents for the loader tests: each test breaks one thing.
#pragma once
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalogue_json.h"

namespace fixture {

using Json = nlohmann::json;

inline Json catalogue() {
    return R"({
      "version": 1,
      "sources": [{"id": "seed-000", "file": "000.txt", "title": "Source zero"},
                  {"id": "seed-001", "file": "001.txt", "title": "Source one"}],
      "general_cautions": ["Stop if it hurts more."],
      "exercises": [
        {"id": "knees-to-chest", "name": "Knees to chest", "cue": "Knees to chest",
         "purpose": "Stretches the lower back.", "category": "stretch", "difficulty": "gentle",
         "equipment": ["floor"], "sides": "none", "figure": "knees-to-chest", "during_spasm": true,
         "start": "Lie on your back.", "steps": ["Hug both knees gently to your chest."],
         "breathing": "Breathe slowly.", "feel": "A gentle stretch.", "cautions": ["Stop if it hurts more."],
         "dosages": [{"source": "seed-000", "work": "hold", "hold_s": 7, "reps": 5, "as_given": "Hold 7 s.",
                      "chosen": ["reps"], "note": "Count is ours."},
                     {"source": "seed-001", "work": "hold", "hold_s": [20, 30], "as_given": "Hold 20-30 s."}]},
        {"id": "side-knee-drop", "name": "Side knee drop", "cue": "Knee drop",
         "purpose": "Rotates the lower back.", "category": "stretch", "difficulty": "gentle",
         "equipment": ["floor", "mat"], "sides": "alternating", "figure": "side-knee-drop", "during_spasm": true,
         "start": "Lie on your back.", "steps": ["Let both knees sink to one side."],
         "breathing": "Breathe slowly.", "feel": "A gentle twist.", "cautions": ["Stop if it hurts more."],
         "dosages": [{"source": "seed-000", "work": "hold", "hold_s": 30, "reps": {"up_to": 3}, "per_side": true,
                      "as_given": "Hold 30 s each side."}]},
        {"id": "bridge", "name": "Bridge", "cue": "Bridge",
         "purpose": "Strengthens the buttocks.", "category": "strength", "difficulty": "moderate",
         "equipment": [], "sides": "none", "figure": "bridge",
         "start": "Lie on your back.", "steps": ["Lift your hips."],
         "breathing": "Breathe out as you lift.", "feel": "Work in the buttocks.", "cautions": ["Not during a spasm."],
         "dosages": [{"source": "seed-000", "work": "reps", "reps": [15, 20], "hold_s": 2, "as_given": "15-20 times."}]},
        {"id": "piriformis-stretch", "name": "Piriformis stretch", "cue": "Piriformis",
         "purpose": "Stretches the buttock.", "category": "stretch", "difficulty": "easy",
         "equipment": ["mat"], "sides": "each_side", "figure": "piriformis-stretch", "demands": ["leg-crossing"],
         "start": "Lie on your back.", "steps": ["Cross one ankle over the other knee."],
         "breathing": "Breathe slowly.", "feel": "A stretch in the buttock.", "cautions": ["Stop if it hurts more."],
         "dosages": [{"source": "seed-001", "work": "hold", "hold_s": 30, "per_side": true, "as_given": "30 s each."}]},
        {"id": "relaxed-breathing", "name": "Relaxed breathing", "cue": "Breathe",
         "purpose": "Calms the body.", "category": "relaxation", "difficulty": "gentle",
         "equipment": [], "sides": "none", "figure": "relaxed-breathing", "during_spasm": true,
         "start": "Lie down.", "steps": ["Breathe in slowly, then out slowly."],
         "breathing": "Long breaths out.", "feel": "Calmer.", "cautions": ["Stop if dizzy."],
         "dosages": [{"source": "seed-001", "work": "breaths", "breaths": [5, 10], "as_given": "5-10 breaths."}]}
      ],
      "care": [
        {"id": "cold-pack", "name": "Cold pack", "cue": "Cold pack", "category": "cold",
         "purpose": "Cools the area.", "when": "First 2 days.", "steps": ["Wrap the pack in a cloth."],
         "safety": ["Never on bare skin."], "sources": ["seed-000"],
         "timing": [{"kind": "timer", "label": "Cold", "source": "seed-000", "duration_s": 900,
                     "repeat_every_s": 7200, "for_days": 2}]},
        {"id": "contrast", "name": "Ice and heat", "cue": "Ice and heat", "category": "contrast",
         "purpose": "Alternates.", "when": "Later.", "steps": ["Ice, then heat."], "sources": ["seed-001"],
         "timing": [{"kind": "blocks", "blocks": [{"label": "Ice", "duration_s": 1200, "cold": true}, {"label": "Heat", "duration_s": 1200}],
                     "rounds": 1, "chosen": ["rounds"], "note": "Rounds are ours."}]},
        {"id": "breathing", "name": "Breathing", "cue": "Breathe", "category": "relaxation",
         "purpose": "Calms.", "when": "Any time.", "steps": ["Breathe slowly."], "sources": ["seed-001"],
         "timing": [{"kind": "pacer", "inhale_s": 4, "exhale_s": 6, "duration_s": 300},
                    {"kind": "period", "max_days": 3}, {"kind": "reminder", "repeat_every_s": 3600}]},
        {"id": "medication", "name": "Pain medicines", "cue": "Medicines", "category": "medication",
         "purpose": "General facts, never a dose.", "when": "If pain stops you moving.",
         "steps": ["Follow the label."], "safety": ["Anti-inflammatories can upset the stomach."],
         "sources": ["seed-000"]}
      ]
    })"_json;
}

inline Json routine() {
    return R"({
      "id": "relief", "name": "Relief", "description": "Gentle moves.", "when": "In a spasm.",
      "during_spasm": true,
      "steps": [{"exercise": "relaxed-breathing", "breaths": 6},
                {"exercise": "knees-to-chest", "source": "seed-001", "hold_s": 20},
                {"exercise": "side-knee-drop", "reps": 2, "timing": {"rest_between_reps_s": 3}}]
    })"_json;
}

inline Json routines() {
    Json other = routine();
    other["id"] = "prevent";
    other["during_spasm"] = false;
    other["timing"] = {{"prepare_s", 10}, {"tempo_up_s", 1}};
    other["steps"].push_back({{"exercise", "bridge"}, {"reps", 10}, {"sets", 2}});
    other["steps"].push_back({{"exercise", "piriformis-stretch"}, {"sides", "alternating"}});
    return {{"version", 1}, {"routines", {routine(), other}}};
}

inline unclench::Catalogue loaded_catalogue() { return *unclench::load_catalogue(catalogue().dump()).data; }

inline std::vector<unclench::Problem> catalogue_problems(const Json& doc) {
    return unclench::load_catalogue(doc.dump()).problems;
}

inline std::vector<unclench::Problem> routine_problems(const Json& doc) {
    return unclench::load_routine(doc, loaded_catalogue()).problems;
}

// True when some problem has exactly this path and a message containing `fragment`.
inline bool has(const std::vector<unclench::Problem>& problems, const std::string& path, const std::string& fragment) {
    return std::any_of(problems.begin(), problems.end(), [&](const unclench::Problem& p) {
        return p.path == path && p.message.find(fragment) != std::string::npos;
    });
}

inline std::string dump(const std::vector<unclench::Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += unclench::to_string(p) + "\n";
    return out;
}

inline std::string read_asset(const std::string& name) {
    std::ifstream in(std::string(UNCLENCH_ASSETS_DIR) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace fixture
