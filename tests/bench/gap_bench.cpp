#include "gap_bench.hpp"

#include "latency.hpp"
#include "woshou/graph/demand_cache.hpp"
#include "woshou/graph/gap_analysis.hpp"

#include <fmt/format.h>

#include <set>

namespace woshou::bench {

void run_gap_bench(const std::string& label, const graph::Snapshot& snapshot, std::size_t min_reports) {
    using clock = std::chrono::steady_clock;
    graph::DemandCache cache;
    const graph::CoverageParams params;
    std::vector<graph::Index> plans;
    for (graph::Index m = 0; m < snapshot.data().majors.size(); ++m)
        if (auto p = snapshot.latest_plan(m)) plans.push_back(*p);
    if (plans.empty()) {
        fmt::print("{}: no plans\n", label);
        return;
    }

    // Cold: each distinct scope computes its demand profile once.
    std::vector<double> cold;
    std::set<std::string> industries, regions;
    for (const auto& e : snapshot.data().employers) industries.insert(e.industry);
    for (const auto& d : snapshot.data().demands)
        if (!d.region.empty()) regions.insert(d.region);
    std::vector<graph::DemandScope> scopes(1);
    for (const auto& i : industries) {
        scopes.emplace_back();
        scopes.back().industry = i;
    }
    for (const auto& r : regions) {
        scopes.emplace_back();
        scopes.back().region = r;
    }
    for (const auto& scope : scopes) {
        const auto start = clock::now();
        cache.get(snapshot, scope);
        cold.push_back(micros_since(start));
    }

    // Warm: the whole-city scope, cached, for every plan in turn.
    std::vector<double> warm;
    double checksum = 0;
    for (std::size_t i = 0; warm.size() < std::max(min_reports, plans.size()); ++i) {
        const auto start = clock::now();
        const auto profile = cache.get(snapshot, scopes[0]);
        const auto courses = graph::counted_courses_of_plan(snapshot, plans[i % plans.size()], params);
        const auto report = graph::analyse_gaps(snapshot, courses, *profile, params, 20);
        warm.push_back(micros_since(start));
        checksum += report.alignment;
    }
    const auto w = summarise(warm);
    const auto c = summarise(cold);
    fmt::print("| {} | {} | {} | {} | {:.1f} | {:.1f} | {:.0f} | {:.0f} | {} |\n", label, snapshot.data().majors.size(),
               snapshot.data().demands.size(), w.samples, w.p50_us, w.p99_us, c.p50_us, c.p99_us,
               fmt::format("{:.4f}", checksum / w.samples));
}

}  // namespace woshou::bench
