#include "ui/mirror.h"

namespace unclench {

static std::vector<MirrorItem> g_items;

void mirror_begin_frame() { g_items.clear(); }
void mirror_add(const MirrorItem& item) { g_items.push_back(item); }
const std::vector<MirrorItem>& mirror_items() { return g_items; }

} // namespace unclench
