// A snapshot written out as text lines, every entity with every view in
// external ids, so two snapshots can be compared line by line in a test.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <string>
#include <vector>

namespace woshou::test {

// One line per entity and view, e.g. "course U1 CS101 skills: S1=0.5 S2=1".
std::vector<std::string> snapshot_lines(const graph::Snapshot& snapshot);

}  // namespace woshou::test
