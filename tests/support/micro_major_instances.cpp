#include "micro_major_instances.hpp"

#include <algorithm>
#include <set>

namespace woshou::test {
namespace {

// "<prefix><number>", built with append: GCC 12 warns falsely (-Wrestrict) on "C" + std::to_string(i).
std::string numbered(const char* prefix, int number) {
    std::string id = prefix;
    id += std::to_string(number);
    return id;
}

}  // namespace

model::Dataset random_micro_major_instance(std::mt19937& rng, int pool) {
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
    model::Dataset d;
    d.universities = {{"U", "大学", "", "R"}};
    d.majors = {{"M", "U", "080901", "计算机", "", "bachelor"}};
    d.plans = {{"P", "M", 2024, "v1"}};
    for (int s = 0; s < 30; ++s) d.skills.push_back({numbered("s", 100 + s), "skill", "", {}, "skill", "bundle"});
    for (int s = 6; s < 30; ++s) d.skill_broaders.push_back({d.skills[s].id, d.skills[s % 6].id});
    const int total = 10 + pool;
    for (int c = 0; c < total; ++c) {
        const std::string id = numbered("C", 100 + c);
        d.courses.push_back({id, "U", id, numbered("课程", c), "", double(1 + pick(4)), {}, "", ""});
        if (c < 10) d.plan_courses.push_back({"P", id, 1 + c / 3, chance(0.7)});
        std::set<int> taught;
        for (int k = 1 + pick(3); k > 0; --k) taught.insert(pick(30));
        for (int s : taught) d.course_skills.push_back({id, d.skills[s].id, 0.2 + 0.2 * pick(5)});
        if (c > 0 && chance(0.35)) d.prerequisites.push_back({id, d.courses[pick(c)].id});
    }
    d.employers = {{"E", "公司", "IT", "R"}};
    for (int i = 0; i < 40; ++i) {
        const std::string id = numbered("D", i);
        d.demands.push_back({id, "E", "", "", 1 + pick(5), "", "2025-01-01"});
        std::set<int> asked;
        for (int k = 1 + pick(5); k > 0; --k) asked.insert(pick(30));
        for (int s : asked) d.demand_skills.push_back({id, d.skills[s].id, 0.5 + 0.5 * chance(0.5)});
    }
    return d;
}

double exhaustive_optimum(const graph::Snapshot& s, graph::Index plan, const graph::DemandProfile& profile,
                          const std::vector<graph::Index>& pool, double budget) {
    double best = 0;
    for (std::uint32_t mask = 1; mask < (1u << pool.size()); ++mask) {
        std::vector<graph::Index> bundle;
        for (std::size_t i = 0; i < pool.size(); ++i)
            if (mask & (1u << i)) bundle.push_back(pool[i]);
        const auto e = graph::evaluate_bundle(s, plan, bundle, profile, {});
        if (e.credits <= budget + 1e-9) best = std::max(best, e.gain);
    }
    return best;
}

}  // namespace woshou::test
