// woshou_bench: prints latency tables for the demo data and a generated city on
// the real ESCO taxonomy. See docs/performance.md for how to read them.
#include "gap_bench.hpp"
#include "latency.hpp"
#include "match_bench.hpp"
#include "micro_bench.hpp"
#include "woshou/importers/bundle_reader.hpp"
#include "woshou/importers/esco_reader.hpp"
#include "woshou/importers/generator.hpp"

#include <fmt/format.h>

#include <cstring>
#include <filesystem>

using namespace woshou;

int main(int argc, char** argv) {
    std::filesystem::path esco = std::filesystem::path(WOSHOU_SOURCE_DIR) / ".." / "shared" / "data" / "esco-1.1.1";
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--esco") && i + 1 < argc) esco = argv[++i];
        else if (!std::strcmp(argv[i], "--quick")) quick = true;
    }
    const std::size_t reports = quick ? 200 : 5000;

    fmt::print("## Gap report latency (microseconds; warm = cached demand profile, cold = first report of a new scope)\n\n");
    fmt::print("| data | majors | demands | reports | warm p50 | warm p99 | cold p50 | cold p99 | mean A |\n");
    fmt::print("|---|---|---|---|---|---|---|---|---|\n");

    const auto demo_dir = std::filesystem::path(WOSHOU_SOURCE_DIR) / "importers" / "demo" / "bundle";
    auto demo = graph::Snapshot::build(importers::read_bundle(demo_dir, {}), 1);
    bench::run_gap_bench("demo", *demo, reports);
    fmt::print("\n## Match latency (microseconds; 10-skill POST /api/v1/match over every major: engine = ranking and the top 20 explained, POST = the whole request path, cold = building the coverage index)\n\n");
    bench::print_match_header();
    bench::run_match_bench("demo", demo, reports);

    fmt::print("\n## Micro-major recommendation: greedy against exhaustive search (random small instances, budgets 4-12 credits)\n\n");
    bench::run_micro_ratio_bench(quick ? 20 : 100, 14);

    if (!std::filesystem::exists(esco / "skills_en.csv")) {
        fmt::print("\nESCO city skipped: {} not found\n", esco.string());
        return 0;
    }
    importers::EscoOptions options;
    options.skip_unknown_occupations = true;
    auto taxonomy = importers::read_esco(esco, options).data;
    importers::GeneratorOptions city;  // city scale: 30 universities, 600 majors, 50k demands
    city.seed = 7;
    auto data = importers::generate_dataset(city, &taxonomy);
    const model::Dataset taxonomy_copy = taxonomy;  // the first city takes the taxonomy's vectors
    // The generated city references ESCO skills, so the snapshot holds both.
    data.skills = std::move(taxonomy.skills);
    data.skill_broaders = std::move(taxonomy.skill_broaders);
    data.occupations = std::move(taxonomy.occupations);
    data.occupation_skills = std::move(taxonomy.occupation_skills);
    const auto start = std::chrono::steady_clock::now();
    auto snapshot = graph::Snapshot::build(std::move(data), 2);
    fmt::print("\n(snapshot of ESCO + generated city built in {:.2f} s)\n\n", bench::micros_since(start) / 1e6);
    fmt::print("| data | majors | demands | reports | warm p50 | warm p99 | cold p50 | cold p99 | mean A |\n");
    fmt::print("|---|---|---|---|---|---|---|---|---|\n");
    bench::run_gap_bench("ESCO city", *snapshot, reports);

    // Matching scales with the majors: a second city of 2,000 majors.
    importers::GeneratorOptions large = city;
    large.majors = 2000;
    auto large_data = importers::generate_dataset(large, &taxonomy_copy);
    large_data.skills = taxonomy_copy.skills;
    large_data.skill_broaders = taxonomy_copy.skill_broaders;
    large_data.occupations = taxonomy_copy.occupations;
    large_data.occupation_skills = taxonomy_copy.occupation_skills;
    const auto large_snapshot = graph::Snapshot::build(std::move(large_data), 3);
    fmt::print("\n");
    bench::print_match_header();
    bench::run_match_bench("ESCO city", snapshot, reports);
    bench::run_match_bench("ESCO city, 2,000 majors", large_snapshot, reports);
    fmt::print("\n## Micro-major recommendation (milliseconds per recommendation from a pool of 2,000 courses spread over the city; whole-city demand, profile warm)\n\n");
    bench::print_micro_header();
    bench::run_micro_bench("ESCO city", *snapshot, quick ? 5 : 30, 2000);
    bench::run_micro_bench("ESCO city, 2,000 majors", *large_snapshot, quick ? 5 : 30, 2000);
    // The "city" pool of the route: every course of the city is a candidate.
    bench::run_micro_bench("ESCO city, every course", *snapshot, quick ? 2 : 10, snapshot->data().courses.size());
    fmt::print("\n## Skill label resolution (microseconds, p50 of 20; candidates listed when unresolved)\n\n");
    fmt::print("| data | text | candidates | p50 |\n|---|---|---|---|\n");
    bench::run_label_bench("ESCO city", *snapshot);
    return 0;
}
