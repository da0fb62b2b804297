#include "auth.hpp"

#include "woshou/server/write_services.hpp"

#include <algorithm>

namespace woshou::server {

WriteServices& write_services(const Context& context) {
    if (!context.writes) throw HttpError(503, "unavailable", "this server has no database for accounts and writes");
    return *context.writes;
}

namespace {

// A 401, unless this address has failed too often: then a 429, so that
// anonymous attempts (each one audited) cannot flood the audit log.
[[noreturn]] void refuse(const Context& context, const std::string& message) {
    if (context.writes) {
        auto& limiter = context.writes->limiter();
        if (unsigned wait = limiter.acquire("address:" + context.remote_address); wait > 0)
            throw HttpError(429, "rate_limited",
                            "too many requests without a valid token from this address (limit " +
                                std::to_string(limiter.per_minute()) + " a minute); retry in " + std::to_string(wait) + " s",
                            {{"Retry-After", std::to_string(wait)}});
    }
    throw HttpError(401, "unauthorized", message, {{"WWW-Authenticate", "Bearer realm=\"woshou\""}});
}

}  // namespace

sql::Principal require_principal(const Request& request, const Context& context) {
    const std::string* header = request.header("Authorization");
    if (!header) refuse(context, "this route needs a token: send Authorization: Bearer TOKEN");
    const std::string prefix = "Bearer ";
    if (header->size() <= prefix.size() ||
        !std::equal(prefix.begin(), prefix.end(), header->begin(),
                    [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); }))
        refuse(context, "the Authorization header must be 'Bearer TOKEN'");
    const std::string secret = header->substr(prefix.size());
    auto& services = write_services(context);
    auto principal = sql::Accounts(services.database()).authenticate(secret);
    if (!principal) refuse(context, "the token is unknown or revoked");
    // In private mode the router checks the token and then the handler again:
    // one request is counted against the rate limit once.
    const bool counted = request.token_id == principal->token_id;
    request.organisation_id = principal->organisation.id;
    request.token_id = principal->token_id;
    if (counted) return *principal;
    if (unsigned wait = services.limiter().acquire(principal->token_id); wait > 0)
        throw HttpError(429, "rate_limited",
                        "too many requests for this token (limit " + std::to_string(services.limiter().per_minute()) +
                            " a minute); retry in " + std::to_string(wait) + " s",
                        {{"Retry-After", std::to_string(wait)}});
    return *principal;
}

void require_role(const sql::Principal& principal, std::initializer_list<std::string_view> roles, std::string_view what) {
    if (std::find(roles.begin(), roles.end(), principal.organisation.role) != roles.end()) return;
    throw HttpError(403, "forbidden", principal.organisation.role + " organisations may not " + std::string(what));
}

}  // namespace woshou::server
