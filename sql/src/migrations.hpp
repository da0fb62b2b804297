// Numbered schema migrations, embedded from sql/migrations/ at build time.
#pragma once

#include <string>
#include <vector>

namespace soci {
class session;
}

namespace woshou::sql::detail {

struct Migration {
    int version;       // 1, 2, ... without gaps (checked when embedding)
    const char* name;  // file name without extension, e.g. "0001_initial"
    const char* sql;   // the whole file
    const char* sqlite_sql;  // NNNN_name.sqlite.sql, run instead of `sql` on SQLite; nullptr: none
};

// The text `migration` runs on the backend SOCI calls `backend_name`.
const char* migration_text(const Migration& migration, const std::string& backend_name);

// Every migration of this binary in version order (generated file).
const std::vector<Migration>& embedded_migrations();

// Splits a migration into single statements, because neither SQLite's
// prepare nor libpq's prepared execution accepts several at once. Drops
// "--" comments; a ';' inside a quoted literal does not split.
std::vector<std::string> split_statements(const std::string& sql);

// The version recorded in schema_version, 0 for a fresh database.
int recorded_schema_version(soci::session& session);

// Creates schema_version if needed, refuses a newer database
// (SqlError "schema_too_new"), then applies each pending migration in its own
// transaction together with its schema_version row.
void apply_migrations(soci::session& session);

}  // namespace woshou::sql::detail
