#include "support/test_backends.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <atomic>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "woshou/sql/postgresql_uri.hpp"

namespace woshou::sql::test {

namespace {

using woshou::sql::is_postgresql_uri;
using woshou::sql::postgresql_uri_to_keywords;

std::string unique_suffix() {
    static std::atomic<int> counter{0};
    auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(now % 1000000);
}

// Adds a search_path to a libpq connection string in either of its forms,
// so the code under test creates its tables in the test's own schema.
std::string with_search_path(const std::string& connection, const std::string& schema) {
    if (is_postgresql_uri(connection)) {
        char separator = connection.find('?') == std::string::npos ? '?' : '&';
        return connection + separator + "options=-csearch_path%3D" + schema;
    }
    return connection + " options='-c search_path=" + schema + "'";
}

void run_on_sqlite(const std::function<void(const TestDatabase&)>& body) {
    auto dir = std::filesystem::temp_directory_path() / ("woshou_sql_test_" + unique_suffix());
    std::filesystem::create_directories(dir);
    // A space and Chinese in the path make sure paths are passed through untouched.
    auto file = dir / "测试 db.sqlite";
    BOOST_TEST_CONTEXT("backend sqlite (" << file.string() << ")") {
        try {
            body({"sqlite", "sqlite:" + file.string()});
        } catch (...) {
            std::filesystem::remove_all(dir);
            throw;
        }
    }
    std::filesystem::remove_all(dir);
}

void run_on_postgresql(const std::string& base, const std::function<void(const TestDatabase&)>& body) {
    std::string schema = "woshou_test_" + unique_suffix();
    soci::session admin(*soci::factory_postgresql(),
                        is_postgresql_uri(base) ? postgresql_uri_to_keywords(base) : base);
    admin << "SET client_min_messages TO WARNING";
    admin << "CREATE SCHEMA " + schema;
    auto drop = [&] { admin << "DROP SCHEMA " + schema + " CASCADE"; };
    BOOST_TEST_CONTEXT("backend postgresql (schema " << schema << ")") {
        try {
            body({"postgresql", with_search_path(base, schema)});
        } catch (...) {
            drop();
            throw;
        }
    }
    drop();
}

}  // namespace

void with_sqlite(const std::function<void(const TestDatabase&)>& body) { run_on_sqlite(body); }

bool with_postgresql(const std::function<void(const TestDatabase&)>& body) {
    const char* base = std::getenv("WOSHOU_TEST_PG");
    if (base == nullptr || *base == '\0') {
        BOOST_TEST_MESSAGE(
            "skipping PostgreSQL: WOSHOU_TEST_PG is not set "
            "(eval \"$(scripts/start-test-postgres.sh)\" to get one)");
        return false;
    }
    run_on_postgresql(base, body);
    return true;
}

void for_each_backend(const std::function<void(const TestDatabase&)>& body) {
    with_sqlite(body);
    with_postgresql(body);
}

}  // namespace woshou::sql::test
