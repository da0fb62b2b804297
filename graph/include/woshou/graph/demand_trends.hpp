// Industry analysis (行业分析数据): which skills a scope asks for and how that moves.
#pragma once

#include "woshou/graph/demand_cache.hpp"
#include "woshou/graph/gap_analysis.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace woshou::graph {

struct SkillTrend {
    Index skill = 0;
    double share = 0;           // p(s) in the window
    double demand = 0;          // D[s] in the window
    long headcount = 0;         // headcount of the window's demands asking for s
    std::size_t employers = 0;  // distinct employers asking for s
    double previous_share = 0;  // p(s) in the window of equal length before `since`
    double change = 0;          // share - previous_share
    std::string direction;      // "rising", "falling", "steady" (|change| < 0.001) or "new"
    std::size_t majors_teaching = 0;  // majors whose latest plan has cov(s) >= 0.5
};

struct DemandAnalysis {
    DemandScope scope;           // with since/until resolved
    DemandScope previous_scope;  // the window of equal length just before
    double total = 0;
    double previous_total = 0;
    std::size_t demand_count = 0;
    std::vector<SkillTrend> skills;  // by share desc, then skill id; at most `limit`
};

// Parses YYYY-MM-DD strictly (a real calendar date); empty on failure.
std::optional<std::chrono::sys_days> parse_date(const std::string& text);
// Formats a day as YYYY-MM-DD.
std::string format_date(std::chrono::sys_days day);

// Resolves a missing window end: `until` defaults to the newest posting date in
// the snapshot, `since` to 364 days before `until` (a window of 365 days).
// Precondition: given dates are valid. The result may have since > until when
// `since` is later than every posting; callers reject that.
DemandScope resolve_window(const Snapshot& snapshot, DemandScope scope);

// For each skill, how many majors' latest plans cover it at least 0.5.
std::vector<std::size_t> majors_teaching_counts(const Snapshot& snapshot, const CoverageParams& params);

// Top skills of the scope's window with their trend against the previous window.
// `teaching_counts` is majors_teaching_counts(snapshot, ...), computed once per snapshot.
DemandAnalysis analyse_demand(const Snapshot& snapshot, DemandCache& cache, const DemandScope& scope,
                              const std::vector<std::size_t>& teaching_counts, std::size_t limit);

}  // namespace woshou::graph
