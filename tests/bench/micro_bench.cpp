#include "micro_bench.hpp"

#include "latency.hpp"
#include "micro_major_instances.hpp"
#include "woshou/graph/micro_major.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace woshou::bench {

void print_micro_header() {
    fmt::print("| data | pool | budget | runs | p50 ms | p99 ms | candidates after pruning | seeds | method | mean gain | min proven fraction |\n");
    fmt::print("|---|---|---|---|---|---|---|---|---|---|---|\n");
}

void run_micro_bench(const std::string& label, const graph::Snapshot& snapshot, std::size_t majors, std::size_t pool) {
    const auto profile = graph::compute_demand_profile(snapshot, {});
    const auto& data = snapshot.data();
    const std::size_t stride = std::max<std::size_t>(1, data.majors.size() / majors);
    std::vector<double> samples;
    double gain_sum = 0, min_fraction = 1, candidates = 0, seeds = 0;
    std::set<std::string> methods;
    for (graph::Index m = 0; m < data.majors.size() && samples.size() < majors; m += static_cast<graph::Index>(stride)) {
        const auto plan = snapshot.latest_plan(m);
        if (!plan) continue;
        std::set<graph::Index> in_plan;
        for (const auto& ref : snapshot.courses_of_plan(*plan)) in_plan.insert(ref.course);
        graph::RecommendOptions options;
        options.credit_budget = 20;
        // Courses spread over every university, none of the plan's.
        const std::size_t step = std::max<std::size_t>(1, data.courses.size() / (pool + in_plan.size()));
        for (graph::Index c = m % step; c < data.courses.size() && options.pool.size() < pool; c += static_cast<graph::Index>(step))
            if (!in_plan.count(c)) options.pool.push_back(c);
        const auto start = std::chrono::steady_clock::now();
        try {
            const auto r = graph::recommend_bundle(snapshot, *plan, profile, {}, options);
            samples.push_back(micros_since(start) / 1000.0);
            gain_sum += r.evaluation.gain;
            min_fraction = std::min(min_fraction, r.proven_fraction);
            candidates += static_cast<double>(r.stats.candidates);
            seeds += static_cast<double>(r.stats.seeds);
            methods.insert(r.method);
        } catch (const graph::MicroMajorError& e) {
            fmt::print("(major {}: {})\n", data.majors[m].id, e.what());
        }
    }
    if (samples.empty()) return;
    const double runs = static_cast<double>(samples.size());
    const auto s = summarise(samples);
    std::string method;
    for (const auto& name : methods) method += (method.empty() ? "" : "+") + name;
    fmt::print("| {} | {} | 20 | {} | {:.1f} | {:.1f} | {:.0f} | {:.0f} | {} | {:.4f} | {:.3f} |\n", label, pool,
               s.samples, s.p50_us, s.p99_us, candidates / runs, seeds / runs, method, gain_sum / runs, min_fraction);
}

void run_micro_ratio_bench(std::size_t instances, int pool) {
    std::mt19937 rng(20261129);
    double worst = 1, sum = 0, plain_worst = 1, plain_sum = 0;
    std::size_t counted = 0, optimal = 0;
    for (std::size_t i = 0; counted < instances && i < instances * 3; ++i) {
        auto s = graph::Snapshot::build(test::random_micro_major_instance(rng, pool), 1);
        const auto profile = graph::compute_demand_profile(*s, {});
        const auto plan = *s->find_plan("P");
        graph::RecommendOptions options;
        options.pool = graph::university_pool(*s, plan);
        options.credit_budget = static_cast<double>(4 + i % 9);
        options.exact_limit = 0;
        const double optimum = test::exhaustive_optimum(*s, plan, profile, options.pool, options.credit_budget);
        if (optimum <= 0) continue;
        const double greedy = graph::recommend_bundle(*s, plan, profile, {}, options).evaluation.gain / optimum;
        options.seed_size = 0;
        const double plain = graph::recommend_bundle(*s, plan, profile, {}, options).evaluation.gain / optimum;
        worst = std::min(worst, greedy);
        sum += greedy;
        optimal += greedy > 1 - 1e-9;
        plain_worst = std::min(plain_worst, plain);
        plain_sum += plain;
        ++counted;
    }
    const double n = static_cast<double>(counted);
    fmt::print("| method | instances | pool | worst gain/optimum | mean gain/optimum | optimal |\n|---|---|---|---|---|---|\n");
    fmt::print("| greedy, seeds of up to 3 | {} | {} | {:.4f} | {:.4f} | {} |\n", counted, pool, worst, sum / n, optimal);
    fmt::print("| plain greedy (no seeds) | {} | {} | {:.4f} | {:.4f} | |\n", counted, pool, plain_worst, plain_sum / n);
}

}  // namespace woshou::bench
