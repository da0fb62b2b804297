#include "woshou/sql/postgresql_uri.hpp"

#include <libpq-fe.h>

#include "woshou/sql/database.hpp"

namespace woshou::sql {

bool is_postgresql_uri(const std::string& connection) {
    return connection.rfind("postgresql://", 0) == 0 || connection.rfind("postgres://", 0) == 0;
}

namespace {

// libpq keyword values are quoted with '...' and escape ' and \ with a backslash.
std::string quote_value(const char* value) {
    std::string quoted = "'";
    for (const char* c = value; *c; ++c) {
        if (*c == '\'' || *c == '\\') quoted += '\\';
        quoted += *c;
    }
    return quoted + "'";
}

}  // namespace

std::string postgresql_uri_to_keywords(const std::string& uri) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    if (options == nullptr) {
        // libpq's message may quote parts of the URI, so it is not repeated here.
        if (error) PQfreemem(error);
        throw SqlError("bad_connection",
                       "invalid PostgreSQL connection URI: " + redact_connection_string(uri));
    }
    std::string keywords;
    for (PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
        if (option->val == nullptr) continue;
        if (!keywords.empty()) keywords += ' ';
        keywords += std::string(option->keyword) + "=" + quote_value(option->val);
    }
    PQconninfoFree(options);
    return keywords;
}

}  // namespace woshou::sql
