// The app's version, shown in About and reported by diagnostics.
#pragma once
namespace unclench {
constexpr const char* kVersion = "0.1.0";
}
