// The snapshot's storage: flat lists, the id index, and index order being id
// order whatever order rows arrive in.
#include "snapshot_text.hpp"
#include "woshou/graph/flat_lists.hpp"
#include "woshou/graph/id_index.hpp"
#include "woshou/graph/snapshot.hpp"

#include <boost/test/unit_test.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <random>

using namespace woshou;
namespace tt = boost::test_tools;

namespace {

// A small city drawn at random: every kind of entity and relation, ids not
// in any particular order, keys unique as the database keeps them.
model::Dataset random_dataset(std::mt19937& rng) {
    model::Dataset d;
    auto pick = [&rng](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    // k distinct positions below n.
    auto distinct = [&rng](std::size_t n, std::size_t k) {
        std::vector<std::size_t> all(n);
        for (std::size_t i = 0; i < n; ++i) all[i] = i;
        std::shuffle(all.begin(), all.end(), rng);
        all.resize(k);
        return all;
    };
    for (int u = 0; u < 3; ++u) d.universities.push_back({fmt::format("U{}", u), fmt::format("大学{}", u), "", ""});
    for (int m = 0; m < 6; ++m) d.majors.push_back({fmt::format("M{:02}", 17 * m % 6), d.universities[m % 3].id,
                                                    "080901", "专业", "", "bachelor"});
    for (int c = 0; c < 40; ++c)
        d.courses.push_back({fmt::format("C{:03}", (c * 37) % 40), d.universities[c % 3].id, fmt::format("K{}", c % 7),
                             "课程", "", 2, std::nullopt, "", ""});
    for (int p = 0; p < 8; ++p) d.plans.push_back({fmt::format("P{}", p), d.majors[p % 6].id, 2020 + p % 3, "v1"});
    for (int k = 0; k < 12; ++k) d.skills.push_back({fmt::format("S{:02}", (k * 5) % 12), "技能", "", {}, "skill", "bundle"});
    for (int k = 1; k < 12; ++k) d.skill_broaders.push_back({d.skills[k].id, d.skills[k / 3].id});
    d.occupations = {{"O1", "职业", ""}, {"O0", "职业", ""}};
    d.employers = {{"E1", "企业", "it", ""}, {"E0", "企业", "it", ""}};
    for (int i = 0; i < 30; ++i)
        d.demands.push_back({fmt::format("D{:02}", (i * 7) % 30), d.employers[i % 2].id, "", i % 3 ? "O1" : "",
                             1 + i % 4, "", fmt::format("2025-0{}-01", 1 + i % 5)});
    for (const auto& plan : d.plans)
        for (auto c : distinct(40, 6)) d.plan_courses.push_back({plan.id, d.courses[c].id, 1 + int(c % 8), c % 2 == 0});
    for (int c = 0; c < 40; ++c) {
        if (c > 0) d.prerequisites.push_back({d.courses[c].id, d.courses[pick(c)].id});
        for (auto k : distinct(12, 3)) d.course_skills.push_back({d.courses[c].id, d.skills[k].id, 0.25 * (1 + k % 4)});
    }
    for (int k = 0; k < 12; k += 2) d.occupation_skills.push_back({"O1", d.skills[k].id, k % 4 == 0});
    for (const auto& demand : d.demands)
        for (auto k : distinct(12, 3)) d.demand_skills.push_back({demand.id, d.skills[k].id, 0.5});
    for (const auto& major : d.majors) d.outcomes.push_back({major.id, 2024, 100, 90});
    d.micro_majors = {{"MM1", "微专业", "U0"}};
    d.micro_major_majors = {{"MM1", d.majors[0].id}};
    d.micro_major_courses = {{"MM1", d.courses[3].id, 2}, {"MM1", d.courses[0].id, 1}};
    return d;
}

template <typename Rows>
void shuffle(Rows& rows, std::mt19937& rng) {
    std::shuffle(rows.begin(), rows.end(), rng);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(snapshot_storage)

BOOST_AUTO_TEST_CASE(flat_lists_hold_each_list_in_the_order_values_were_stored) {
    graph::FlatListsBuilder<int> builder(4);
    const std::vector<std::pair<std::size_t, int>> entries = {{2, 20}, {0, 1}, {2, 21}, {0, 2}, {3, 30}};
    for (auto [list, value] : entries) builder.add(list, value);
    builder.allocate();
    for (auto [list, value] : entries) builder.add(list, value);
    auto lists = std::move(builder).finish();
    BOOST_TEST(lists.list_count() == 4u);
    BOOST_TEST(lists.value_count() == 5u);
    BOOST_TEST(std::vector<int>(lists[0].begin(), lists[0].end()) == (std::vector<int>{1, 2}), tt::per_element());
    BOOST_TEST(lists[1].empty());
    BOOST_TEST(std::vector<int>(lists[2].begin(), lists[2].end()) == (std::vector<int>{20, 21}), tt::per_element());
    BOOST_TEST(lists[3].size() == 1u);
    BOOST_TEST(lists[4].empty());  // past the end: empty, not a crash
    lists.sort_each([](int a, int b) { return a > b; });
    BOOST_TEST(lists[0][0] == 2);
}

BOOST_AUTO_TEST_CASE(the_id_index_finds_every_row_and_nothing_else) {
    struct Row {
        std::string id;
    };
    std::vector<Row> rows;
    for (int i = 0; i < 1000; ++i) rows.push_back({fmt::format("http://data.europa.eu/esco/skill/{}", i * 7919)});
    rows.push_back({rows[10].id});  // a duplicate: the first row keeps the id
    const auto index = graph::IdIndex::build(rows);
    for (graph::Index i = 0; i < 1000; ++i) BOOST_TEST_REQUIRE(*index.find(rows, rows[i].id) == i);
    BOOST_TEST(*index.find(rows, rows[10].id) == 10u);
    BOOST_TEST(!index.find(rows, "http://data.europa.eu/esco/skill/1").has_value());
    BOOST_TEST(!index.find(rows, "").has_value());
    BOOST_TEST(!graph::IdIndex().find(rows, rows[0].id).has_value());  // an empty index
}

BOOST_AUTO_TEST_CASE(rows_in_any_order_give_the_same_snapshot_with_index_order_being_id_order) {
    std::mt19937 rng(20261129);
    const auto d = random_dataset(rng);
    const auto reference = graph::Snapshot::build(d, 1);
    const auto lines = test::snapshot_lines(*reference);
    BOOST_TEST(lines.size() > 100u);
    for (int round = 0; round < 5; ++round) {
        auto shuffled = d;
        shuffle(shuffled.universities, rng);
        shuffle(shuffled.majors, rng);
        shuffle(shuffled.courses, rng);
        shuffle(shuffled.plans, rng);
        shuffle(shuffled.skills, rng);
        shuffle(shuffled.demands, rng);
        shuffle(shuffled.plan_courses, rng);
        shuffle(shuffled.prerequisites, rng);
        shuffle(shuffled.course_skills, rng);
        shuffle(shuffled.demand_skills, rng);
        shuffle(shuffled.skill_broaders, rng);
        shuffle(shuffled.micro_major_courses, rng);
        const auto s = graph::Snapshot::build(std::move(shuffled), 1);
        BOOST_TEST(test::snapshot_lines(*s) == lines, tt::per_element());
        const auto& courses = s->data().courses;
        BOOST_TEST(std::is_sorted(courses.begin(), courses.end(), [](auto& a, auto& b) { return a.id < b.id; }));
        const auto& demands = s->data().demands;
        BOOST_TEST(std::is_sorted(demands.begin(), demands.end(), [](auto& a, auto& b) { return a.id < b.id; }));
    }
    // Relations are kept in the graph and views only.
    BOOST_TEST(reference->data().course_skills.empty());
    BOOST_TEST(reference->data().demand_skills.empty());
    BOOST_TEST(boost::num_edges(reference->graph()) > 0u);
}

BOOST_AUTO_TEST_SUITE_END()
