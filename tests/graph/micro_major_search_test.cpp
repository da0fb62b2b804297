// recommend_bundle against exhaustive search on random small instances: the
// exact path must find the optimum, the greedy path at least 1 - 1/e of it,
// and every answer keeps the budget and the prerequisite order.
#include "woshou/graph/micro_major.hpp"

#include "micro_major_instances.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

using namespace woshou;
using namespace woshou::graph;

namespace {

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
        auto s = Snapshot::build(test::random_micro_major_instance(rng, 12), 1);
        const auto profile = compute_demand_profile(*s, {});
        const Index plan = *s->find_plan("P");
        RecommendOptions options;
        options.pool = university_pool(*s, plan);
        options.credit_budget = 4 + round % 9;
        const double optimum = test::exhaustive_optimum(*s, plan, profile, options.pool, options.credit_budget);

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
    auto s = Snapshot::build(test::random_micro_major_instance(rng, 14), 1);
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
