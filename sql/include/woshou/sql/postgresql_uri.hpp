// PostgreSQL connection URIs, which SOCI 4.0 cannot pass through: Database::open
// converts them; tests and tools opening raw SOCI sessions can do the same.
#pragma once

#include <string>

namespace woshou::sql {

// True for "postgresql://..." and "postgres://...".
bool is_postgresql_uri(const std::string& connection);

// Rewrites a libpq URI as the equivalent "key='value' ..." string, using
// libpq's own parser. Needed because SOCI 4.0's PostgreSQL backend splits
// its connect string on spaces and '=' and mangles URIs. Throws
// SqlError("bad_connection") when libpq cannot parse it.
std::string postgresql_uri_to_keywords(const std::string& uri);

}  // namespace woshou::sql
