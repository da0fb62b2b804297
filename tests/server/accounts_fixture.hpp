// A world for the write-route tests: a real SQLite file holding the sample
// data plus a second employer, six organisations (two employers, two
// universities, a planner, an admin) with a token each, WriteServices over the
// same file, and a Context the router can be called with (no sockets).
#pragma once

#include "woshou/graph/model.hpp"
#include "woshou/server/router.hpp"
#include "woshou/server/write_services.hpp"
#include "woshou/sql/database.hpp"

#include <rapidjson/document.h>

#include <filesystem>
#include <memory>
#include <string>

namespace woshou::test {

// sample_dataset() plus employer E-2 and a plan for each of NKU-120102 and TJU-080902.
model::Dataset accounts_dataset();

// Secrets (and token ids) of the organisations add_sample_organisations() makes.
struct SampleTokens {
    std::string employer;          // org "acme", employer E-1
    std::string other_employer;    // org "harbour", employer E-2
    std::string university;        // org "tju-office", university TJU
    std::string other_university;  // org "nku-office", university NKU
    std::string planner;           // org "bureau"
    std::string admin;             // org "root"
    std::string employer_token_id;
};

// Adds the six organisations to `database` (which must hold accounts_dataset())
// and creates one token for each.
SampleTokens add_sample_organisations(sql::Database& database);

class AccountsWorld {
public:
    // A fresh SQLite file with accounts_dataset() and the sample organisations;
    // WriteServices limited to `rate_per_minute` (0 = unlimited).
    explicit AccountsWorld(unsigned rate_per_minute = 0, bool private_mode = false);
    ~AccountsWorld();
    AccountsWorld(const AccountsWorld&) = delete;
    AccountsWorld& operator=(const AccountsWorld&) = delete;

    // "sqlite:" + the file.
    std::string connection() const;
    // The test's own connection to the file (not the one the handlers use).
    sql::Database& database() { return *database_; }
    // Rebuilds the context's snapshot from the file, as the server does after a write.
    void refresh_snapshot();
    const server::Context& context() const { return context_; }
    server::Context& context() { return context_; }

    // Sends a request through make_api_router(); `token` empty = no Authorization header;
    // `content_type` empty = none.
    server::Response send(const std::string& method, const std::string& target, const std::string& token = {},
                          const std::string& body = {}, const std::string& content_type = "application/json");

    SampleTokens tokens;

private:
    std::filesystem::path path_;
    std::unique_ptr<sql::Database> database_;
    std::unique_ptr<server::WriteServices> writes_;
    server::Context context_;
};

// The body parsed as JSON; a parse failure fails the calling test.
rapidjson::Document json_of(const server::Response& response);

// error.message of an error body, or "" when there is none.
std::string error_message_of(const server::Response& response);

// The first header called `name` in `response`, or "".
std::string response_header(const server::Response& response, const std::string& name);

}  // namespace woshou::test
