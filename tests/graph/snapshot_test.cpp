#include "woshou/graph/snapshot.hpp"

#include <boost/test/unit_test.hpp>

using namespace woshou;
using graph::Index;
using graph::Snapshot;

namespace {

// Two universities, one major with two plan versions, a few courses and skills.
model::Dataset small_dataset() {
    model::Dataset d;
    d.universities = {{"U1", "津海理工大学", "Jinhai University of Technology", "西青区"},
                      {"U2", "海河大学", "", ""}};
    d.majors = {{"U1-080901", "U1", "080901", "计算机科学与技术", "Computer Science and Technology", "bachelor"},
                {"U1-080902", "U1", "080902", "软件工程", "Software Engineering", "bachelor"}};
    d.courses = {{"U1 CS101", "U1", "CS101", "程序设计基础", "Programming", 3, 48, "学科基础", ""},
                 {"U1 CS201", "U1", "CS201", "数据结构", "Data Structures", 3, 48, "专业核心", ""},
                 {"U1 CS301", "U1", "CS301", "数据库", "Databases", 2, std::nullopt, "", ""},
                 {"U2 M1", "U2", "M1", "高等数学", "", 4, 64, "", ""}};
    d.plans = {{"P2021", "U1-080901", 2021, "v1"}, {"P2023", "U1-080901", 2023, "v2"}};
    d.plan_courses = {{"P2021", "U1 CS101", 1, true}, {"P2021", "U1 CS201", 3, true},
                      {"P2023", "U1 CS301", 5, false}, {"P2023", "U1 CS201", 3, true},
                      {"P2023", "U1 CS101", 1, true}};
    d.prerequisites = {{"U1 CS201", "U1 CS101"}, {"U1 CS301", "U1 CS201"}};
    d.skills = {{"sk.prog", "编程", "Programming", {}, "skill", "bundle"},
                {"sk.python", "Python编程", "Python programming", {"Python", "py"}, "skill", "bundle"},
                {"sk.sql", "SQL", "SQL", {"结构化查询语言"}, "skill", "bundle"}};
    d.skill_broaders = {{"sk.python", "sk.prog"}};
    d.course_skills = {{"U1 CS101", "sk.python", 0.8}, {"U1 CS101", "sk.prog", 0.5}, {"U1 CS301", "sk.sql", 1.0}};
    d.occupations = {{"occ.dev", "软件开发人员", "Software developer"}};
    d.occupation_skills = {{"occ.dev", "sk.python", true}, {"occ.dev", "sk.sql", false}};
    d.employers = {{"E1", "津港智慧物流有限公司", "port-logistics", "滨海新区"}};
    d.demands = {{"D2", "E1", "数据工程师", "", 2, "滨海新区", "2025-03-01"},
                 {"D1", "E1", "", "occ.dev", 5, "", "2024-01-10"}};
    d.demand_skills = {{"D2", "sk.sql", 0.9}};
    d.outcomes = {{"U1-080901", 2024, 120, 100}, {"U1-080901", 2023, 110, 90}};
    return d;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(snapshot)

BOOST_AUTO_TEST_CASE(ids_resolve_to_their_rows) {
    auto s = Snapshot::build(small_dataset(), 7);
    BOOST_TEST(s->version() == 7u);
    auto c = s->find_course("U1 CS201");
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(s->data().courses[*c].name == "数据结构");
    BOOST_TEST(!s->find_course("nope").has_value());
    BOOST_TEST(!s->find_major("U1 CS201").has_value());
}

BOOST_AUTO_TEST_CASE(latest_plan_is_the_newest_cohort) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto m = *s->find_major("U1-080901");
    auto latest = s->latest_plan(m);
    BOOST_TEST_REQUIRE(latest.has_value());
    BOOST_TEST(s->data().plans[*latest].id == "P2023");
    BOOST_TEST(s->plans_of_major(m).size() == 2u);
    BOOST_TEST(!s->latest_plan(*s->find_major("U1-080902")).has_value());
}

BOOST_AUTO_TEST_CASE(plan_courses_are_ordered_by_semester_then_code) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto courses = s->courses_of_plan(*s->find_plan("P2023"));
    BOOST_TEST_REQUIRE(courses.size() == 3u);
    BOOST_TEST(s->data().courses[courses[0].course].code == "CS101");
    BOOST_TEST(s->data().courses[courses[1].course].code == "CS201");
    BOOST_TEST(s->data().courses[courses[2].course].code == "CS301");
    BOOST_TEST(courses[2].semester == 5);
    BOOST_TEST(!courses[2].required);
}

BOOST_AUTO_TEST_CASE(prerequisites_and_unlocks_are_inverse_views) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto cs201 = *s->find_course("U1 CS201");
    BOOST_TEST_REQUIRE(s->prerequisites_of(cs201).size() == 1u);
    BOOST_TEST(s->data().courses[s->prerequisites_of(cs201)[0]].id == "U1 CS101");
    BOOST_TEST_REQUIRE(s->unlocked_by(cs201).size() == 1u);
    BOOST_TEST(s->data().courses[s->unlocked_by(cs201)[0]].id == "U1 CS301");
    BOOST_TEST(s->plans_including(cs201).size() == 2u);
}

BOOST_AUTO_TEST_CASE(skill_hierarchy_and_teaching_views) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto python = *s->find_skill("sk.python");
    auto prog = *s->find_skill("sk.prog");
    BOOST_TEST_REQUIRE(s->broader_of(python).size() == 1u);
    BOOST_TEST(s->broader_of(python)[0] == prog);
    BOOST_TEST_REQUIRE(s->narrower_of(prog).size() == 1u);
    BOOST_TEST(s->narrower_of(prog)[0] == python);
    BOOST_TEST_REQUIRE(s->courses_teaching(python).size() == 1u);
    BOOST_TEST(s->courses_teaching(python)[0].weight == 0.8);
    auto cs101 = *s->find_course("U1 CS101");
    BOOST_TEST_REQUIRE(s->skills_of_course(cs101).size() == 2u);
    BOOST_TEST(s->data().skills[s->skills_of_course(cs101)[0].skill].id == "sk.prog");
}

BOOST_AUTO_TEST_CASE(occupation_profile_weights_essential_one_and_optional_half) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto skills = s->skills_of_occupation(*s->find_occupation("occ.dev"));
    BOOST_TEST_REQUIRE(skills.size() == 2u);
    BOOST_TEST(s->data().skills[skills[0].skill].id == "sk.python");
    BOOST_TEST(skills[0].weight == 1.0);
    BOOST_TEST(skills[1].weight == 0.5);
}

BOOST_AUTO_TEST_CASE(employer_demands_are_ordered_by_posting_date) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto demands = s->demands_of_employer(*s->find_employer("E1"));
    BOOST_TEST_REQUIRE(demands.size() == 2u);
    BOOST_TEST(s->data().demands[demands[0]].id == "D1");
    BOOST_TEST(s->skills_of_demand(*s->find_demand("D2")).size() == 1u);
}

BOOST_AUTO_TEST_CASE(outcomes_are_ordered_by_year) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto outcomes = s->outcomes_of_major(*s->find_major("U1-080901"));
    BOOST_TEST_REQUIRE(outcomes.size() == 2u);
    BOOST_TEST(s->data().outcomes[outcomes[0]].year == 2023);
}

BOOST_AUTO_TEST_CASE(graph_holds_a_vertex_per_entity_and_an_edge_per_relation) {
    auto d = small_dataset();
    const auto vertices = d.universities.size() + d.majors.size() + d.plans.size() + d.courses.size() +
                          d.skills.size() + d.occupations.size() + d.employers.size() + d.demands.size();
    // offers_major + offers_course + has_plan + includes + requires + teaches + broader
    // + needs + posts + for_occupation + asks
    const auto edges = d.majors.size() + d.courses.size() + d.plans.size() + d.plan_courses.size() +
                       d.prerequisites.size() + d.course_skills.size() + d.skill_broaders.size() +
                       d.occupation_skills.size() + d.demands.size() + 1 + d.demand_skills.size();
    auto s = Snapshot::build(std::move(d), 1);
    BOOST_TEST(boost::num_vertices(s->graph()) == vertices);
    BOOST_TEST(boost::num_edges(s->graph()) == edges);
    auto v = s->vertex(graph::VertexKind::course, *s->find_course("U1 CS301"));
    BOOST_TEST((s->graph()[v].kind == graph::VertexKind::course));
}

BOOST_AUTO_TEST_CASE(dangling_references_are_left_out_not_fatal) {
    auto d = small_dataset();
    d.course_skills.push_back({"U1 CS101", "sk.missing", 0.5});
    auto s = Snapshot::build(std::move(d), 1);
    BOOST_TEST(s->skills_of_course(*s->find_course("U1 CS101")).size() == 2u);
}

BOOST_AUTO_TEST_CASE(skill_search_matches_normalised_labels_exact_first) {
    auto s = Snapshot::build(small_dataset(), 1);
    auto hits = s->search_skills("ＰＹＴＨＯＮ", 10);
    BOOST_TEST_REQUIRE(hits.size() == 1u);
    BOOST_TEST(s->data().skills[hits[0]].id == "sk.python");
    auto programming = s->search_skills("programming", 10);
    BOOST_TEST_REQUIRE(programming.size() == 2u);
    BOOST_TEST(s->data().skills[programming[0]].id == "sk.prog");  // exact before substring
    BOOST_TEST(s->search_skills("结构化", 10).size() == 1u);
    BOOST_TEST(s->search_skills("zzz", 10).empty());
    BOOST_TEST(s->search_skills("programming", 1).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(plan_versions_compare_by_number_not_by_text) {
    model::Dataset d;
    d.universities = {{"U", "U", "", ""}};
    d.majors = {{"M", "U", "080901", "m", "", "bachelor"}};
    d.plans = {{"A", "M", 2024, "v9"}, {"B", "M", 2024, "v10"}, {"C", "M", 2023, "v99"}};
    auto s = Snapshot::build(std::move(d), 1);
    auto plans = s->plans_of_major(*s->find_major("M"));
    BOOST_TEST_REQUIRE(plans.size() == 3u);
    BOOST_TEST(s->data().plans[plans[0]].id == "B");
    BOOST_TEST(s->data().plans[plans[1]].id == "A");
    BOOST_TEST(s->data().plans[plans[2]].id == "C");
}
