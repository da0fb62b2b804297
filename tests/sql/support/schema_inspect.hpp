// Reading a database's actual schema back, per backend, for schema checks.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

namespace woshou::sql::test {

// One line per column, "table.column type null|not null pk=N", sorted;
// from pragma_table_info on SQLite and information_schema on PostgreSQL
// (current schema only).
std::vector<std::string> schema_columns(soci::session& session, const std::string& backend);

// The table names of schema_columns, sorted and unique.
std::vector<std::string> schema_tables(soci::session& session, const std::string& backend);

// Every table the latest schema must have.
const std::vector<std::string>& expected_tables();

}  // namespace woshou::sql::test
