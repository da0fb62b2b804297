// One Database type for both backends: SQLite (embedded default) and PostgreSQL.
#pragma once

#include "woshou/graph/model.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace soci { class session; }
namespace woshou::graph { class Snapshot; }

namespace woshou::sql {

// A database failure with a stable code: "schema_too_new", "bad_connection",
// "constraint", "io"; the API-side writers (accounts.hpp, demand_writes.hpp,
// feedback_store.hpp) add "invalid", "not_found", "conflict" and "forbidden".
// docs/errors.md lists them all.
class SqlError : public std::runtime_error {
public:
    SqlError(std::string code, const std::string& message)
        : std::runtime_error(message), code_(std::move(code)) {}
    const std::string& code() const { return code_; }

private:
    std::string code_;
};

// Called during long writes with (rows written so far, rows in total).
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

// Called by upsert with the address of one of its Dataset's row vectors (e.g.
// &rows.courses) just before writing that table, and with nullptr just before
// committing. It may block until that vector is complete, so that a reader on
// another thread can still be filling later tables (importers::
// read_bundle_into); an exception from it rolls the write back and propagates.
using TableReadyFn = std::function<void(const void* rows)>;

// One connection. Not thread-safe (a soci::session is not): use one Database
// per thread, e.g. one for the importer and one per background loader.
class Database {
public:
    // Opens "sqlite:PATH" (":memory:" allowed) or a PostgreSQL connection string
    // ("postgresql://..." or "host=... dbname=..."), then applies pending migrations,
    // each in its own transaction. Throws SqlError("schema_too_new") when the
    // database was written by a newer binary.
    static std::unique_ptr<Database> open(const std::string& connection);
    ~Database();

    // "sqlite" or "postgresql".
    const std::string& backend() const;
    // The connection string with any password replaced by "***", for logs.
    const std::string& redacted_connection() const;
    // Schema version recorded in the database, and the newest this binary knows.
    int schema_version();
    static int latest_schema_version();

    // Incremented by every successful write; a snapshot built from this
    // database carries it as its version.
    std::uint64_t data_version();

    // Reads every entity, leaving out soft-deleted demand and its skills.
    // Vectors are ordered by id (and composite keys).
    model::Dataset load();

    // What load() reads, frozen into a snapshot carrying `version`, without
    // holding the relation rows as strings: the way to build a large
    // snapshot (the nation's in a third of the memory, docs/performance.md).
    std::shared_ptr<const graph::Snapshot> load_snapshot(std::uint64_t version);

    // Inserts or updates (by id / composite key) every row of `rows` in one
    // transaction, then bumps data_version. On any failure nothing is written
    // and SqlError names the table and row range ("constraint" for foreign
    // key, CHECK and uniqueness violations). Rows are never deleted.
    // `ready`, when given, is asked before each table and before the commit.
    void upsert(const model::Dataset& rows, const ProgressFn& progress = {}, const TableReadyFn& ready = {});

    // The underlying SOCI session, for tests and migrations.
    soci::session& session();

private:
    struct Impl;
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Replaces the password in a connection string ("password=x" or "user:x@host") with ***.
std::string redact_connection_string(const std::string& connection);

}  // namespace woshou::sql
