// `woshou org ...` and `woshou token ...`: manage organisations and API tokens
// directly in the database (like `woshou import`, not through the server).
#pragma once

#include <string>

namespace woshou::clients {

struct OrgAddOptions {
    std::string database;  // "sqlite:PATH" or a PostgreSQL connection string
    std::string id;
    std::string name;
    std::string role;           // employer | university | planner | admin
    std::string employer_id;    // role employer only
    std::string university_id;  // role university only
};

// `woshou org add`; returns the exit code (0 ok, 1 failure). Errors go to stderr.
int add_organisation(const OrgAddOptions& options);

// `woshou org list`: every organisation as a table.
int list_organisations(const std::string& database);

// `woshou token create`: prints the secret alone on stdout (so
// TOKEN=$(woshou token create ...) works) and the notes on stderr.
int create_token(const std::string& database, const std::string& organisation_id, const std::string& label);

// `woshou token list`: tokens of one organisation (or all), never their secrets.
int list_tokens(const std::string& database, const std::string& organisation_id);

// `woshou token revoke`: revokes at once; revoking twice is not an error.
int revoke_token(const std::string& database, const std::string& token_id);

}  // namespace woshou::clients
