// The SQL-only gap report (sql/baseline/gap_report.sql): running it, and
// checking it against the engine's report. Shared by the correctness test
// (tests/sql/baseline_sql_test.cpp) and the benchmark (tests/bench).
#pragma once

#include "woshou/graph/gap_analysis.hpp"

#include <soci/soci.h>

#include <string>
#include <vector>

namespace woshou::test {

struct BaselineGap {
    std::string skill_id;
    double share = 0;     // p(s)
    double coverage = 0;  // cov(s)
    double gap = 0;       // g(s)
};

struct BaselineReport {
    double alignment = 0;
    long long gap_count = 0;
    std::vector<BaselineGap> gaps;  // g desc, then skill id
};

// The text of sql/baseline/gap_report.sql under `source_dir`, without its comments.
std::string read_baseline_sql(const std::string& source_dir);

// Runs the baseline query for `plan_id` on `session`.
BaselineReport run_baseline(soci::session& session, const std::string& sql, const std::string& plan_id,
                            const graph::CoverageParams& params, std::size_t limit);

// Empty when `sql` and the engine's `engine` report agree within `tolerance`:
// the same alignment and gap count, the same g at every position, the same
// p, cov and g for every skill both list, and the same skills except among
// those tied (within tolerance) with the last one listed, where a limit may
// cut a tie either way. Otherwise what differs, one line per difference.
std::string compare_with_engine(const BaselineReport& sql, const graph::GapReport& engine,
                                const graph::Snapshot& snapshot, double tolerance);

}  // namespace woshou::test
