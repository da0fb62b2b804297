// woshou_baseline_bench: the gap report a team would otherwise write, in SQL
// alone (sql/baseline/gap_report.sql), against the service's engine on the
// same imported data. Each plan's SQL answer is checked against
// graph::analyse_gaps (alignment and gaps within 1e-9) before it is timed.
//
//   woshou_baseline_bench --db sqlite:var/city.db --db 'host=... dbname=city' --label city [--plans 10] [--runs 2]
//
// The snapshot comes from the first --db; every --db must hold the same data.
#include "latency.hpp"
#include "sql_baseline.hpp"
#include "woshou/graph/demand_profile.hpp"
#include "woshou/graph/gap_analysis.hpp"
#include "woshou/sql/database.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

using namespace woshou;

namespace {

struct Options {
    std::vector<std::string> databases;
    std::string label = "data";
    std::size_t plans = 10;
    std::size_t runs = 2;
    std::size_t limit = 20;
};

// The latest plans of `wanted` majors spread evenly over all of them.
std::vector<graph::Index> spread_plans(const graph::Snapshot& s, std::size_t wanted) {
    std::vector<graph::Index> all;
    for (graph::Index m = 0; m < s.data().majors.size(); ++m)
        if (auto p = s.latest_plan(m)) all.push_back(*p);
    std::vector<graph::Index> chosen;
    if (all.empty() || wanted == 0) return chosen;
    const double step = static_cast<double>(all.size()) / static_cast<double>(std::min(wanted, all.size()));
    for (double i = 0; chosen.size() < std::min(wanted, all.size()); i += step)
        chosen.push_back(all[static_cast<std::size_t>(i)]);
    return chosen;
}

std::string backend_of(const std::string& uri) { return uri.rfind("sqlite:", 0) == 0 ? "sqlite" : "postgresql"; }

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (!std::strcmp(argv[i], "--db")) o.databases.push_back(next());
        else if (!std::strcmp(argv[i], "--label")) o.label = next();
        else if (!std::strcmp(argv[i], "--plans")) o.plans = std::stoul(next());
        else if (!std::strcmp(argv[i], "--runs")) o.runs = std::stoul(next());
        else if (!std::strcmp(argv[i], "--limit")) o.limit = std::stoul(next());
        else {
            fmt::print(stderr, "usage: woshou_baseline_bench --db URI [--db URI...] [--label NAME] [--plans N] [--runs K] [--limit L]\n");
            return 2;
        }
    }
    if (o.databases.empty() || o.runs == 0) {
        fmt::print(stderr, "woshou_baseline_bench: at least one --db and --runs >= 1 are required\n");
        return 2;
    }
    using clock = std::chrono::steady_clock;
    try {
        const std::string sql = test::read_baseline_sql(WOSHOU_SOURCE_DIR);
        std::shared_ptr<const graph::Snapshot> snapshot;
        {
            auto db = sql::Database::open(o.databases.front());
            snapshot = graph::Snapshot::build(db->load(), db->data_version());
        }
        const auto plans = spread_plans(*snapshot, o.plans);
        if (plans.empty()) {
            fmt::print(stderr, "woshou_baseline_bench: no plans in {}\n", o.databases.front());
            return 1;
        }
        const graph::CoverageParams params;

        // The service: cold = the scope's demand profile plus the report (the
        // first report after a reload); warm = the report from the cached profile.
        std::vector<double> cold;
        std::shared_ptr<const graph::DemandProfile> profile;
        for (int i = 0; i < 3; ++i) {
            const auto start = clock::now();
            auto p = std::make_shared<const graph::DemandProfile>(graph::compute_demand_profile(*snapshot, {}));
            const auto courses = graph::counted_courses_of_plan(*snapshot, plans[0], params);
            graph::analyse_gaps(*snapshot, courses, *p, params, o.limit);
            cold.push_back(bench::micros_since(start));
            profile = std::move(p);
        }
        std::vector<double> warm;
        std::vector<graph::GapReport> engine;
        for (graph::Index plan : plans) {
            for (int i = 0; i < 200; ++i) {
                const auto start = clock::now();
                const auto courses = graph::counted_courses_of_plan(*snapshot, plan, params);
                auto report = graph::analyse_gaps(*snapshot, courses, *profile, params, o.limit);
                warm.push_back(bench::micros_since(start));
                if (i == 0) engine.push_back(std::move(report));
            }
        }
        const auto w = bench::summarise(warm);
        const auto c = bench::summarise(cold);

        fmt::print("## SQL-only gap report against the service (sql/baseline/gap_report.sql; whole scope, limit {}; "
                   "service warm = cached demand profile, cold = profile + report)\n\n", o.limit);
        fmt::print("| data | backend | plans | runs | SQL p50 ms | SQL max ms | service warm p50 µs | service cold p50 ms | "
                   "SQL ÷ warm | SQL ÷ cold | max abs ΔA | max abs Δg | plans differing |\n");
        fmt::print("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        int status = 0;
        for (const auto& uri : o.databases) {
            auto db = sql::Database::open(uri);
            std::vector<double> times;
            double max_da = 0, max_dg = 0;
            std::size_t differing = 0;
            for (std::size_t p = 0; p < plans.size(); ++p) {
                const std::string& plan_id = snapshot->data().plans[plans[p]].id;
                test::BaselineReport answer;
                for (std::size_t r = 0; r < o.runs; ++r) {
                    const auto start = clock::now();
                    answer = test::run_baseline(db->session(), sql, plan_id, params, o.limit);
                    times.push_back(bench::micros_since(start));
                }
                const auto differences = test::compare_with_engine(answer, engine[p], *snapshot, 1e-9);
                if (!differences.empty()) {
                    ++differing;
                    fmt::print(stderr, "{} {}: plan {} differs from the engine:\n{}", o.label, backend_of(uri), plan_id,
                               differences);
                }
                max_da = std::max(max_da, std::abs(answer.alignment - engine[p].alignment));
                for (std::size_t i = 0; i < std::min(answer.gaps.size(), engine[p].gaps.size()); ++i)
                    max_dg = std::max(max_dg, std::abs(answer.gaps[i].gap - engine[p].gaps[i].gap));
            }
            const auto s = bench::summarise(times);
            const double sql_max = times.back();  // summarise sorted them
            fmt::print("| {} | {} | {} | {} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.0f} | {:.1f} | {:.1e} | {:.1e} | {} |\n",
                       o.label, backend_of(uri), plans.size(), o.runs, s.p50_us / 1000, sql_max / 1000, w.p50_us,
                       c.p50_us / 1000, s.p50_us / w.p50_us, s.p50_us / c.p50_us, max_da, max_dg, differing);
            if (differing) status = 1;
        }
        return status;
    } catch (const std::exception& e) {
        fmt::print(stderr, "woshou_baseline_bench: {}\n", e.what());
        return 1;
    }
}
