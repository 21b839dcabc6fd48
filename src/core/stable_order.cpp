#include "core/stable_order.h"

#include <algorithm>
#include <numeric>

namespace unclench {

std::vector<uint32_t> stable_order(const std::vector<int64_t>& keys) {
    std::vector<uint32_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
    return order;
}

} // namespace unclench
