// SQLite's side of the import write path: the link tables are WITHOUT ROWID
// (migration 0004, SQLite only), an existing database migrates to that layout
// keeping every row and index, and the writer's own reference checks
// (sql/src/sqlite_references.hpp) accept stored parents, refuse missing ones
// and leave the connection's foreign keys on.
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

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

const std::vector<std::string> kLinkTables = {"plan_course",      "course_prerequisite", "skill_broader", "course_skill",
                                              "occupation_skill", "demand_skill",        "outcome"};

std::string path_of(const TestDatabase& target) { return target.connection.substr(std::string("sqlite:").size()); }

// The CREATE TABLE text SQLite keeps for `table`.
std::string table_sql(soci::session& session, const std::string& table) {
    std::string sql;
    session << "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t", soci::use(table), soci::into(sql);
    return sql;
}

// "table index-name" for every index SQLite made for a CREATE INDEX, sorted.
std::vector<std::string> created_indexes(soci::session& session) {
    std::vector<std::string> found;
    soci::rowset<soci::row> rows =
        session.prepare << "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "ORDER BY tbl_name, name";
    for (const auto& r : rows) found.push_back(r.get<std::string>(0) + " " + r.get<std::string>(1));
    return found;
}

int foreign_keys_pragma(Database& db) {
    int on = -1;
    db.session() << "PRAGMA foreign_keys", soci::into(on);
    return on;
}

// Runs the statements of migration file `name` (one statement per ';' at the
// end of a line, as the migrations are written; "--" comments go along and
// SQLite skips them) on `session`.
void run_migration_file(soci::session& session, const std::string& name) {
    std::ifstream in(std::string(WOSHOU_SQL_MIGRATIONS_DIR) + "/" + name);
    BOOST_TEST_REQUIRE(in.good(), name);
    std::string line, statement;
    while (std::getline(in, line)) {
        statement += line + "\n";
        const auto end = line.find_last_not_of(" \t\r");
        if (end != std::string::npos && line[end] == ';') {
            session << statement;
            statement.clear();
        }
    }
}

// A database as a binary at schema version 3 left it (rowid link tables),
// holding `source`'s rows.
void make_version_3_database(const std::string& path, const std::string& source_path) {
    soci::session session(*soci::factory_sqlite3(), path);
    session << "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)";
    for (const char* file : {"0001_initial.sql", "0002_accounts.sql", "0003_micro_majors.sql"})
        run_migration_file(session, file);
    session << "INSERT INTO schema_version (version, applied_at) VALUES (1, 'old'), (2, 'old'), (3, 'old')";
    // Copy table by table; the foreign keys hold in the source, so their
    // order does not matter here.
    session << "PRAGMA foreign_keys = OFF";
    session << "ATTACH DATABASE '" + source_path + "' AS source";
    std::vector<std::string> tables;
    soci::rowset<std::string> names = session.prepare << "SELECT name FROM source.sqlite_master WHERE type = 'table' "
                                                         "AND name <> 'schema_version'";
    for (const auto& name : names) tables.push_back(name);
    session << "DELETE FROM main.meta";
    for (const auto& table : tables) session << "INSERT INTO main." + table + " SELECT * FROM source." + table;
    session << "DETACH DATABASE source";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sqlite_link_tables)

BOOST_AUTO_TEST_CASE(a_fresh_sqlite_database_keeps_the_link_tables_without_rowid) {
    with_sqlite([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        for (const auto& table : kLinkTables)
            BOOST_TEST(table_sql(db->session(), table).find("WITHOUT ROWID") != std::string::npos, table);
        BOOST_TEST(table_sql(db->session(), "course").find("WITHOUT ROWID") == std::string::npos);
    });
}

BOOST_AUTO_TEST_CASE(an_existing_version_3_database_migrates_keeping_every_row_and_index) {
    with_sqlite([](const TestDatabase& source) {
        std::vector<std::string> expected_rows, expected_indexes;
        {
            auto db = Database::open(source.connection);
            const model::Dataset sample = sample_dataset();
            for (std::size_t n : {sample.plan_courses.size(), sample.prerequisites.size(), sample.skill_broaders.size(),
                                  sample.course_skills.size(), sample.occupation_skills.size(),
                                  sample.demand_skills.size(), sample.outcomes.size()})
                BOOST_TEST_REQUIRE(n > 0u);  // every link table has rows to carry over
            db->upsert(sample);
            expected_rows = dataset_lines(db->load());
            expected_indexes = created_indexes(db->session());
        }
        with_sqlite([&](const TestDatabase& target) {
            make_version_3_database(path_of(target), path_of(source));
            {
                soci::session old(*soci::factory_sqlite3(), path_of(target));
                BOOST_TEST_REQUIRE(table_sql(old, "demand_skill").find("WITHOUT ROWID") == std::string::npos);
            }
            auto db = Database::open(target.connection);
            BOOST_TEST(db->schema_version() == Database::latest_schema_version());
            BOOST_TEST(dataset_lines(db->load()) == expected_rows, tt::per_element());
            BOOST_TEST(created_indexes(db->session()) == expected_indexes, tt::per_element());
            for (const auto& table : kLinkTables)
                BOOST_TEST(table_sql(db->session(), table).find("WITHOUT ROWID") != std::string::npos, table);
            std::string integrity;
            db->session() << "PRAGMA integrity_check", soci::into(integrity);
            BOOST_TEST(integrity == "ok");
            BOOST_TEST(db->data_version() == 1u);
            // The migrated tables take writes as before, foreign keys included.
            model::Dataset bad;
            bad.demand_skills = {{"no such demand", sample_dataset().skills[0].id, 0.5}};
            BOOST_CHECK_THROW(db->upsert(bad), SqlError);
        });
    });
}

BOOST_AUTO_TEST_CASE(references_to_rows_stored_earlier_pass_and_foreign_keys_stay_on) {
    with_sqlite([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        BOOST_TEST(foreign_keys_pragma(*db) == 1);
        db->upsert(sample_dataset());
        BOOST_TEST(foreign_keys_pragma(*db) == 1);
        const model::Dataset stored = db->load();
        // Only children, all pointing at rows of the earlier upsert.
        model::Dataset children;
        children.course_skills = {{stored.courses[0].id, stored.skills.back().id, 0.25}};
        children.demand_skills = {{stored.demands[0].id, stored.skills.back().id, 0.75}};
        db->upsert(children);
        BOOST_TEST(foreign_keys_pragma(*db) == 1);
        // A missing parent among many present ones fails the whole write.
        model::Dataset mixed = children;
        mixed.course_skills.push_back({stored.courses[0].id, "no such skill", 0.5});
        try {
            db->upsert(mixed);
            BOOST_ERROR("upsert must throw");
        } catch (const SqlError& e) {
            const std::string message = e.what();
            BOOST_TEST(e.code() == "constraint", message);
            BOOST_TEST(message.find("table course_skill") != std::string::npos, message);
            BOOST_TEST(message.find("'no such skill'") != std::string::npos, message);
        }
        BOOST_TEST(foreign_keys_pragma(*db) == 1);
        BOOST_TEST(db->data_version() == 2u);
        // SQLite itself enforces them again for writes outside upsert.
        BOOST_CHECK_THROW(db->session() << "INSERT INTO course_skill (course_id, skill_id, weight) "
                                           "VALUES ('no such course', 'S1', 0.5)",
                          soci::soci_error);
    });
}

BOOST_AUTO_TEST_SUITE_END()
