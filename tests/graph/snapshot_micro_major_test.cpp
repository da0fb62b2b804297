// Published micro-majors in the snapshot: their vertices and edges, and the
// views read off them (docs/micro-majors.md, docs/architecture.md).
#include "woshou/graph/snapshot.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>

using namespace woshou;
using graph::Index;
using graph::Snapshot;

namespace {

// Two majors of U1; micro-major MM2 on both (three courses, one from U2),
// MM1 on the first; rows deliberately out of order.
model::Dataset dataset() {
    model::Dataset d;
    d.universities = {{"U1", "津海理工大学", "", ""}, {"U2", "海河大学", "", ""}};
    d.majors = {{"U1-080901", "U1", "080901", "计算机科学与技术", "", "bachelor"},
                {"U1-080902", "U1", "080902", "软件工程", "", "bachelor"}};
    d.courses = {{"U1 CS101", "U1", "CS101", "程序设计基础", "", 3, 48, "", ""},
                 {"U1 CS201", "U1", "CS201", "数据结构", "", 3, 48, "", ""},
                 {"U1 CS301", "U1", "CS301", "数据库", "", 2, std::nullopt, "", ""},
                 {"U2 M1", "U2", "M1", "高等数学", "", 4, 64, "", ""}};
    d.plans = {{"P1", "U1-080901", 2023, "v1"}};
    d.plan_courses = {{"P1", "U1 CS101", 1, true}};
    d.micro_majors = {{"MM2", "数据工程微专业", "U1"}, {"MM1", "算法微专业", "U1"}};
    d.micro_major_majors = {{"MM2", "U1-080902"}, {"MM2", "U1-080901"}, {"MM1", "U1-080901"}};
    d.micro_major_courses = {{"MM2", "U1 CS101", 3}, {"MM2", "U1 CS301", 1}, {"MM1", "U1 CS201", 1},
                             {"MM2", "U2 M1", 2}};
    return d;
}

std::vector<std::string> course_ids(const Snapshot& s, std::span<const Index> courses) {
    std::vector<std::string> ids;
    for (Index c : courses) ids.push_back(s.data().courses[c].id);
    return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(snapshot_micro_majors)

BOOST_AUTO_TEST_CASE(micro_majors_resolve_by_id_and_hang_off_their_base_majors_by_id) {
    auto s = Snapshot::build(dataset(), 3);
    const auto mm2 = s->find_micro_major("MM2");
    BOOST_TEST_REQUIRE(mm2.has_value());
    BOOST_TEST(s->data().micro_majors[*mm2].name == "数据工程微专业");
    BOOST_TEST(!s->find_micro_major("U1-080901").has_value());
    BOOST_TEST(!s->find_major("MM2").has_value());

    const auto cs = *s->find_major("U1-080901");
    const auto se = *s->find_major("U1-080902");
    BOOST_TEST_REQUIRE(s->micro_majors_of_major(cs).size() == 2u);
    BOOST_TEST(s->data().micro_majors[s->micro_majors_of_major(cs)[0]].id == "MM1");
    BOOST_TEST(s->data().micro_majors[s->micro_majors_of_major(cs)[1]].id == "MM2");
    BOOST_TEST_REQUIRE(s->micro_majors_of_major(se).size() == 1u);
    BOOST_TEST(s->micro_majors_of_major(se)[0] == *mm2);
    BOOST_TEST_REQUIRE(s->majors_of_micro_major(*mm2).size() == 2u);
    BOOST_TEST(s->majors_of_micro_major(*mm2)[0] == cs);
    BOOST_TEST(s->majors_of_micro_major(*mm2)[1] == se);
}

BOOST_AUTO_TEST_CASE(a_micro_major_s_courses_keep_the_proposer_s_order) {
    auto s = Snapshot::build(dataset(), 1);
    const std::vector<std::string> expected{"U1 CS301", "U2 M1", "U1 CS101"};
    BOOST_TEST(course_ids(*s, s->courses_of_micro_major(*s->find_micro_major("MM2"))) == expected,
               boost::test_tools::per_element());
    // Same order whatever order the rows arrived in.
    auto d = dataset();
    std::reverse(d.micro_major_courses.begin(), d.micro_major_courses.end());
    auto reversed = Snapshot::build(std::move(d), 1);
    BOOST_TEST(course_ids(*reversed, reversed->courses_of_micro_major(*reversed->find_micro_major("MM2"))) == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_graph_holds_a_vertex_per_micro_major_and_an_edge_per_base_major_and_course) {
    const auto d = dataset();
    auto s = Snapshot::build(d, 1);
    const auto& g = s->graph();
    std::map<graph::EdgeKind, std::size_t> edges;
    for (auto [it, end] = boost::edges(g); it != end; ++it) ++edges[g[*it].kind];
    BOOST_TEST(edges[graph::EdgeKind::has_micro_major] == d.micro_major_majors.size());
    BOOST_TEST(edges[graph::EdgeKind::bundles_course] == d.micro_major_courses.size());
    const auto mm1 = *s->find_micro_major("MM1");
    const auto v = s->vertex(graph::VertexKind::micro_major, mm1);
    BOOST_TEST((g[v].kind == graph::VertexKind::micro_major));
    BOOST_TEST(g[v].index == mm1);
    // major -> micro-major -> course, in the graph itself.
    BOOST_TEST(boost::in_degree(v, g) == 1u);
    BOOST_TEST_REQUIRE(boost::out_degree(v, g) == 1u);
    const auto course = boost::target(*boost::out_edges(v, g).first, g);
    BOOST_TEST((g[course].kind == graph::VertexKind::course));
    BOOST_TEST(s->data().courses[g[course].index].id == "U1 CS201");
    BOOST_TEST(boost::num_vertices(g) == d.universities.size() + d.majors.size() + d.plans.size() +
                                             d.courses.size() + d.micro_majors.size());
}

BOOST_AUTO_TEST_CASE(dangling_micro_major_references_are_left_out_and_ties_fall_back_to_course_id) {
    auto d = dataset();
    d.micro_majors.push_back({"MM3", "孤立", "U9"});
    d.micro_major_majors.push_back({"MM3", "no-major"});
    d.micro_major_majors.push_back({"MM-none", "U1-080902"});
    d.micro_major_courses.push_back({"MM3", "no-course", 1});
    d.micro_major_courses.push_back({"MM3", "U1 CS201", 2});
    d.micro_major_courses.push_back({"MM3", "U1 CS101", 2});
    auto s = Snapshot::build(std::move(d), 1);
    const auto mm3 = *s->find_micro_major("MM3");
    BOOST_TEST(s->majors_of_micro_major(mm3).empty());
    const std::vector<std::string> expected{"U1 CS101", "U1 CS201"};
    BOOST_TEST(course_ids(*s, s->courses_of_micro_major(mm3)) == expected, boost::test_tools::per_element());
    BOOST_TEST(s->micro_majors_of_major(*s->find_major("U1-080902")).size() == 1u);
    // Out-of-range indices read as empty, like every other view.
    BOOST_TEST(s->courses_of_micro_major(999).empty());
    BOOST_TEST(s->micro_majors_of_major(999).empty());
}

BOOST_AUTO_TEST_SUITE_END()
