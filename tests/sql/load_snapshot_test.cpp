// Database::load_snapshot streams relation rows into the snapshot builder;
// it must give exactly the snapshot that building from Database::load() does.
#include <boost/test/unit_test.hpp>

#include "snapshot_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/graph/snapshot.hpp"
#include "woshou/sql/database.hpp"

#include <soci/soci.h>

using woshou::sql::Database;
using namespace woshou::sql::test;
namespace graph = woshou::graph;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(load_snapshot)

BOOST_AUTO_TEST_CASE(the_streamed_snapshot_equals_the_one_built_from_a_loaded_dataset) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        db->upsert(sample_dataset());
        const auto version = db->data_version();
        const auto streamed = db->load_snapshot(version);
        const auto built = graph::Snapshot::build(db->load(), version);
        BOOST_TEST(streamed->version() == version);
        const auto lines = woshou::test::snapshot_lines(*streamed);
        BOOST_TEST(lines == woshou::test::snapshot_lines(*built), tt::per_element());
        // Not vacuous: the sample has demand skills, course skills and plans.
        BOOST_TEST(boost::num_edges(streamed->graph()) > 20u);
        BOOST_TEST(streamed->skills_of_demand(*streamed->find_demand("d1")).size() == 2u);
    });
}

BOOST_AUTO_TEST_CASE(soft_deleted_demand_and_its_skills_stay_out_of_the_streamed_snapshot) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        db->upsert(sample_dataset());
        db->session() << "UPDATE demand SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 'd1'";
        const auto streamed = db->load_snapshot(db->data_version());
        BOOST_TEST(!streamed->find_demand("d1").has_value());
        BOOST_TEST(streamed->find_demand("d2").has_value());
        const auto built = graph::Snapshot::build(db->load(), db->data_version());
        BOOST_TEST(woshou::test::snapshot_lines(*streamed) == woshou::test::snapshot_lines(*built),
                   tt::per_element());
        // d1's two skills are not edges of the graph: only d2's one demand skill remains.
        std::size_t asks = 0;
        const auto& g = streamed->graph();
        for (auto [it, end] = boost::edges(g); it != end; ++it) asks += g[*it].kind == graph::EdgeKind::asks_skill;
        BOOST_TEST(asks == 1u);
    });
}

BOOST_AUTO_TEST_SUITE_END()
