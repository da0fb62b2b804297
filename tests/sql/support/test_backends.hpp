// Running one test body on every available backend, each time on an empty database.
#pragma once

#include <functional>
#include <string>

namespace woshou::sql::test {

struct TestDatabase {
    std::string backend;     // "sqlite" or "postgresql"
    std::string connection;  // pass to Database::open; always the same empty database
};

// Runs `body` once on a fresh SQLite file and once on a fresh PostgreSQL
// schema when WOSHOU_TEST_PG is set (otherwise logs that PostgreSQL was
// skipped). Failures are reported with the backend's name as context, and
// the database is removed afterwards.
void for_each_backend(const std::function<void(const TestDatabase&)>& body);

// Same for PostgreSQL only; returns false (after logging a skip message)
// when WOSHOU_TEST_PG is not set.
bool with_postgresql(const std::function<void(const TestDatabase&)>& body);

// Same for SQLite only.
void with_sqlite(const std::function<void(const TestDatabase&)>& body);

}  // namespace woshou::sql::test
