// A large SQLite write leaves WAL for a rollback journal only when it has the
// file to itself, and the file is back in WAL afterwards, whatever happened.
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>

#include "support/dataset_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using namespace woshou::sql::test;
namespace tt = boost::test_tools;

namespace {

std::string journal_mode(Database& db) {
    std::string mode;
    db.session() << "PRAGMA journal_mode", soci::into(mode);
    return mode;
}

int course_count(Database& db) {
    int count = 0;
    db.session() << "SELECT count(*) FROM course", soci::into(count);
    return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sqlite_bulk_journal)

BOOST_AUTO_TEST_CASE(a_write_alone_goes_through_a_rollback_journal_and_the_file_returns_to_wal) {
    with_sqlite([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        BOOST_TEST(journal_mode(*db) == "wal");
        std::string during;
        const auto sample = sample_dataset();
        db->upsert(sample, {}, [&](const void*) { during = journal_mode(*db); });
        BOOST_TEST(during == "delete");
        BOOST_TEST(journal_mode(*db) == "wal");
        BOOST_TEST(dataset_lines(db->load()) == dataset_lines(in_key_order(sample)), tt::per_element());
    });
}

BOOST_AUTO_TEST_CASE(with_a_reader_open_the_write_stays_in_wal_and_the_reader_keeps_its_view) {
    with_sqlite([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        auto reader = Database::open(target.connection);
        soci::transaction reading(reader->session());
        BOOST_TEST(course_count(*reader) == 0);
        std::string during;
        db->upsert(sample_dataset(), {}, [&](const void*) { during = journal_mode(*db); });
        BOOST_TEST(during == "wal");
        BOOST_TEST(course_count(*reader) == 0);  // its read transaction still sees the state it began with
        reading.commit();
        BOOST_TEST(course_count(*reader) == static_cast<int>(sample_dataset().courses.size()));
        BOOST_TEST(journal_mode(*db) == "wal");
    });
}

BOOST_AUTO_TEST_CASE(a_failed_write_in_the_rollback_journal_leaves_nothing_and_wal_back) {
    with_sqlite([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        int tables = 0;
        std::string during;
        BOOST_CHECK_THROW(db->upsert(sample_dataset(), {},
                                     [&](const void* rows) {
                                         during = journal_mode(*db);
                                         // Fail once a few tables are written (rows == nullptr: the commit).
                                         if (++tables == 4 || rows == nullptr) throw std::runtime_error("stop");
                                     }),
                          std::exception);
        BOOST_TEST(during == "delete");
        BOOST_TEST(course_count(*db) == 0);
        BOOST_TEST(db->data_version() == 0u);
        BOOST_TEST(journal_mode(*db) == "wal");
    });
}

BOOST_AUTO_TEST_SUITE_END()
