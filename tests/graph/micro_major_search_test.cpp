// recommend_bundle against exhaustive search on random small instances: the
// exact path must find the optimum, the greedy path at least 1 - 1/e of it,
// and every answer keeps the budget and the prerequisite order.
#include "woshou/graph/micro_major.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

using namespace woshou;
using namespace woshou::graph;

namespace {

// "<prefix><number>", built with append: GCC 12 warns falsely (-Wrestrict) on "C" + std::to_string(i).
std::string numbered(const char* prefix, int number) {
    std::string id = prefix;
    id += std::to_string(number);
    return id;
}

// A university with a 10-course plan and `pool` other courses over 30 skills
// in a two-level taxonomy; prerequisites point to lower-numbered courses only
// (acyclic), some to plan courses; 40 demands ask for 1-5 skills each.
model::Dataset random_instance(std::mt19937& rng, int pool) {
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

// Every subset of the pool with its prerequisites, evaluated: the optimum gain within the budget.
double exhaustive_optimum(const Snapshot& s, Index plan, const DemandProfile& profile, const std::vector<Index>& pool,
                          double budget) {
    double best = 0;
    for (std::uint32_t mask = 1; mask < (1u << pool.size()); ++mask) {
        std::vector<Index> bundle;
        for (std::size_t i = 0; i < pool.size(); ++i)
            if (mask & (1u << i)) bundle.push_back(pool[i]);
        const auto e = evaluate_bundle(s, plan, bundle, profile, {});
        if (e.credits <= budget + 1e-9) best = std::max(best, e.gain);
    }
    return best;
}

void check_bundle_is_valid(const Snapshot& s, Index plan, const Recommendation& r, double budget) {
    std::set<Index> plan_courses, required;
    for (const auto& ref : s.courses_of_plan(plan)) {
        plan_courses.insert(ref.course);
        if (ref.required) required.insert(ref.course);
    }
    BOOST_TEST(r.evaluation.credits <= budget + 1e-9);
    std::map<Index, int> term;
    for (const auto& b : r.evaluation.courses) term[b.course] = b.term;
    for (const auto& b : r.evaluation.courses) {
        if (b.role == BundleRole::chosen) BOOST_TEST(!plan_courses.count(b.course));  // never a plan course
        for (Index p : s.prerequisites_of(b.course)) {
            if (required.count(p)) continue;
            BOOST_TEST_REQUIRE(term.count(p) == 1u);  // every prerequisite is in the bundle...
            BOOST_TEST(term[p] < b.term);             // ...and taken in an earlier term
        }
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(micro_major_search)

BOOST_AUTO_TEST_CASE(exact_matches_exhaustive_search_and_greedy_keeps_its_guarantee) {
    std::mt19937 rng(20261129);
    double worst_ratio = 1, ratio_sum = 0;
    double plain_worst = 1, plain_sum = 0;
    int instances = 0, greedy_optimal = 0;
    for (int round = 0; round < 40; ++round) {
        auto s = Snapshot::build(random_instance(rng, 12), 1);
        const auto profile = compute_demand_profile(*s, {});
        const Index plan = *s->find_plan("P");
        RecommendOptions options;
        options.pool = university_pool(*s, plan);
        options.credit_budget = 4 + round % 9;
        const double optimum = exhaustive_optimum(*s, plan, profile, options.pool, options.credit_budget);

        Recommendation exact;
        try {
            exact = recommend_bundle(*s, plan, profile, {}, options);
        } catch (const MicroMajorError& e) {
            BOOST_TEST(optimum == 0.0);  // only when nothing can be gained
            continue;
        }
        BOOST_TEST(exact.method == "exact");
        BOOST_TEST(exact.evaluation.gain == optimum, boost::test_tools::tolerance(1e-9));

        check_bundle_is_valid(*s, plan, exact, options.credit_budget);

        options.exact_limit = 0;  // greedy with partial enumeration only
        const auto greedy = recommend_bundle(*s, plan, profile, {}, options);
        BOOST_TEST(greedy.method == "greedy");
        check_bundle_is_valid(*s, plan, greedy, options.credit_budget);
        BOOST_TEST(greedy.upper_bound >= optimum - 1e-9);  // the reported bound is a bound
        const double ratio = greedy.evaluation.gain / optimum;
        BOOST_TEST(ratio >= 1 - 1 / std::exp(1.0));
        BOOST_TEST(ratio <= 1 + 1e-9);
        worst_ratio = std::min(worst_ratio, ratio);
        ratio_sum += ratio;
        greedy_optimal += ratio > 1 - 1e-9;
        ++instances;

        options.seed_size = 0;  // plain greedy by gain per credit, for comparison
        const auto plain = recommend_bundle(*s, plan, profile, {}, options);
        check_bundle_is_valid(*s, plan, plain, options.credit_budget);
        plain_worst = std::min(plain_worst, plain.evaluation.gain / optimum);
        plain_sum += plain.evaluation.gain / optimum;
        options.seed_size = 3;
    }
    BOOST_TEST(instances >= 30);
    BOOST_TEST_MESSAGE("greedy/optimum over " << instances << " instances: worst " << worst_ratio << ", mean "
                                              << ratio_sum / instances << ", optimal in " << greedy_optimal
                                              << "; plain greedy (no seeds): worst " << plain_worst << ", mean "
                                              << plain_sum / instances);
}

BOOST_AUTO_TEST_CASE(a_course_limit_is_kept) {
    std::mt19937 rng(7);
    auto s = Snapshot::build(random_instance(rng, 14), 1);
    const auto profile = compute_demand_profile(*s, {});
    const Index plan = *s->find_plan("P");
    RecommendOptions options;
    options.pool = university_pool(*s, plan);
    options.credit_budget = 20;
    options.max_courses = 2;
    for (std::size_t exact_limit : {25u, 0u}) {
        options.exact_limit = exact_limit;
        const auto r = recommend_bundle(*s, plan, profile, {}, options);
        BOOST_TEST(r.evaluation.courses.size() <= 2u);
        check_bundle_is_valid(*s, plan, r, options.credit_budget);
    }
}

BOOST_AUTO_TEST_SUITE_END()
