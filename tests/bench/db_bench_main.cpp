// woshou_db_bench: the service's side of issue 6 on an imported database --
// snapshot build time and peak RSS from the database (what woshoud does at
// start and on every reload), then gap report, match and micro-major latency
// on that snapshot. Prints markdown tables; docs/performance.md reads them.
//
//   woshou_db_bench --db sqlite:var/city.db --label city [--quick] [--snapshot-only]
//                   [--path stream|dataset]
//
// --path stream (the default) builds the snapshot as woshoud does,
// Database::load_snapshot; --path dataset reads a whole Dataset first
// (Database::load, then Snapshot::build), the way before, for comparison.
#include "gap_bench.hpp"
#include "latency.hpp"
#include "match_bench.hpp"
#include "micro_bench.hpp"
#include "process_memory.hpp"
#include "route_bench.hpp"
#include "woshou/graph/snapshot.hpp"
#include "woshou/sql/database.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstring>
#include <string>

using namespace woshou;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Mean number of courses in a major's latest plan: the size a gap report walks.
double mean_plan_courses(const graph::Snapshot& s) {
    double courses = 0, plans = 0;
    for (graph::Index m = 0; m < s.data().majors.size(); ++m) {
        if (auto p = s.latest_plan(m)) {
            courses += static_cast<double>(s.courses_of_plan(*p).size());
            ++plans;
        }
    }
    return plans > 0 ? courses / plans : 0;
}

// Rows the snapshot holds: entities, outcomes, and one per relation edge
// that came from a relation table (the same count as Dataset::row_count()).
std::size_t snapshot_rows(const graph::Snapshot& s) {
    const auto& d = s.data();
    std::size_t rows = d.universities.size() + d.majors.size() + d.courses.size() + d.plans.size() +
                       d.skills.size() + d.occupations.size() + d.employers.size() + d.demands.size() +
                       d.outcomes.size();
    const auto& g = s.graph();
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        switch (g[*it].kind) {
            case graph::EdgeKind::includes_course:
            case graph::EdgeKind::requires_course:
            case graph::EdgeKind::teaches_skill:
            case graph::EdgeKind::broader_skill:
            case graph::EdgeKind::needs_skill:
            case graph::EdgeKind::asks_skill: ++rows; break;
            default: break;
        }
    }
    return rows;
}

std::size_t demand_skill_count(const graph::Snapshot& s) {
    std::size_t count = 0;
    for (graph::Index d = 0; d < s.data().demands.size(); ++d) count += s.skills_of_demand(d).size();
    return count;
}

}  // namespace

int main(int argc, char** argv) {
    std::string db_uri, label = "data";
    std::string path = "stream";
    bool quick = false, snapshot_only = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--db") && i + 1 < argc) db_uri = argv[++i];
        else if (!std::strcmp(argv[i], "--label") && i + 1 < argc) label = argv[++i];
        else if (!std::strcmp(argv[i], "--quick")) quick = true;
        else if (!std::strcmp(argv[i], "--snapshot-only")) snapshot_only = true;
        else if (!std::strcmp(argv[i], "--path") && i + 1 < argc) path = argv[++i];
        else {
            fmt::print(stderr, "usage: woshou_db_bench --db URI [--label NAME] [--quick] [--snapshot-only] "
                               "[--path stream|dataset]\n");
            return 2;
        }
    }
    if (db_uri.empty() || (path != "stream" && path != "dataset")) {
        fmt::print(stderr, "woshou_db_bench: --db is required; --path is stream or dataset\n");
        return 2;
    }
    try {
        // As woshoud does at start: load the database into a snapshot.
        auto db = sql::Database::open(db_uri);
        const auto version = db->data_version();
        const auto started = std::chrono::steady_clock::now();
        std::shared_ptr<const graph::Snapshot> snapshot;
        std::string split = "-";  // the dataset path's load and build, timed apart
        if (path == "stream") {
            snapshot = db->load_snapshot(version);
        } else {
            auto data = db->load();
            const double load_s = seconds_since(started);
            const double loaded_rss = bench::current_rss_mib();  // the Dataset alone, before the graph
            const auto building = std::chrono::steady_clock::now();
            snapshot = graph::Snapshot::build(std::move(data), version);
            split = fmt::format("load {:.2f} s ({:.0f} MiB), build {:.2f} s", load_s, loaded_rss,
                                seconds_since(building));
        }
        const double total_s = seconds_since(started);
        const double peak = bench::peak_rss_mib();
        db.reset();

        const auto& d = snapshot->data();
        fmt::print("## Snapshot from the database (peak RSS = VmHWM after the build)\n\n");
        fmt::print("| data | backend | path | rows | universities | majors | courses | mean plan courses | demands | demand skills | load+build s | peak RSS MiB | dataset path split |\n");
        fmt::print("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        fmt::print("| {} | {} | {} | {} | {} | {} | {} | {:.1f} | {} | {} | {:.2f} | {:.0f} | {} |\n", label,
                   db_uri.rfind("sqlite:", 0) == 0 ? "sqlite" : "postgresql", path, snapshot_rows(*snapshot),
                   d.universities.size(), d.majors.size(), d.courses.size(), mean_plan_courses(*snapshot),
                   d.demands.size(), demand_skill_count(*snapshot), total_s, peak, split);

        if (snapshot_only) return 0;
        const std::size_t reports = quick ? 200 : 5000;
        fmt::print("\n## Gap report latency (microseconds; warm = cached demand profile, cold = first report of a new scope)\n\n");
        fmt::print("| data | majors | demands | reports | warm p50 | warm p99 | cold p50 | cold p99 | mean A |\n");
        fmt::print("|---|---|---|---|---|---|---|---|---|\n");
        bench::run_gap_bench(label, *snapshot, reports);

        fmt::print("\n## Match latency (microseconds; 10-skill POST /api/v1/match over every major)\n\n");
        bench::print_match_header();
        bench::run_match_bench(label, snapshot, reports);

        fmt::print("\n## Read routes without the socket (server::handle_http, demand profile computed before timing; microseconds)\n\n");
        bench::run_route_bench(label, snapshot, reports);

        fmt::print("\n## Micro-major recommendation (milliseconds; pool of 2,000 courses over the whole data, 20 credits)\n\n");
        bench::print_micro_header();
        bench::run_micro_bench(label, *snapshot, quick ? 3 : 10, 2000);
        fmt::print("\n(peak RSS at the end: {:.0f} MiB)\n", bench::peak_rss_mib());
        return 0;
    } catch (const std::exception& e) {
        fmt::print(stderr, "woshou_db_bench: {}\n", e.what());
        return 1;
    }
}
