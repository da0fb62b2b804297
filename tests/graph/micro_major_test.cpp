// The micro-major engine on the hand-computed case of docs/micro-majors.md,
// then recommend against exhaustive search on random small instances.
#include "woshou/graph/micro_major.hpp"

#include "micro_major_example.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

using namespace woshou;
using namespace woshou::graph;

namespace woshou::graph {
std::ostream& operator<<(std::ostream& out, BundleRole role) { return out << role_name(role); }
}  // namespace woshou::graph
using boost::test_tools::tolerance;

namespace {

struct Example {
    std::shared_ptr<const Snapshot> snapshot = Snapshot::build(test::micro_major_example(), 1);
    DemandProfile profile = compute_demand_profile(*snapshot, {});
    Index plan = *snapshot->find_plan("P");

    Index course(const std::string& id) const { return *snapshot->find_course(id); }
    std::string id(Index course) const { return snapshot->data().courses[course].id; }
    std::vector<Index> courses(std::initializer_list<const char*> ids) const {
        std::vector<Index> out;
        for (const char* i : ids) out.push_back(course(i));
        return out;
    }
    const BundleCourse& in(const BundleEvaluation& e, const std::string& course_id) const {
        for (const auto& b : e.courses)
            if (id(b.course) == course_id) return b;
        throw std::runtime_error("not in the bundle: " + course_id);
    }
};

std::vector<std::string> ids(const Example& x, const std::vector<Index>& courses) {
    std::vector<std::string> out;
    for (Index c : courses) out.push_back(x.id(c));
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(micro_major_evaluate)

BOOST_AUTO_TEST_CASE(bundle_with_a_missing_prerequisite_matches_the_hand_computation) {
    Example x;
    BundleParams params;
    params.max_credits_per_term = 4;
    const auto e = evaluate_bundle(*x.snapshot, x.plan, x.courses({"C5", "C6"}), x.profile, params);
    // Before: the gap method's worked example. After: python, ml and sql
    // reach 1; prog = 0.5 (C7) + 0.5 x 0.8 (python) = 0.9.
    BOOST_TEST(e.alignment_before == 0.5083333333333333, tolerance(1e-12));
    BOOST_TEST(e.alignment_after == 5.95 / 6, tolerance(1e-12));
    BOOST_TEST(e.gain == 5.95 / 6 - 0.5083333333333333, tolerance(1e-12));
    BOOST_TEST(e.credits == 7.0);
    BOOST_TEST_REQUIRE(e.courses.size() == 3u);
    BOOST_TEST(x.in(e, "C7").role == BundleRole::prerequisite);
    BOOST_TEST(ids(x, x.in(e, "C7").required_by) == std::vector<std::string>{"C6"});
    BOOST_TEST(x.in(e, "C5").role == BundleRole::chosen);
    // C1, C5's prerequisite, is required by the plan: not brought in.
    BOOST_TEST(x.in(e, "C5").required_by.empty());
    // Added in the given order, a prerequisite just before the course needing it.
    BOOST_TEST(ids(x, e.added_order) == (std::vector<std::string>{"C5", "C7", "C6"}));
    BOOST_TEST(x.in(e, "C5").added_gain == 1.0 / 6, tolerance(1e-12));
    BOOST_TEST(x.in(e, "C7").added_gain == 0.5 / 6 * 0.5 + 2.0 / 6 * 0.2, tolerance(1e-12));
    BOOST_TEST(x.in(e, "C6").added_gain == 2.5 / 6 * 0.5, tolerance(1e-12));
    // Terms of at most 4 credits: C5 (3) alone; C7 cannot join it; C6 after C7.
    BOOST_TEST_REQUIRE(e.terms.size() == 3u);
    BOOST_TEST(ids(x, e.terms[0].courses) == std::vector<std::string>{"C5"});
    BOOST_TEST(ids(x, e.terms[1].courses) == std::vector<std::string>{"C7"});
    BOOST_TEST(ids(x, e.terms[2].courses) == std::vector<std::string>{"C6"});
    BOOST_TEST(x.in(e, "C6").term == 3);
    // Gaps by narrowing: sql, ml and python close, prog narrows.
    BOOST_TEST_REQUIRE(e.changes.size() == 4u);
    const char* order[] = {"sql", "ml", "python", "prog"};
    for (int i = 0; i < 4; ++i) BOOST_TEST(x.snapshot->data().skills[e.changes[i].skill].id == order[i]);
    BOOST_TEST(e.changes[0].gap_before == 2.5 / 6 * 0.5, tolerance(1e-12));
    BOOST_TEST(e.changes[0].closed);
    BOOST_TEST(ids(x, e.changes[0].courses) == std::vector<std::string>{"C6"});
    BOOST_TEST(!e.changes[3].closed);
    BOOST_TEST(e.changes[3].coverage_after == 0.9, tolerance(1e-12));
    BOOST_TEST(ids(x, e.changes[3].courses) == std::vector<std::string>{"C7"});
}

BOOST_AUTO_TEST_CASE(a_roomier_term_takes_both_first_courses) {
    Example x;
    const auto e = evaluate_bundle(*x.snapshot, x.plan, x.courses({"C6", "C5"}), x.profile, {});
    BOOST_TEST_REQUIRE(e.terms.size() == 2u);
    BOOST_TEST(ids(x, e.terms[0].courses) == (std::vector<std::string>{"C5", "C7"}));
    BOOST_TEST(e.terms[0].credits == 5.0);
    BOOST_TEST(ids(x, e.terms[1].courses) == std::vector<std::string>{"C6"});
    BOOST_TEST(e.gain == 5.95 / 6 - 0.5083333333333333, tolerance(1e-12));  // order does not change A
}

BOOST_AUTO_TEST_CASE(plan_courses_are_free_when_required_and_raised_when_elective) {
    Example x;
    const auto e = evaluate_bundle(*x.snapshot, x.plan, x.courses({"C1", "C2", "C2"}), x.profile, {});
    BOOST_TEST_REQUIRE(e.courses.size() == 2u);  // the duplicate collapsed
    BOOST_TEST(x.in(e, "C1").role == BundleRole::already_required);
    BOOST_TEST(x.in(e, "C1").credits == 0.0);
    BOOST_TEST(x.in(e, "C2").plan_elective);
    BOOST_TEST(e.credits == 2.0);
    BOOST_TEST(e.gain == 2.5 / 6 * 0.5, tolerance(1e-12));  // sql: 0.5 -> 1
    BOOST_TEST(e.courses.back().role == BundleRole::already_required);  // listed last
}

BOOST_AUTO_TEST_CASE(a_course_given_after_the_course_needing_it_is_chosen) {
    Example x;
    const auto e = evaluate_bundle(*x.snapshot, x.plan, x.courses({"C6", "C7"}), x.profile, {});
    BOOST_TEST(x.in(e, "C7").role == BundleRole::chosen);
    BOOST_TEST(e.credits == 4.0);
}

BOOST_AUTO_TEST_CASE(an_empty_bundle_and_a_prerequisite_cycle_are_errors) {
    Example x;
    std::vector<Index> none;
    BOOST_CHECK_EXCEPTION(evaluate_bundle(*x.snapshot, x.plan, none, x.profile, {}), MicroMajorError,
                          [](const MicroMajorError& e) { return e.kind() == MicroMajorError::Kind::empty_bundle; });
    auto data = test::micro_major_example();
    data.prerequisites.push_back({"C7", "C8"});
    data.prerequisites.push_back({"C8", "C6"});
    auto s = Snapshot::build(data, 1);
    const auto profile = compute_demand_profile(*s, {});
    std::vector<Index> bundle{*s->find_course("C6")};
    BOOST_CHECK_EXCEPTION(evaluate_bundle(*s, *s->find_plan("P"), bundle, profile, {}), MicroMajorError,
                          [](const MicroMajorError& e) {
                              return e.kind() == MicroMajorError::Kind::prerequisite_cycle &&
                                     e.cycle() == std::vector<std::string>({"C6", "C7", "C8"}) &&
                                     std::string(e.what()).find("C6 -> C7 -> C8 -> C6") != std::string::npos;
                          });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(micro_major_recommend)

BOOST_AUTO_TEST_CASE(the_example_recommends_advanced_sql_with_its_prerequisite) {
    Example x;
    RecommendOptions options;
    options.credit_budget = 4;
    options.pool = university_pool(*x.snapshot, x.plan);
    BOOST_TEST(ids(x, options.pool) == (std::vector<std::string>{"C5", "C6", "C7", "C8"}));
    const auto r = recommend_bundle(*x.snapshot, x.plan, x.profile, {}, options);
    BOOST_TEST(r.method == "exact");
    BOOST_TEST(r.stats.candidates == 3u);  // C8 teaches nothing asked for
    std::vector<std::string> chosen;
    for (const auto& b : r.evaluation.courses) chosen.push_back(x.id(b.course));
    std::sort(chosen.begin(), chosen.end());
    BOOST_TEST(chosen == (std::vector<std::string>{"C6", "C7"}));
    BOOST_TEST(r.evaluation.gain == (2.5 / 6 * 0.5) + (0.5 / 6 * 0.5 + 2.0 / 6 * 0.2), tolerance(1e-12));
    BOOST_TEST(r.evaluation.credits == 4.0);
    BOOST_TEST(r.upper_bound == r.evaluation.gain, tolerance(1e-12));
    BOOST_TEST_REQUIRE(!r.alternatives.empty());
    BOOST_TEST(r.alternatives[0].gain == 1.0 / 6, tolerance(1e-12));  // C5 alone
    BOOST_TEST(ids(x, r.alternatives[0].courses) == std::vector<std::string>{"C5"});
}

BOOST_AUTO_TEST_CASE(an_empty_pool_and_a_budget_below_every_course_are_explained) {
    Example x;
    RecommendOptions options;
    options.pool = x.courses({"C1", "C2"});  // both in the plan
    BOOST_CHECK_EXCEPTION(recommend_bundle(*x.snapshot, x.plan, x.profile, {}, options), MicroMajorError,
                          [](const MicroMajorError& e) {
                              return e.kind() == MicroMajorError::Kind::empty_pool &&
                                     std::string(e.what()).find("already in the plan") != std::string::npos;
                          });
    options.pool = x.courses({"C5", "C6"});
    options.credit_budget = 2.5;
    BOOST_CHECK_EXCEPTION(recommend_bundle(*x.snapshot, x.plan, x.profile, {}, options), MicroMajorError,
                          [](const MicroMajorError& e) {
                              return e.kind() == MicroMajorError::Kind::over_budget &&
                                     std::string(e.what()).find("C5 (3 credits)") != std::string::npos;
                          });
    // C8 fits but teaches nothing in demand; the useful ones do not fit.
    options.pool = x.courses({"C5", "C8"});
    options.credit_budget = 1;
    BOOST_CHECK_EXCEPTION(recommend_bundle(*x.snapshot, x.plan, x.profile, {}, options), MicroMajorError,
                          [](const MicroMajorError& e) {
                              return e.kind() == MicroMajorError::Kind::over_budget &&
                                     std::string(e.what()).find("the cheapest is C5") != std::string::npos;
                          });
    options.pool = x.courses({"C8"});
    BOOST_CHECK_EXCEPTION(recommend_bundle(*x.snapshot, x.plan, x.profile, {}, options), MicroMajorError,
                          [](const MicroMajorError& e) { return e.kind() == MicroMajorError::Kind::no_gain; });
}

BOOST_AUTO_TEST_SUITE_END()
