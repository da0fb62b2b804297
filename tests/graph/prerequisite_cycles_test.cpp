#include "woshou/graph/prerequisite_cycles.hpp"

#include <boost/test/unit_test.hpp>

using woshou::graph::find_prerequisite_cycle;
using woshou::model::Prerequisite;

BOOST_AUTO_TEST_SUITE(prerequisite_cycles)

BOOST_AUTO_TEST_CASE(acyclic_prerequisites_report_no_cycle) {
    std::vector<Prerequisite> edges{{"C3", "C2"}, {"C2", "C1"}, {"C3", "C1"}};
    BOOST_TEST(find_prerequisite_cycle(edges).empty());
}

BOOST_AUTO_TEST_CASE(three_course_cycle_is_named_in_order) {
    std::vector<Prerequisite> edges{{"A", "B"}, {"B", "C"}, {"C", "A"}, {"D", "A"}};
    auto cycle = find_prerequisite_cycle(edges);
    BOOST_TEST_REQUIRE(cycle.size() == 3u);
    // Each course requires the next one, and the last requires the first.
    for (std::size_t i = 0; i < cycle.size(); ++i) {
        const auto& from = cycle[i];
        const auto& to = cycle[(i + 1) % cycle.size()];
        bool found = false;
        for (const auto& e : edges) found |= e.course_id == from && e.prerequisite_id == to;
        BOOST_TEST(found, from << " -> " << to << " is not an edge");
    }
}

BOOST_AUTO_TEST_CASE(self_prerequisite_is_a_cycle_of_one) {
    auto cycle = find_prerequisite_cycle({{"X", "X"}});
    BOOST_TEST_REQUIRE(cycle.size() == 1u);
    BOOST_TEST(cycle[0] == "X");
}

BOOST_AUTO_TEST_CASE(the_reported_cycle_does_not_depend_on_edge_order) {
    std::vector<Prerequisite> a{{"A", "B"}, {"B", "A"}, {"Z", "A"}};
    std::vector<Prerequisite> b{{"Z", "A"}, {"B", "A"}, {"A", "B"}};
    BOOST_TEST(find_prerequisite_cycle(a) == find_prerequisite_cycle(b));
}

BOOST_AUTO_TEST_SUITE_END()
