// The bulk write paths of Database::upsert (sql/src/bulk_*.cpp): text that
// COPY must escape, a key given twice, and large writes that set per-row
// checks aside (SQLite's secondary indexes, PostgreSQL's foreign keys) and
// must put them back, on success and on failure.
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "support/dataset_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using woshou::sql::SqlError;
using namespace woshou::sql::test;
namespace model = woshou::model;
namespace tt = boost::test_tools;

namespace {

// Over kSetAsideMinRows (10,000) course_skill rows into an empty table.
model::Dataset large_course_skills(std::size_t count) {
    model::Dataset d;
    d.universities = {{"u", "大学", "", ""}};
    d.courses = {{"c", "u", "C1", "课程", "", 2, 32, "", ""}};
    for (std::size_t i = 0; i < count; ++i) {
        const std::string id = "skill-" + std::to_string(100000 + i);
        d.skills.push_back({id, "技能", "", {}, "", ""});
        d.course_skills.push_back({"c", id, 0.5});
    }
    return d;
}

// What the per-row checks of a table are, per backend: index names on
// SQLite, foreign-key definitions on PostgreSQL.
std::vector<std::string> checks_of(Database& db, const std::string& table) {
    std::vector<std::string> found;
    if (db.backend() == "sqlite") {
        soci::rowset<std::string> rows = (db.session().prepare << "SELECT name FROM sqlite_master WHERE type = 'index' "
                                                                  "AND tbl_name = :t ORDER BY name",
                                          soci::use(table));
        for (const auto& r : rows) found.push_back(r);
    } else {
        soci::rowset<std::string> rows =
            (db.session().prepare << "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                                     "WHERE conrelid = CAST(:t AS regclass) ORDER BY conname",
             soci::use(table));
        for (const auto& r : rows) found.push_back(r);
    }
    return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bulk_upsert)

BOOST_AUTO_TEST_CASE(text_with_tabs_newlines_backslashes_and_nul_like_markers_round_trips) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        model::Dataset d;
        d.universities = {{"u\\1", "a\tb", "line1\nline2", "\\N"}, {"u2", "\r\n", "\\\\", "''\"\""}};
        d.skills = {{"s", "x", "", {"alt\\one", "alt\ttwo", "\\N"}, "", ""}};
        db->upsert(d);
        BOOST_TEST(dataset_lines(db->load()) == dataset_lines(in_key_order(d)), tt::per_element());
    });
}

BOOST_AUTO_TEST_CASE(a_key_given_twice_in_one_upsert_keeps_the_last_row) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        model::Dataset d;
        d.universities = {{"u", "first", "", ""}, {"v", "other", "", ""}, {"u", "last", "", ""}};
        d.skills = {{"s", "技能", "", {}, "", ""}};
        d.skill_broaders = {{"s", "s2"}};  // keys only: DO NOTHING
        d.skills.push_back({"s2", "上位", "", {}, "", ""});
        d.skill_broaders.push_back({"s", "s2"});
        db->upsert(d);
        const auto loaded = db->load();
        BOOST_TEST_REQUIRE(loaded.universities.size() == 2u);
        BOOST_TEST(loaded.universities[0].name == "last");
        BOOST_TEST(loaded.skill_broaders.size() == 1u);
    });
}

BOOST_AUTO_TEST_CASE(a_large_write_puts_its_indexes_and_foreign_keys_back) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        const auto before = checks_of(*db, "course_skill");
        // SQLite: course_skill_by_skill (the table is its primary key's B-tree
        // since 0004); PostgreSQL: the two foreign keys.
        BOOST_TEST_REQUIRE(!before.empty());
        const auto rows = large_course_skills(12'000);
        db->upsert(rows);
        BOOST_TEST(checks_of(*db, "course_skill") == before, tt::per_element());
        BOOST_TEST(db->load().course_skills.size() == rows.course_skills.size());
        // The foreign key is in force again for the next, small, write.
        model::Dataset bad;
        bad.course_skills = {{"c", "no such skill", 0.5}};
        BOOST_CHECK_THROW(db->upsert(bad), SqlError);
    });
}

BOOST_AUTO_TEST_CASE(a_bad_reference_in_a_large_write_names_the_table_and_writes_nothing) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        const auto before = checks_of(*db, "course_skill");
        auto rows = large_course_skills(12'000);
        rows.course_skills.push_back({"c", "no such skill", 0.5});
        try {
            db->upsert(rows);
            BOOST_ERROR("upsert must throw");
        } catch (const SqlError& e) {
            const std::string message = e.what();
            BOOST_TEST(e.code() == "constraint", message);
            BOOST_TEST(message.find("table course_skill") != std::string::npos, message);
        }
        BOOST_TEST(db->load().row_count() == 0u);
        BOOST_TEST(db->data_version() == 0u);
        BOOST_TEST(checks_of(*db, "course_skill") == before, tt::per_element());
    });
}

BOOST_AUTO_TEST_SUITE_END()
