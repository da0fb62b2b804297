// Organisations, API tokens and the audit log: who may call the write routes,
// and a record of every write they made.
//
// Errors are SqlError with a code the server maps to a status (docs/errors.md):
// "invalid" (400, the message names the field), "not_found" (404),
// "conflict" (409), plus the database's own "constraint"/"io"/"bad_connection".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "woshou/sql/database.hpp"

namespace woshou::sql {

// The four roles an organisation can hold; see docs/accounts.md for what each may do.
inline constexpr const char* kRoleEmployer = "employer";
inline constexpr const char* kRoleUniversity = "university";
inline constexpr const char* kRolePlanner = "planner";
inline constexpr const char* kRoleAdmin = "admin";

// True for "employer", "university", "planner" and "admin".
bool is_valid_role(const std::string& role);

struct Organisation {
    std::string id;             // [A-Za-z0-9._-], 1..64 characters
    std::string name;           // 1..200 characters
    std::string role;           // employer | university | planner | admin
    std::string employer_id;    // set exactly when role == employer, else empty
    std::string university_id;  // set exactly when role == university, else empty
    std::string created_at;     // ISO-8601 UTC ("2024-05-01T08:00:00Z"); set by add_organisation
};

// The caller behind a valid token.
struct Principal {
    Organisation organisation;
    std::string token_id;
};

// A token as it may be shown: never its secret.
struct TokenInfo {
    std::string id;  // public, short ("tok_" + 16 hex digits)
    std::string organisation_id;
    std::string label;  // may be empty
    std::string created_at;
    std::optional<std::string> revoked_at;
    std::optional<std::string> last_used_at;
};

// A freshly made token: the only moment the secret exists outside the caller.
struct CreatedToken {
    TokenInfo info;
    std::string secret;  // "wsh_" + 43 base64url characters (32 random bytes)
};

// One recorded write. seq orders the log (assigned by append_audit: the
// previous maximum + 1, so it is gap-free and portable across backends).
struct AuditEntry {
    std::int64_t seq = 0;         // ignored by append_audit
    std::string at;               // ISO-8601 UTC; append_audit fills it when empty
    std::string organisation_id;  // empty when the caller was not authenticated
    std::string token_id;         // empty when the caller was not authenticated
    std::string remote_address;
    std::string method;       // e.g. POST
    std::string path;         // e.g. /api/v1/demands
    std::string action;       // e.g. demand.create, demand.delete, feedback.create
    std::string target_kind;  // e.g. demand, feedback, organisation, token; may be empty
    std::string target_id;    // may be empty
    int status = 0;           // HTTP status answered
    std::string detail;       // free text, may be empty
};

struct AuditQuery {
    std::string organisation_id;  // empty = every organisation
    std::string since;            // ISO-8601 UTC, inclusive; empty = from the start
    std::size_t limit = 100;
    std::size_t offset = 0;
};

// Organisations, tokens and the audit log over one Database. Not thread-safe,
// like Database itself: one Accounts per Database per thread.
class Accounts {
public:
    explicit Accounts(Database& database);

    // Adds an organisation. Throws SqlError "invalid" (bad id, name or role, or an
    // employer/university tie that is missing, unknown or not allowed for the role)
    // or "conflict" (the id exists). created_at is set to now.
    void add_organisation(const Organisation& organisation);

    // Every organisation, ordered by id.
    std::vector<Organisation> organisations();

    // The organisation with this id, if any.
    std::optional<Organisation> organisation(const std::string& id);

    // Makes a token for an organisation and returns its secret once; only a
    // BLAKE2b hash of the secret is stored. Throws "not_found" for an unknown
    // organisation, "invalid" for a label over 200 characters.
    CreatedToken create_token(const std::string& organisation_id, const std::string& label = "");

    // Tokens (revoked ones too), of one organisation or of all, ordered by
    // organisation then creation time; never the secret.
    std::vector<TokenInfo> tokens(const std::optional<std::string>& organisation_id = std::nullopt);

    // Revokes a token at once. Idempotent: revoking a revoked token keeps its
    // first revoked_at. Throws "not_found" for an unknown token id.
    void revoke_token(const std::string& token_id);

    // The principal behind a secret, or nullopt when the secret is unknown or
    // revoked. Records last_used_at at most once a minute per token.
    std::optional<Principal> authenticate(const std::string& secret);

    // Appends one entry to the audit log (own transaction). Returns its seq.
    std::int64_t append_audit(const AuditEntry& entry);

    // Audit entries matching the query, newest (highest seq) first.
    std::vector<AuditEntry> audit(const AuditQuery& query);

private:
    Database& database_;
};

}  // namespace woshou::sql
