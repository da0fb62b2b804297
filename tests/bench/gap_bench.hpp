// Gap report latency on one snapshot: warm (cached demand profile) and cold (new scope).
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <string>

namespace woshou::bench {

// Runs gap reports for every major's latest plan (repeated to at least
// `min_reports`) and prints a table row named `label`.
void run_gap_bench(const std::string& label, const graph::Snapshot& snapshot, std::size_t min_reports);

}  // namespace woshou::bench
