#include "woshou/graph/demand_trends.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace woshou::graph {

using namespace std::chrono;

std::optional<sys_days> parse_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    const year_month_day ymd{year{std::stoi(text.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                             day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

std::string format_date(sys_days d) {
    const year_month_day ymd{d};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

DemandScope resolve_window(const Snapshot& snapshot, DemandScope scope) {
    if (scope.until.empty()) {
        std::string newest;
        for (const auto& d : snapshot.data().demands) newest = std::max(newest, d.posted_on);
        // No demand at all: anchor on `since` (or a fixed day) so the same data gives the same window.
        scope.until = !newest.empty() ? newest : !scope.since.empty() ? scope.since : "2000-01-01";
    }
    if (scope.since.empty()) scope.since = format_date(*parse_date(scope.until) - days{364});
    return scope;
}

std::vector<std::size_t> majors_teaching_counts(const Snapshot& snapshot, const CoverageParams& params) {
    std::vector<std::size_t> counts(snapshot.data().skills.size(), 0);
    for (Index m = 0; m < snapshot.data().majors.size(); ++m) {
        auto plan = snapshot.latest_plan(m);
        if (!plan) continue;
        const auto courses = counted_courses_of_plan(snapshot, *plan, params);
        const Coverage coverage(snapshot, courses, params);
        for (const auto& [skill, raw] : coverage.raw())
            if (std::min(1.0, raw) >= 0.5) ++counts[skill];
    }
    return counts;
}

DemandAnalysis analyse_demand(const Snapshot& snapshot, DemandCache& cache, const DemandScope& requested,
                              const std::vector<std::size_t>& teaching_counts, std::size_t limit) {
    DemandAnalysis analysis;
    analysis.scope = resolve_window(snapshot, requested);
    const sys_days since = *parse_date(analysis.scope.since);
    const sys_days until = *parse_date(analysis.scope.until);
    const days length = until - since + days{1};
    analysis.previous_scope = analysis.scope;
    analysis.previous_scope.since = format_date(since - length);
    analysis.previous_scope.until = format_date(since - days{1});

    const auto current = cache.get(snapshot, analysis.scope);
    const auto previous = cache.get(snapshot, analysis.previous_scope);
    analysis.total = current->total;
    analysis.previous_total = previous->total;
    analysis.demand_count = current->demand_count;

    for (std::size_t i = 0; i < current->by_share.size() && analysis.skills.size() < limit; ++i) {
        const auto& sd = current->by_share[i];
        SkillTrend t;
        t.skill = sd.skill;
        t.share = sd.share;
        t.demand = sd.demand;
        t.headcount = sd.headcount;
        t.employers = current->askers[i].employer_count;
        t.previous_share = previous->share.empty() ? 0.0 : previous->share[sd.skill];
        t.change = t.share - t.previous_share;
        t.direction = t.previous_share == 0 ? "new"
                      : std::abs(t.change) < 0.001 ? "steady"
                      : t.change > 0 ? "rising" : "falling";
        t.majors_teaching = sd.skill < teaching_counts.size() ? teaching_counts[sd.skill] : 0;
        analysis.skills.push_back(std::move(t));
    }
    return analysis;
}

}  // namespace woshou::graph
