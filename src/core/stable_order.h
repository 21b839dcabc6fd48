// One stable sort for every list the app orders by a number (a time, a length).
//
// Each std::stable_sort over a new element type or comparator brings its own merge, move and buffer
// code: seven of them were 22 KB of wasm. Here the sort runs once, over indices by an integer key, and
// each caller only moves its own items into that order.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace unclench {

// The positions of `keys` in ascending key order; equal keys keep their original order.
std::vector<uint32_t> stable_order(const std::vector<int64_t>& keys);

// Sorts items ascending by key(item), keeping equal items in their order (negate the key to descend).
template <class T, class KeyOf>
void sort_stably_by(std::vector<T>& items, KeyOf key) {
    std::vector<int64_t> keys;
    keys.reserve(items.size());
    for (const T& item : items) keys.push_back(key(item));
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (uint32_t i : stable_order(keys)) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

} // namespace unclench
