// The micro-major worked example of docs/micro-majors.md: the gap method's
// worked example plus three courses outside plan P, shared by the engine
// tests (tests/graph) and the route tests (tests/server).
#pragma once

#include "woshou/graph/model.hpp"

namespace woshou::test {

// worked_example() plus C6 (SQL进阶, 2 credits, sql 1.0, requires C7),
// C7 (数据库原理, 2 credits, prog 0.5), C8 (书法, 1 credit, excel 1.0, which no
// demand asks for); C5 (机器学习, 3 credits, ml 1.0) now requires C1.
model::Dataset micro_major_example();

}  // namespace woshou::test
