// Resolving typed skill names: ids, labels in any language or width, and near misses.
#include "woshou/graph/skill_resolver.hpp"

#include "match_example.hpp"

#include <boost/test/unit_test.hpp>

using namespace woshou;
using namespace woshou::graph;

namespace {

const Snapshot& example() {
    static const auto snapshot = Snapshot::build(test::match_example(), 1);
    return *snapshot;
}

std::string resolved_id(std::string_view text) {
    const auto resolution = resolve_skill(example(), text);
    return resolution.skill ? example().data().skills[*resolution.skill].id : "<none>";
}

std::vector<std::string> candidate_ids(std::string_view text) {
    std::vector<std::string> ids;
    for (Index skill : resolve_skill(example(), text).candidates) ids.push_back(example().data().skills[skill].id);
    return ids;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(skill_resolver)

BOOST_AUTO_TEST_CASE(labels_resolve_in_chinese_english_full_width_and_alternative_forms) {
    BOOST_TEST(resolved_id("机器学习") == "ml");
    BOOST_TEST(resolved_id("machine LEARNING") == "ml");
    BOOST_TEST(resolved_id("  Machine   learning ") == "ml");
    BOOST_TEST(resolved_id("ＰＹＴＨＯＮ") == "python");
    BOOST_TEST(resolved_id("结构化查询语言") == "sql");
    BOOST_TEST(resolved_id("excel") == "excel");
}

BOOST_AUTO_TEST_CASE(an_exact_id_wins_over_labels) {
    BOOST_TEST(resolved_id("sql-legacy") == "sql-legacy");
    BOOST_TEST(resolved_id("prog") == "prog");
}

BOOST_AUTO_TEST_CASE(a_label_shared_by_several_skills_picks_the_own_label_before_an_alternative) {
    // "SQL" is sql's English label and sql-legacy's alternative label.
    const auto both = skills_labelled(example(), "sql");
    BOOST_TEST_REQUIRE(both.size() == 2u);
    BOOST_TEST(example().data().skills[both[0]].id == "sql");
    BOOST_TEST(resolved_id("SQL") == "sql");
}

BOOST_AUTO_TEST_CASE(a_near_miss_gives_candidates_by_substring_then_by_spelling) {
    BOOST_TEST(resolved_id("pyton") == "<none>");
    const std::vector<std::string> spelled{"python"};
    BOOST_TEST(candidate_ids("pyton") == spelled, boost::test_tools::per_element());
    BOOST_TEST(candidate_ids("机器学") == std::vector<std::string>{"ml"}, boost::test_tools::per_element());
    BOOST_TEST(candidate_ids("数据库查旬") == std::vector<std::string>{"sql"}, boost::test_tools::per_element());
    BOOST_TEST(candidate_ids("quantum chromodynamics").empty());
}

BOOST_AUTO_TEST_SUITE_END()
