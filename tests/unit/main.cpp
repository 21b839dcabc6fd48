// Entry point of the native doctest suite; the test cases live beside it, one file a concept.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
