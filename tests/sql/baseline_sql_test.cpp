// sql/baseline/gap_report.sql, the SQL-only gap report the benchmark times
// against the engine, must stay equal to the engine (graph::analyse_gaps):
// checked on the worked example of docs/gap-analysis.md, on every backend.
#include <boost/test/unit_test.hpp>

#include "sql_baseline.hpp"
#include "support/test_backends.hpp"
#include "woshou/graph/gap_analysis.hpp"
#include "woshou/sql/database.hpp"
#include "worked_example.hpp"

using woshou::sql::Database;
using namespace woshou::sql::test;
namespace graph = woshou::graph;
namespace test = woshou::test;

namespace {

// Runs the baseline and the engine for `plan` with `params` and checks they agree.
void check_plan(Database& db, const graph::Snapshot& snapshot, const std::string& plan,
                const graph::CoverageParams& params, std::size_t limit) {
    BOOST_TEST_CONTEXT("plan " << plan << ", e " << params.elective_factor << ", delta " << params.taxonomy_decay
                               << ", limit " << limit) {
        const auto sql = test::run_baseline(db.session(), test::read_baseline_sql(WOSHOU_SOURCE_DIR), plan, params, limit);
        const auto courses = graph::counted_courses_of_plan(snapshot, *snapshot.find_plan(plan), params);
        const auto engine =
            graph::analyse_gaps(snapshot, courses, graph::compute_demand_profile(snapshot, {}), params, limit);
        BOOST_TEST(test::compare_with_engine(sql, engine, snapshot, 1e-9) == "");
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(baseline_sql)

BOOST_AUTO_TEST_CASE(the_sql_gap_report_gives_the_worked_examples_alignment_and_gaps) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        db->upsert(test::worked_example());
        const auto report =
            test::run_baseline(db->session(), test::read_baseline_sql(WOSHOU_SOURCE_DIR), "P", {}, 20);
        BOOST_TEST(report.alignment == 0.5083333333333333, boost::test_tools::tolerance(1e-12));
        BOOST_TEST(report.gap_count == 4);
        BOOST_TEST_REQUIRE(report.gaps.size() == 4u);
        const char* order[] = {"sql", "ml", "python", "prog"};
        for (int i = 0; i < 4; ++i) BOOST_TEST(report.gaps[i].skill_id == order[i]);
        BOOST_TEST(report.gaps[0].gap == 5.0 / 12 * 0.5, boost::test_tools::tolerance(1e-12));
    });
}

BOOST_AUTO_TEST_CASE(the_sql_gap_report_equals_the_engine_for_every_plan_parameter_and_limit) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        db->upsert(test::worked_example());
        const auto snapshot = graph::Snapshot::build(db->load(), 1);
        for (const char* plan : {"P", "P2"})
            for (const graph::CoverageParams params : {graph::CoverageParams{}, graph::CoverageParams{0.2, 0.0},
                                                       graph::CoverageParams{1.0, 1.0}})
                for (std::size_t limit : {1u, 3u, 20u}) check_plan(*db, *snapshot, plan, params, limit);
    });
}

BOOST_AUTO_TEST_CASE(the_sql_gap_report_leaves_out_deleted_demand_like_the_engine) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        db->upsert(test::worked_example());
        // Soft deletion (0002_accounts.sql) keeps the row for the audit trail.
        db->session() << "UPDATE demand SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = 'D3'";
        const auto snapshot = graph::Snapshot::build(db->load(), 2);
        BOOST_TEST_REQUIRE(snapshot->data().demands.size() == 2u);
        check_plan(*db, *snapshot, "P", {}, 20);
    });
}

BOOST_AUTO_TEST_SUITE_END()
