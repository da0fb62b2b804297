// The matching engine on the case of docs/matching.md, worked out on paper,
// plus the promise that its coverage is the gap method's, on random data.
#include "woshou/graph/match_cache.hpp"
#include "woshou/graph/matching.hpp"

#include "match_example.hpp"
#include "worked_example.hpp"

#include <boost/test/unit_test.hpp>

#include <random>

using namespace woshou;
using namespace woshou::graph;
using boost::test_tools::tolerance;

namespace {

std::shared_ptr<const Snapshot> example() {
    static const auto snapshot = Snapshot::build(test::match_example(), 5);
    return snapshot;
}

// python 1.0, sql 0.5 (sum of weights 1.5).
MatchQuery python_and_sql(const Snapshot& s) {
    MatchQuery query;
    query.skills = {{*s.find_skill("python"), 1.0}, {*s.find_skill("sql"), 0.5}};
    return query;
}

std::vector<std::string> ranked_ids(const Snapshot& s, const MatchAnswer& answer) {
    std::vector<std::string> ids;
    for (const auto& r : answer.results) ids.push_back(s.data().majors[r.major].id);
    return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(matching)

BOOST_AUTO_TEST_CASE(majors_rank_by_score_then_latest_graduates_then_id) {
    const auto& s = *example();
    const MatchIndex index(s, {});
    const auto answer = match_majors(s, index, python_and_sql(s));
    // M1: (1.0*0.8 + 0.5*0.5)/1.5 = 0.7; M2, M3: 0.5*1.0/1.5; M4, M7: python through its parent prog,
    // 1.0*0.5*1.0/1.5. Ties: M3 (50 graduates in 2024) before M2 (30 in 2024, although 100 in 2022),
    // then M4 before M7 by id (no outcomes, and M7 comes first in the data).
    const std::vector<std::string> expected{"M1", "M3", "M2", "M4", "M7"};
    BOOST_TEST(ranked_ids(s, answer) == expected, boost::test_tools::per_element());
    BOOST_TEST(answer.results[0].score == 0.7, tolerance(1e-12));
    for (std::size_t i = 1; i < answer.results.size(); ++i)
        BOOST_TEST(answer.results[i].score == 1.0 / 3, tolerance(1e-12));
    BOOST_TEST(answer.total_majors == 7u);  // M5 (no plan) and M6 (excel only) count but are not listed
    BOOST_TEST(answer.matched_majors == 5u);
    BOOST_TEST(answer.weight_total == 1.5);
}

BOOST_AUTO_TEST_CASE(a_result_names_the_courses_behind_each_covered_skill_and_the_missing_ones) {
    const auto& s = *example();
    const MatchIndex index(s, {});
    const auto answer = match_majors(s, index, python_and_sql(s));
    const auto& m1 = answer.results[0];
    BOOST_TEST(s.data().plans[*m1.plan].id == "P1");
    BOOST_TEST_REQUIRE(m1.covered.size() == 2u);
    BOOST_TEST(m1.covered[1].coverage == 0.5);  // sql through the elective C2
    BOOST_TEST_REQUIRE(m1.covered[1].courses.size() == 1u);
    BOOST_TEST(s.data().courses[m1.covered[1].courses[0].course].id == "C2");
    BOOST_TEST(m1.covered[1].courses[0].multiplier == 0.5);
    BOOST_TEST(m1.missing.empty());

    const auto& m4 = answer.results[3];
    BOOST_TEST_REQUIRE(m4.covered.size() == 1u);
    BOOST_TEST(s.data().skills[m4.covered[0].skill].id == "python");
    BOOST_TEST(m4.covered[0].courses[0].via_neighbour);
    BOOST_TEST(s.data().skills[m4.covered[0].courses[0].through].id == "prog");
    BOOST_TEST_REQUIRE(m4.missing.size() == 1u);
    BOOST_TEST(s.data().skills[m4.missing[0].skill].id == "sql");
}

BOOST_AUTO_TEST_CASE(parameters_change_scores_as_the_formula_says) {
    const auto& s = *example();
    const auto full_elective = match_majors(s, MatchIndex(s, {1.0, 0.5}), python_and_sql(s));
    BOOST_TEST(full_elective.results[0].score == (0.8 + 0.5) / 1.5, tolerance(1e-12));
    // Without taxonomy decay, teaching prog says nothing about python: M4 and M7 drop out.
    const auto no_decay = match_majors(s, MatchIndex(s, {0.5, 0.0}), python_and_sql(s));
    const std::vector<std::string> expected{"M1", "M3", "M2"};
    BOOST_TEST(ranked_ids(s, no_decay) == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(region_and_limit_filter_the_majors_considered) {
    const auto& s = *example();
    const MatchIndex index(s, {});
    auto query = python_and_sql(s);
    query.region = "A";
    auto answer = match_majors(s, index, query);
    const std::vector<std::string> in_a{"M1", "M2"};
    BOOST_TEST(ranked_ids(s, answer) == in_a, boost::test_tools::per_element());
    BOOST_TEST(answer.total_majors == 3u);
    query.region = "B";
    query.limit = 2;
    answer = match_majors(s, index, query);
    const std::vector<std::string> in_b{"M3", "M4"};
    BOOST_TEST(ranked_ids(s, answer) == in_b, boost::test_tools::per_element());
    BOOST_TEST(answer.matched_majors == 3u);
    query.region = "nowhere";
    answer = match_majors(s, index, query);
    BOOST_TEST(answer.results.empty());
    BOOST_TEST(answer.total_majors == 0u);
}

BOOST_AUTO_TEST_CASE(index_coverage_equals_the_gap_method_coverage) {
    // Random plans over a random hierarchy: for every major and skill the
    // index holds exactly Coverage::of of the latest plan.
    std::mt19937 rng(11);
    model::Dataset d = test::worked_example();
    for (int i = 0; i < 40; ++i) d.skills.push_back({"s" + std::to_string(i), "S" + std::to_string(i), "", {}, "skill", "bundle"});
    for (int i = 1; i < 40; ++i) d.skill_broaders.push_back({"s" + std::to_string(i), "s" + std::to_string(rng() % i)});
    for (int m = 0; m < 15; ++m) {
        const std::string major = "R" + std::to_string(m), plan = "RP" + std::to_string(m);
        d.majors.push_back({major, "U", "0809" + std::to_string(m), major, "", "bachelor"});
        d.plans.push_back({plan, major, 2024, "v1"});
        for (int c = 0; c < 6; ++c) {
            const std::string course = major + "-C" + std::to_string(c);
            d.courses.push_back({course, "U", course, course, "", 2, {}, "", ""});
            d.plan_courses.push_back({plan, course, 1, rng() % 3 != 0});
            for (int k = 0; k < 3; ++k)
                d.course_skills.push_back({course, "s" + std::to_string(rng() % 40), (1 + rng() % 10) / 10.0});
        }
    }
    // Duplicate (course, skill) rows would not be valid data.
    std::sort(d.course_skills.begin(), d.course_skills.end(),
              [](const auto& a, const auto& b) { return std::tie(a.course_id, a.skill_id) < std::tie(b.course_id, b.skill_id); });
    d.course_skills.erase(std::unique(d.course_skills.begin(), d.course_skills.end(),
                                      [](const auto& a, const auto& b) { return a.course_id == b.course_id && a.skill_id == b.skill_id; }),
                          d.course_skills.end());
    const auto s = Snapshot::build(std::move(d), 1);
    const CoverageParams params{0.3, 0.7};
    const MatchIndex index(*s, params);
    std::size_t compared = 0;
    for (Index m = 0; m < s->data().majors.size(); ++m) {
        const auto courses = counted_courses_of_plan(*s, *s->latest_plan(m), params);
        const Coverage coverage(*s, courses, params);
        for (Index skill = 0; skill < s->data().skills.size(); ++skill, ++compared)
            BOOST_TEST(index.coverage(m, skill) == coverage.of(skill), "major " << m << " skill " << skill);
    }
    BOOST_TEST(compared > 500u);
}

BOOST_AUTO_TEST_CASE(the_cache_builds_one_index_per_snapshot_version_and_parameters) {
    MatchIndexCache cache(2);
    const auto first = example();
    const auto again = cache.get(*first, {});
    BOOST_TEST(cache.get(*first, {}).get() == again.get());
    BOOST_TEST(cache.get(*first, {1.0, 0.5}).get() != again.get());
    const auto newer = Snapshot::build(test::match_example(), 6);
    BOOST_TEST(cache.get(*newer, {})->snapshot_version() == 6u);
    BOOST_TEST(cache.hits() == 1u);
    BOOST_TEST(cache.misses() == 3u);
    // Capacity 2: the first entry was evicted.
    BOOST_TEST(cache.get(*first, {}).get() != again.get());
}

BOOST_AUTO_TEST_SUITE_END()
