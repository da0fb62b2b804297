// Finds a cycle in the course prerequisite relation with Boost.Graph.
#pragma once

#include "woshou/graph/model.hpp"

#include <string>
#include <vector>

namespace woshou::graph {

// Returns the course ids of one cycle in the prerequisite graph, in order
// (each requires the next, and the last requires the first), or an empty
// vector when the relation is acyclic. Deterministic for the same input.
std::vector<std::string> find_prerequisite_cycle(const std::vector<model::Prerequisite>& edges);

}  // namespace woshou::graph
