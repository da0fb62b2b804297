// Turning SOCI's backend-specific errors into SqlError codes.
#pragma once

#include <string>

namespace soci {
class soci_error;
}

namespace woshou::sql::detail {

// "constraint" for integrity violations (SQLite SQLITE_CONSTRAINT, PostgreSQL
// SQLSTATE class 23), "bad_connection" for lost or refused connections,
// otherwise "io".
std::string classify(const soci::soci_error& error);

// Throws SqlError(classify(error), context + ": " + the database's message).
[[noreturn]] void throw_sql_error(const soci::soci_error& error, const std::string& context);

}  // namespace woshou::sql::detail
