// Matching counts a major's published micro-majors: their courses the plan
// does not include join at the elective factor (docs/matching.md, "Micro-majors").
#include "woshou/graph/matching.hpp"

#include "match_example.hpp"

#include <boost/test/unit_test.hpp>

using namespace woshou;
using namespace woshou::graph;
using boost::test_tools::tolerance;

namespace {

// The docs/matching.md example plus one published micro-major on `major`
// holding `courses`.
std::shared_ptr<const Snapshot> with_micro_major(const std::string& major, std::vector<std::string> courses) {
    auto d = test::match_example();
    d.micro_majors.push_back({"MM", "数据微专业", "U1"});
    d.micro_major_majors.push_back({"MM", major});
    int position = 1;
    for (auto& c : courses) d.micro_major_courses.push_back({"MM", std::move(c), position++});
    return Snapshot::build(std::move(d), 9);
}

MatchQuery python_and_sql(const Snapshot& s) {
    MatchQuery query;
    query.skills = {{*s.find_skill("python"), 1.0}, {*s.find_skill("sql"), 0.5}};
    return query;
}

const MajorMatch* result_for(const Snapshot& s, const MatchAnswer& answer, const std::string& major) {
    for (const auto& r : answer.results)
        if (s.data().majors[r.major].id == major) return &r;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(matching_micro_majors)

BOOST_AUTO_TEST_CASE(a_published_micro_major_adds_its_courses_at_the_elective_factor) {
    // M6 (accounting, excel only) gains C1 (python 0.8) and C4 (sql 1.0) from a
    // micro-major: cov(python) = 0.5 * 0.8, cov(sql) = 0.5 * 1.0, so
    // score = (1.0 * 0.4 + 0.5 * 0.5) / 1.5 = 0.4333. Without the rule M6 scores 0.
    const auto s = with_micro_major("M6", {"C1", "C4"});
    const auto answer = match_majors(*s, MatchIndex(*s, {}), python_and_sql(*s));
    const auto* m6 = result_for(*s, answer, "M6");
    BOOST_TEST_REQUIRE(m6 != nullptr);
    BOOST_TEST(m6->score == 0.65 / 1.5, tolerance(1e-12));
    BOOST_TEST(answer.matched_majors == 6u);
    BOOST_TEST(s->data().majors[answer.results[1].major].id == "M6");  // after M1 (0.7), before the 0.3333s
    BOOST_TEST(s->data().plans[*m6->plan].id == "P6");
    BOOST_TEST_REQUIRE(m6->covered.size() == 2u);
    BOOST_TEST(m6->covered[0].coverage == 0.4, tolerance(1e-12));
    BOOST_TEST_REQUIRE(m6->covered[0].courses.size() == 1u);
    BOOST_TEST(s->data().courses[m6->covered[0].courses[0].course].id == "C1");
    BOOST_TEST(m6->covered[0].courses[0].multiplier == 0.5);
    BOOST_TEST(m6->missing.empty());

    // The elective factor applies to micro-major courses too.
    const auto full = match_majors(*s, MatchIndex(*s, {1.0, 0.5}), python_and_sql(*s));
    BOOST_TEST(result_for(*s, full, "M6")->score == (0.8 + 0.5) / 1.5, tolerance(1e-12));

    const auto plain = Snapshot::build(test::match_example(), 9);
    BOOST_TEST(result_for(*plain, match_majors(*plain, MatchIndex(*plain, {}), python_and_sql(*plain)), "M6") ==
               nullptr);
}

BOOST_AUTO_TEST_CASE(a_course_the_plan_already_holds_keeps_the_plan_s_weight) {
    // M1's plan: C1 required, C2 elective. A micro-major naming both changes
    // nothing (no double count, a required course stays required); C3 is new.
    const auto s = with_micro_major("M1", {"C2", "C1", "C3"});
    const auto m1 = *s->find_major("M1");
    const auto courses = counted_courses_for_matching(*s, m1, {});
    BOOST_TEST_REQUIRE(courses.size() == 3u);
    BOOST_TEST(s->data().courses[courses[0].course].id == "C1");
    BOOST_TEST(courses[0].multiplier == 1.0);
    BOOST_TEST(s->data().courses[courses[1].course].id == "C2");
    BOOST_TEST(courses[1].multiplier == 0.5);
    BOOST_TEST(s->data().courses[courses[2].course].id == "C3");
    BOOST_TEST(courses[2].multiplier == 0.5);
    BOOST_TEST(!courses[2].required);
    // sql: C2 elective 0.5 + C3 at e 0.5 = 1.0; python 0.8 as before.
    const MatchIndex index(*s, {});
    BOOST_TEST(index.coverage(m1, *s->find_skill("sql")) == 1.0, tolerance(1e-12));
    BOOST_TEST(index.coverage(m1, *s->find_skill("python")) == 0.8, tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_major_without_a_plan_is_not_matched_through_a_micro_major_alone) {
    const auto s = with_micro_major("M5", {"C1"});
    BOOST_TEST(counted_courses_for_matching(*s, *s->find_major("M5"), {}).empty());
    const auto answer = match_majors(*s, MatchIndex(*s, {}), python_and_sql(*s));
    BOOST_TEST(result_for(*s, answer, "M5") == nullptr);
    BOOST_TEST(answer.matched_majors == 5u);
}

BOOST_AUTO_TEST_CASE(without_micro_majors_the_matching_courses_are_the_plan_s) {
    const auto s = Snapshot::build(test::match_example(), 1);
    for (Index m = 0; m < s->data().majors.size(); ++m) {
        const auto plan = s->latest_plan(m);
        const auto courses = counted_courses_for_matching(*s, m, {0.3, 0.5});
        if (!plan) {
            BOOST_TEST(courses.empty());
            continue;
        }
        const auto expected = counted_courses_of_plan(*s, *plan, {0.3, 0.5});
        BOOST_TEST_REQUIRE(courses.size() == expected.size());
        for (std::size_t i = 0; i < courses.size(); ++i) {
            BOOST_TEST(courses[i].course == expected[i].course);
            BOOST_TEST(courses[i].multiplier == expected[i].multiplier);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
