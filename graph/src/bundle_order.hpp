// Prerequisite closure and term order of a micro-major bundle (internal).
#pragma once

#include "woshou/graph/micro_major.hpp"

#include <functional>
#include <vector>

namespace woshou::graph::detail {

// The prerequisites of `course`, transitively, that `provided` does not
// cover: prerequisites first (depth-first post-order, children by id), each
// once. A provided course's own prerequisites are not followed (the student
// has taken it). Throws MicroMajorError(prerequisite_cycle) naming the cycle.
std::vector<Index> missing_prerequisites(const Snapshot& snapshot, Index course,
                                         const std::function<bool(Index)>& provided);

// Term order of `courses` (a closed bundle: every prerequisite of a member is a
// member or provided). Layers by longest prerequisite chain (Boost.Graph
// topological sort), then fills terms first-fit in (layer, course id) order
// under `max_credits_per_term`; a course never shares a term with, or
// precedes, one of its prerequisites. Returns the term of each course, parallel to `courses`.
std::vector<int> term_of_courses(const Snapshot& snapshot, const std::vector<Index>& courses,
                                 double max_credits_per_term);

}  // namespace woshou::graph::detail
