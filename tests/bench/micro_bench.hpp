// Micro-major recommendation (docs/micro-majors.md): latency from a pool of
// 2,000 candidate courses, and greedy/optimum on small generated instances.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <string>

namespace woshou::bench {

// The header of the table run_micro_bench prints rows of.
void print_micro_header();

// Recommends a 20-credit micro-major for up to `majors` majors, each from a
// pool of `pool` courses spread over the whole snapshot, against the whole
// demand (warm profile), and prints one row named `label`.
void run_micro_bench(const std::string& label, const graph::Snapshot& snapshot, std::size_t majors, std::size_t pool);

// Greedy with partial enumeration, and plain greedy, against exhaustive search
// on `instances` random instances with `pool` candidates; prints one table.
void run_micro_ratio_bench(std::size_t instances, int pool);

}  // namespace woshou::bench
