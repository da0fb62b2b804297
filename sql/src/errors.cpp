#include "errors.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "woshou/sql/database.hpp"

namespace woshou::sql::detail {

std::string classify(const soci::soci_error& error) {
    if (auto sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&error)) {
        // Extended result codes carry the primary code in the low byte.
        if ((sqlite->result() & 0xff) == SQLITE_CONSTRAINT) return "constraint";
    }
    if (auto pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) {
        if (pg->sqlstate().rfind("23", 0) == 0) return "constraint";
        if (pg->sqlstate().rfind("08", 0) == 0) return "bad_connection";
    }
    switch (error.get_error_category()) {
        case soci::soci_error::constraint_violation:
            return "constraint";
        case soci::soci_error::connection_error:
            return "bad_connection";
        default:
            return "io";
    }
}

void throw_sql_error(const soci::soci_error& error, const std::string& context) {
    // get_error_message() leaves out SOCI's context, which repeats the whole
    // statement text; our context says which table or step failed instead.
    std::string message = error.get_error_message();
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw SqlError(classify(error), context + ": " + message);
}

}  // namespace woshou::sql::detail
