// Match latency on one snapshot (docs/matching.md): 10-skill matches over
// every major, warm (index cached) and the cold index build.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <string>

namespace woshou::bench {

// Runs at least `min_queries` 10-skill matches drawn from the snapshot's
// demands (engine and whole POST /api/v1/match path) plus a few cold index
// builds, and prints a table row named `label`.
void run_match_bench(const std::string& label, std::shared_ptr<const graph::Snapshot> snapshot, std::size_t min_queries);

// Prints the time to resolve a few labels, exact and misspelled (which scans every label).
void run_label_bench(const std::string& label, const graph::Snapshot& snapshot);

// The header of the table run_match_bench prints rows of.
void print_match_header();

}  // namespace woshou::bench
