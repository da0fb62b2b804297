// Who is calling: bearer tokens, roles and rate limits (docs/accounts.md).
#pragma once

#include "woshou/server/http.hpp"
#include "woshou/sql/accounts.hpp"

#include <initializer_list>
#include <string_view>

namespace woshou::server {

// The organisation behind `Authorization: Bearer TOKEN`: 401 when the header
// is missing or the token unknown or revoked, 429 (with Retry-After) past the
// token's rate limit, 503 when the server has no database. Records the caller
// on the request for the audit log.
sql::Principal require_principal(const Request& request, const Context& context);

// 403 unless the principal's role is one of `roles`; `what` completes
// "ROLE organisations may not WHAT".
void require_role(const sql::Principal& principal, std::initializer_list<std::string_view> roles, std::string_view what);

// The server's write services, or 503 when it has none.
class WriteServices& write_services(const Context& context);

}  // namespace woshou::server
