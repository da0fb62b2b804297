#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "support/dataset_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/schema_inspect.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using woshou::sql::SqlError;
using namespace woshou::sql::test;

namespace {

// Every schema_version row as "version applied_at", in version order.
std::vector<std::string> version_rows(soci::session& session) {
    std::vector<int> versions(100);
    std::vector<std::string> applied(100);
    session << "SELECT version, applied_at FROM schema_version ORDER BY version", soci::into(versions),
        soci::into(applied);
    std::vector<std::string> rows;
    for (std::size_t i = 0; i < versions.size(); ++i)
        rows.push_back(std::to_string(versions[i]) + " " + applied[i]);
    return rows;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(a_fresh_database_gets_every_table_and_records_each_migration_version) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        BOOST_TEST(db->backend() == target.backend);
        BOOST_TEST(Database::latest_schema_version() >= 1);
        BOOST_TEST(db->schema_version() == Database::latest_schema_version());
        BOOST_TEST(schema_tables(db->session(), target.backend) == expected_tables(),
                   boost::test_tools::per_element());

        auto rows = version_rows(db->session());
        BOOST_TEST_REQUIRE(rows.size() == static_cast<std::size_t>(Database::latest_schema_version()));
        for (std::size_t i = 0; i < rows.size(); ++i)
            BOOST_TEST(rows[i].rfind(std::to_string(i + 1) + " ", 0) == 0);

        BOOST_TEST(db->data_version() == 0u);
        BOOST_TEST(db->load().row_count() == 0u);
    });
}

BOOST_AUTO_TEST_CASE(reopening_an_up_to_date_database_applies_nothing_and_keeps_the_data) {
    for_each_backend([](const TestDatabase& target) {
        std::vector<std::string> versions_before, data_before;
        {
            auto db = Database::open(target.connection);
            db->upsert(sample_dataset());
            versions_before = version_rows(db->session());
            data_before = dataset_lines(db->load());
        }
        auto db = Database::open(target.connection);
        BOOST_TEST(version_rows(db->session()) == versions_before, boost::test_tools::per_element());
        BOOST_TEST(dataset_lines(db->load()) == data_before, boost::test_tools::per_element());
        BOOST_TEST(db->data_version() == 1u);
    });
}

BOOST_AUTO_TEST_CASE(a_database_newer_than_the_binary_is_refused_naming_both_versions) {
    for_each_backend([](const TestDatabase& target) {
        const int latest = Database::latest_schema_version();
        {
            auto db = Database::open(target.connection);
            db->session()
                << "INSERT INTO schema_version (version, applied_at) VALUES (:v, 'by a newer binary')",
                soci::use(latest + 1);
        }
        try {
            Database::open(target.connection);
            BOOST_FAIL("opening a newer database must throw");
        } catch (const SqlError& e) {
            std::string message = e.what();
            BOOST_TEST(e.code() == "schema_too_new");
            BOOST_TEST(message.find("version " + std::to_string(latest + 1)) != std::string::npos, message);
            BOOST_TEST(message.find("version " + std::to_string(latest)) != std::string::npos, message);
        }
    });
}

BOOST_AUTO_TEST_SUITE_END()
