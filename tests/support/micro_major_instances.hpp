// Random small micro-major instances and their optimum by exhaustive search,
// shared by the engine tests (tests/graph) and the benchmark (tests/bench).
#pragma once

#include "woshou/graph/micro_major.hpp"

#include <random>

namespace woshou::test {

// A university with a 10-course plan (P of major M) and `pool` other courses
// over 30 skills in a two-level taxonomy; prerequisites point to lower-numbered
// courses only (acyclic), some to plan courses; 40 demands ask for 1-5 skills each.
model::Dataset random_micro_major_instance(std::mt19937& rng, int pool);

// The best gain of any subset of `pool` (with its prerequisites) within
// `budget` credits: evaluates all 2^|pool| subsets.
double exhaustive_optimum(const graph::Snapshot& s, graph::Index plan, const graph::DemandProfile& profile,
                          const std::vector<graph::Index>& pool, double budget);

}  // namespace woshou::test
