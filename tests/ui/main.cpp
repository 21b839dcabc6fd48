// Entry point of the headless UI suite: real frames of the real screens, natively (tests/ui/ui_harness.h).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
