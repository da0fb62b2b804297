#include <boost/test/unit_test.hpp>

#include "support/schema_inspect.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using namespace woshou::sql::test;

BOOST_AUTO_TEST_SUITE(schema_parity)

BOOST_AUTO_TEST_CASE(sqlite_and_postgresql_have_the_same_tables_columns_types_nullability_and_keys) {
    std::vector<std::string> sqlite_columns;
    with_sqlite([&](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        sqlite_columns = schema_columns(db->session(), target.backend);
        BOOST_TEST(schema_tables(db->session(), target.backend) == expected_tables(),
                   boost::test_tools::per_element());
    });
    BOOST_TEST_REQUIRE(!sqlite_columns.empty());
    with_postgresql([&](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        BOOST_TEST(schema_columns(db->session(), target.backend) == sqlite_columns,
                   boost::test_tools::per_element());
    });
}

BOOST_AUTO_TEST_CASE(every_key_column_is_declared_not_null_on_sqlite) {
    // SQLite lets a TEXT PRIMARY KEY hold NULL unless NOT NULL is explicit.
    with_sqlite([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        for (const auto& column : schema_columns(db->session(), target.backend)) {
            if (column.find(" pk=0") == std::string::npos) {
                BOOST_TEST(column.find(" not null ") != std::string::npos, column);
            }
        }
    });
}

BOOST_AUTO_TEST_SUITE_END()
