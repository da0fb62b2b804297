// The worked example of docs/gap-analysis.md as a dataset, shared by the
// engine tests (tests/graph) and the route tests (tests/server).
#pragma once

#include "woshou/graph/model.hpp"

namespace woshou::test {

// Plan P (C1 required: python 0.8; C2 elective: sql 1.0; C3 untagged; C4: excel 0.4),
// skills prog > python, sql, ml, excel; demands D1, D2 (occupation profile), D3.
// A second plan P2 of the same major adds C5 (ml 1.0) and drops C4.
model::Dataset worked_example();

}  // namespace woshou::test
