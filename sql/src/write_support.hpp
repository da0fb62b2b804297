// Small helpers shared by the API-side writers (accounts, demand, feedback):
// clocks, random ids, text checks and the data_version bump.
#pragma once

#include <cstddef>
#include <string>

namespace soci {
class session;
}

namespace woshou::sql::detail {

// A transaction for read-then-write work. On SQLite it begins IMMEDIATE, taking
// the write lock up front (waiting up to the busy timeout): a deferred
// transaction that reads first cannot upgrade to a writer once another
// connection has committed, and fails at once with "database is locked".
// PostgreSQL's plain BEGIN has no such problem. Rolls back unless committed.
class WriteTransaction {
public:
    WriteTransaction(soci::session& session, const std::string& backend);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    soci::session& session_;
    bool done_ = false;
};

// Now as ISO-8601 UTC with seconds: "2024-05-01T08:00:00Z".
std::string utc_now_iso();

// Now minus `seconds`, same format (for "older than" comparisons on text).
std::string utc_iso_seconds_ago(long seconds);

// Today (UTC) as YYYY-MM-DD.
std::string utc_today();

// `prefix` + 2*bytes lower-case hex digits from libsodium's CSPRNG.
std::string random_hex_id(const std::string& prefix, std::size_t bytes);

// Calls sodium_init() once per process; throws SqlError("io") if it fails.
void ensure_sodium();

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
bool is_valid_utf8(const std::string& text);

// Number of code points in well-formed UTF-8.
std::size_t code_points(const std::string& text);

// Throws SqlError("invalid", "FIELD ...") unless `text` is valid UTF-8, at most
// `limit` code points and free of control characters (newline, carriage
// return and tab allowed only when multiline).
void check_text(const std::string& field, const std::string& text, std::size_t limit, bool multiline);

// Throws SqlError("invalid") unless `date` is a real calendar date YYYY-MM-DD.
void check_date(const std::string& field, const std::string& date);

// Adds one to data_version inside the caller's transaction.
void bump_data_version(soci::session& session);

// True when a row with this id exists in `table` (a fixed table name, never user input).
bool row_exists(soci::session& session, const char* table, const std::string& id);

}  // namespace woshou::sql::detail
