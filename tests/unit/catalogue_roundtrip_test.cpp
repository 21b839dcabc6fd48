// Saving and loading again gives equal data, for the shipped files and for every optional field.
#include <doctest/doctest.h>

#include "catalogue_fixture.h"
#include "core/catalogue_json.h"

using namespace unclench;

TEST_CASE("the shipped catalogue survives save and load unchanged") {
    LoadResult<Catalogue> first = load_catalogue(fixture::read_asset("catalogue.json"));
    REQUIRE(first.ok());
    const std::string saved = save_catalogue(*first.data);
    LoadResult<Catalogue> second = load_catalogue(saved);
    INFO(fixture::dump(second.problems));
    REQUIRE(second.ok());
    CHECK(*second.data == *first.data);
    CHECK(save_catalogue(*second.data) == saved);   // the written form is stable too
}

TEST_CASE("the shipped routines survive save and load unchanged") {
    const Catalogue catalogue = *load_catalogue(fixture::read_asset("catalogue.json")).data;
    LoadResult<std::vector<Routine>> first = load_routines(fixture::read_asset("routines.json"), catalogue);
    REQUIRE(first.ok());
    LoadResult<std::vector<Routine>> second = load_routines(save_routines(*first.data), catalogue);
    INFO(fixture::dump(second.problems));
    REQUIRE(second.ok());
    CHECK(*second.data == *first.data);
}

TEST_CASE("every optional routine field round-trips through routine_to_json") {
    const Catalogue catalogue = fixture::loaded_catalogue();
    Routine r;
    r.id = "custom-1";
    r.name = "My routine";
    r.description = "Built in the app.";
    r.when = "Evenings.";
    r.during_spasm = false;
    r.note = "From my physio.";
    r.timing.prepare_s = 0;
    r.timing.rest_between_reps_s = 4;
    r.timing.rest_between_sets_s = 30;
    r.timing.switch_side_s = 6;
    r.timing.breath_s = 8;
    r.timing.tempo_up_s = 1;
    r.timing.tempo_hold_s = 0;
    r.timing.tempo_down_s = 3;
    RoutineStep a;
    a.exercise = "piriformis-stretch";
    a.hold_s = 45;
    a.reps = 2;
    a.sets = 2;
    a.sides = SideMode::Alternating;
    a.timing.switch_side_s = 10;
    a.note = "Longer holds.";
    RoutineStep b;
    b.exercise = "relaxed-breathing";
    b.breaths = 12;
    RoutineStep c;
    c.exercise = "knees-to-chest";
    c.source = "seed-001";
    r.steps = {a, b, c};

    LoadResult<Routine> back = load_routine(routine_to_json(r), catalogue);
    INFO(fixture::dump(back.problems));
    REQUIRE(back.ok());
    CHECK(*back.data == r);
    // and through text, as a share link or stored custom routine travels
    LoadResult<Routine> from_text = load_routine_text(std::string_view(routine_to_json(r).dump()), catalogue);
    REQUIRE(from_text.ok());
    CHECK(*from_text.data == r);
}

TEST_CASE("equality notices a change in any part") {
    const Catalogue a = fixture::loaded_catalogue();
    Catalogue b = a;
    CHECK(a == b);
    b.exercises[1].dosages[0].reps.up_to = false;
    CHECK(a != b);
    b = a;
    b.care[1].timing[0].blocks[1].duration_s = 1199;
    CHECK(a != b);
    b = a;
    b.general_cautions.clear();
    CHECK(a != b);
}

TEST_CASE("saving never throws on text that is not valid UTF-8") {
    Catalogue c = fixture::loaded_catalogue();
    c.exercises[0].name = "bad \xff byte";
    std::string saved;
    CHECK_NOTHROW(saved = save_catalogue(c));
    CHECK(load_catalogue(saved).ok());
}
