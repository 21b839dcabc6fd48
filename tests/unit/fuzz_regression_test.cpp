// Every input in the fuzz corpus (tests/fuzz/corpus/<target>/: the seeds and each crash the fuzzers
// found, kept there under its "crash-" name) goes through the same readers and checks as its fuzz
// target, here under the sanitized unit build, so a fixed crash stays fixed without running libFuzzer.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/catalogue_json.h"
#include "core/embed_protocol.h"
#include "core/history_codec.h"
#include "core/progress_backup.h"
#include "core/progress_store.h"
#include "core/share_code.h"

using namespace unclench;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Each file of one target's corpus, as (name, bytes).
std::vector<std::pair<std::string, std::string>> corpus(const char* target) {
    std::vector<std::pair<std::string, std::string>> out;
    fs::path dir = fs::path(UNCLENCH_ASSETS_DIR) / ".." / "tests" / "fuzz" / "corpus" / target;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) out.emplace_back(entry.path().filename().string(), read_file(entry.path()));
    return out;
}

const Catalogue& shipped_catalogue() {
    static const Catalogue catalogue = *load_catalogue(read_file(fs::path(UNCLENCH_ASSETS_DIR) / "catalogue.json")).data;
    return catalogue;
}

} // namespace

TEST_CASE("every catalogue and routine fuzz input loads or is refused, and what loads round-trips") {
    auto inputs = corpus("fuzz_catalogue");
    REQUIRE(inputs.size() >= 3);
    for (const auto& [name, text] : inputs) {
        INFO(name);
        auto catalogue = load_catalogue(text);
        if (catalogue.ok()) CHECK(load_catalogue(save_catalogue(*catalogue.data)).ok());
        auto routines = load_routines(text, shipped_catalogue());
        if (routines.ok()) CHECK(load_routines(save_routines(*routines.data), shipped_catalogue()).ok());
        auto routine = load_routine_text(text, shipped_catalogue());
        if (routine.ok()) CHECK(load_routine(routine_to_json(*routine.data), shipped_catalogue()).ok());
        if (!catalogue.ok() && !routines.ok() && !routine.ok()) CHECK(!routine.problems.empty());
    }
}

TEST_CASE("every share-link fuzz input decodes or says why, and what decodes re-encodes the same") {
    auto inputs = corpus("fuzz_share_link");
    REQUIRE(!inputs.empty());
    for (const auto& [name, text] : inputs) {
        INFO(name);
        ShareDecodeResult decoded = decode_share_fragment(text, shipped_catalogue());
        if (decoded.error != ShareError::None) {
            CHECK(!decoded.message.empty());
            continue;
        }
        auto again = encode_share_fragment(*decoded.shared);
        if (!again) continue;
        ShareDecodeResult round = decode_share_fragment(*again, shipped_catalogue());
        REQUIRE(round.error == ShareError::None);
        CHECK(routine_to_json(round.shared->routine) == routine_to_json(decoded.shared->routine));
    }
}

TEST_CASE("every postMessage fuzz input is accepted only from the parent, or ignored with a reason") {
    auto inputs = corpus("fuzz_post_message");
    REQUIRE(!inputs.empty());
    for (const auto& [name, text] : inputs) {
        INFO(name);
        EmbedCommandResult ours = parse_embed_command(text, "https://clinic.example", "https://clinic.example");
        CHECK((ours.command.has_value() || !ours.reason.empty()));
        CHECK(!parse_embed_command(text, "https://evil.example", "https://clinic.example").command);
        EmbedOptionsResult options = parse_embed_options(text);
        if (options.options.routine) CHECK(is_embed_id(*options.options.routine));
        if (options.options.parent) CHECK(normalize_origin(*options.options.parent) == options.options.parent);
    }
}

TEST_CASE("every stored-progress fuzz input loads without losing the next saved session") {
    static const char* const keys[] = {
        "unclench/f/v2/meta", "unclench/f/v2/settings", "unclench/f/v2/safety", "unclench/f/v2/routines",
        "unclench/f/v2/h/2024-01", "unclench/f/v2/h/2024-02", "unclench/f/history", "unclench/f/settings",
        "unclench/f/safety"};
    const int64_t now = 1706745600;
    auto inputs = corpus("fuzz_progress");
    REQUIRE(!inputs.empty());
    for (const auto& [name, text] : inputs) {
        INFO(name);
        MemoryStore mem;
        size_t start = 0;
        for (const char* key : keys) {   // split at 0x1E, as the fuzz target does
            size_t end = text.find('\x1e', start);
            std::string value = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!value.empty()) mem.set(key, value);
            if (end == std::string::npos) break;
            start = end + 1;
        }
        SessionRecord rec;
        rec.id = make_session_id(now + 60, 7);
        rec.routine_id = "fuzz";
        rec.routine_name = "Fuzz";
        rec.start = now + 60;
        rec.end = now + 360;
        rec.active_seconds = 300;
        ProgressStore store(mem, "f");
        store.load(now);
        store.add_session(rec);
        if (!store.memory_only() && !store.read_only()) {
            ProgressStore again(mem, "f");
            again.load(now);
            bool found = false;
            for (const SessionRecord& s : again.data().sessions) found = found || s.id == rec.id;
            CHECK(found);
        }
        decode_month("2024-01", text);
        Backup backup = parse_backup(text);
        if (backup.readable) {
            MemoryStore target;
            ProgressStore fresh(target, "f");
            fresh.load(now);
            import_backup(fresh, backup, ImportChoices{true, true});
        }
    }
}
