#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "support/dataset_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using woshou::sql::SqlError;
using namespace woshou::sql::test;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(sqlite_connection)

BOOST_AUTO_TEST_CASE(sqlite_enforces_foreign_keys_on_every_connection) {
    with_sqlite([](const TestDatabase& target) {
        for (int open = 0; open < 2; ++open) {
            auto db = Database::open(target.connection);
            int enabled = 0;
            db->session() << "PRAGMA foreign_keys", soci::into(enabled);
            BOOST_TEST(enabled == 1);
            // Straight SQL, bypassing upsert: the database itself must refuse.
            BOOST_CHECK_THROW(db->session() << "INSERT INTO major (id, university_id, code, name) "
                                               "VALUES ('m', 'missing', '080901', 'x')",
                              soci::soci_error);
        }
    });
}

BOOST_AUTO_TEST_CASE(a_sqlite_file_uses_wal_normal_sync_and_a_busy_timeout) {
    with_sqlite([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        std::string journal;
        int timeout = 0, synchronous = -1;
        db->session() << "PRAGMA journal_mode", soci::into(journal);
        db->session() << "PRAGMA busy_timeout", soci::into(timeout);
        db->session() << "PRAGMA synchronous", soci::into(synchronous);
        BOOST_TEST(journal == "wal");
        BOOST_TEST(timeout == 5000);
        BOOST_TEST(synchronous == 1);  // NORMAL
    });
}

BOOST_AUTO_TEST_CASE(an_in_memory_sqlite_database_round_trips) {
    auto db = Database::open("sqlite::memory:");
    BOOST_TEST(db->backend() == "sqlite");
    db->upsert(sample_dataset());
    BOOST_TEST(dataset_lines(db->load()) == dataset_lines(in_key_order(sample_dataset())), tt::per_element());
}

BOOST_AUTO_TEST_CASE(an_unopenable_sqlite_path_is_a_bad_connection_naming_the_path) {
    try {
        Database::open("sqlite:/nonexistent-dir/woshou.db");
        BOOST_FAIL("must throw");
    } catch (const SqlError& e) {
        BOOST_TEST(e.code() == "bad_connection");
        BOOST_TEST(std::string(e.what()).find("/nonexistent-dir/woshou.db") != std::string::npos, e.what());
    }
    BOOST_CHECK_THROW(Database::open("sqlite:"), SqlError);
}

BOOST_AUTO_TEST_SUITE_END()
