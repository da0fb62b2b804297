#include "woshou/sql/database.hpp"

#include <fmt/format.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <optional>

#include "database_impl.hpp"
#include "errors.hpp"
#include "migrations.hpp"
#include "sqlite_bulk_journal.hpp"
#include "sqlite_references.hpp"
#include "woshou/sql/postgresql_uri.hpp"
#include "woshou/graph/snapshot.hpp"

namespace woshou::sql {

namespace {

constexpr const char* kSqlitePrefix = "sqlite:";

// Settings SQLite keeps per connection, so every open must repeat them.
void configure_sqlite(soci::session& session, bool is_file) {
    session << "PRAGMA foreign_keys = ON";
    session << "PRAGMA busy_timeout = 5000";
    if (is_file) {
        // WAL lets the server keep reading while an import writes; NORMAL
        // sync is safe with WAL (a crash loses at most the last commits).
        std::string mode;
        session << "PRAGMA journal_mode = WAL", soci::into(mode);
        session << "PRAGMA synchronous = NORMAL";
    }
}

void open_sqlite(soci::session& session, const std::string& path) {
    if (path.empty()) throw SqlError("bad_connection", "sqlite: needs a file path or :memory:");
    // SOCI reads key=value options from an SQLite connect string, but treats
    // one without '=' as a plain path, which is the only safe form here.
    if (path.find('=') != std::string::npos) {
        throw SqlError("bad_connection", "SQLite path must not contain '=': " + path);
    }
    session.open(*soci::factory_sqlite3(), path);
    configure_sqlite(session, path != ":memory:");
}

void open_postgresql(soci::session& session, const std::string& connection) {
    session.open(*soci::factory_postgresql(),
                 is_postgresql_uri(connection) ? postgresql_uri_to_keywords(connection) : connection);
    // Silences notices such as "relation already exists, skipping" that
    // libpq would otherwise print to stderr on every start.
    session << "SET client_min_messages TO WARNING";
}

// Runs read() in one transaction so the tables are read from one state even
// while another connection commits an import in between.
template <typename Read>
auto read_consistently(soci::session& session, const std::string& backend, Read read, const char* what) {
    try {
        soci::transaction transaction(session);
        if (backend == "postgresql") {
            // PostgreSQL's default (read committed) takes a new snapshot per
            // statement; SQLite already reads one snapshot per transaction.
            session << "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";
        }
        auto result = read();
        transaction.commit();
        return result;
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, what);
    }
}

}  // namespace

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::~Database() = default;

std::unique_ptr<Database> Database::open(const std::string& connection) {
    auto impl = std::make_unique<Impl>();
    impl->redacted = redact_connection_string(connection);
    try {
        if (connection.rfind(kSqlitePrefix, 0) == 0) {
            impl->backend = "sqlite";
            open_sqlite(impl->session, connection.substr(std::string(kSqlitePrefix).size()));
        } else {
            impl->backend = "postgresql";
            open_postgresql(impl->session, connection);
        }
    } catch (const soci::soci_error& e) {
        // Whatever went wrong while connecting, the caller cannot use this database.
        throw SqlError("bad_connection",
                       fmt::format("cannot open database {}: {}", impl->redacted, e.get_error_message()));
    }
    detail::apply_migrations(impl->session);
    return std::unique_ptr<Database>(new Database(std::move(impl)));
}

const std::string& Database::backend() const { return impl_->backend; }

const std::string& Database::redacted_connection() const { return impl_->redacted; }

int Database::schema_version() {
    try {
        return detail::recorded_schema_version(impl_->session);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read schema version");
    }
}

int Database::latest_schema_version() { return detail::embedded_migrations().back().version; }

std::uint64_t Database::data_version() {
    long long version = 0;
    try {
        impl_->session << "SELECT value FROM meta WHERE name = 'data_version'", soci::into(version);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read data_version");
    }
    return static_cast<std::uint64_t>(version);
}

model::Dataset Database::load() {
    return read_consistently(
        impl_->session, impl_->backend, [&] { return detail::load_dataset(impl_->session); },
        "cannot load the dataset");
}

std::shared_ptr<const graph::Snapshot> Database::load_snapshot(std::uint64_t version) {
    return read_consistently(
        impl_->session, impl_->backend, [&] { return detail::load_snapshot(impl_->session, version); },
        "cannot load the snapshot");
}

void Database::upsert(const model::Dataset& rows, const ProgressFn& progress, const TableReadyFn& ready) {
    // write_dataset throws SqlError naming the table that failed; the
    // transaction's destructor rolls everything back on any exception.
    try {
        // On SQLite the writer checks references itself, once per distinct
        // value (sqlite_references.hpp); the pragma only takes effect outside
        // a transaction, so it is set before and restored after this one.
        // And when nobody else has the file open, the write goes through a
        // rollback journal instead of the WAL (sqlite_bulk_journal.hpp).
        std::optional<detail::SqliteBulkJournal> bulk_journal;
        std::optional<detail::SqliteForeignKeysOff> foreign_keys_off;
        if (impl_->backend == "sqlite") {
            bulk_journal.emplace(impl_->session);
            foreign_keys_off.emplace(impl_->session);
        }
        soci::transaction transaction(impl_->session);
        detail::write_dataset(impl_->session, rows, progress, ready);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "upsert failed");
    }
}

soci::session& Database::session() { return impl_->session; }

}  // namespace woshou::sql
