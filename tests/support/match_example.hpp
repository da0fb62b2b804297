// The hand-computed matching case of docs/matching.md as a dataset, shared by
// the engine tests (tests/graph) and the route tests (tests/server).
#pragma once

#include "woshou/graph/model.hpp"

namespace woshou::test {

// Skills prog > python, sql, sql-legacy (alt label "SQL"), ml, excel.
// Universities U1 (region A) and U2 (region B). Latest plans:
//   M1 (U1): C1 required python 0.8, C2 elective sql 1.0
//   M2 (U1): C3 required sql 1.0; graduates 30 in 2024 (100 in 2022)
//   M3 (U2): C4 required sql 1.0; graduates 50 in 2024
//   M7 (U2, listed before M4): C6 required prog 1.0; no outcomes
//   M4 (U2): C5 required prog 1.0; no outcomes
//   M5 (U2): no plan; M6 (U1): C7 required excel 1.0
// Occupation O1: sql essential, python optional. Demands: D1 python 1.0 and
// ml 0.5; D2 no skills, occupation O1; D3 no skills and no occupation.
model::Dataset match_example();

}  // namespace woshou::test
