#include "migrations.hpp"

#include <fmt/format.h>
#include <soci/soci.h>

#include <chrono>
#include <ctime>

#include "errors.hpp"
#include "woshou/sql/database.hpp"

namespace woshou::sql::detail {

std::vector<std::string> split_statements(const std::string& sql) {
    std::vector<std::string> statements;
    std::string current;
    auto flush = [&] {
        auto first = current.find_first_not_of(" \t\r\n");
        if (first != std::string::npos) {
            auto last = current.find_last_not_of(" \t\r\n");
            statements.push_back(current.substr(first, last - first + 1));
        }
        current.clear();
    };
    bool in_quote = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        char c = sql[i];
        if (in_quote) {
            current += c;
            if (c == '\'') in_quote = false;  // '' (an escaped quote) re-enters on the next char
        } else if (c == '\'') {
            current += c;
            in_quote = true;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            i = sql.find('\n', i);
            if (i == std::string::npos) break;
            current += '\n';
        } else if (c == ';') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return statements;
}

const char* migration_text(const Migration& migration, const std::string& backend_name) {
    return backend_name == "sqlite3" && migration.sqlite_sql ? migration.sqlite_sql : migration.sql;
}

int recorded_schema_version(soci::session& session) {
    int version = 0;
    session << "SELECT COALESCE(MAX(version), 0) FROM schema_version", soci::into(version);
    return version;
}

namespace {

std::string utc_now_iso() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

void apply_one(soci::session& session, const Migration& migration) {
    soci::transaction transaction(session);
    for (const auto& statement : split_statements(migration_text(migration, session.get_backend_name())))
        session << statement;
    std::string applied_at = utc_now_iso();
    session << "INSERT INTO schema_version (version, applied_at) VALUES (:version, :applied_at)",
        soci::use(migration.version), soci::use(applied_at);
    transaction.commit();
}

}  // namespace

void apply_migrations(soci::session& session) {
    const auto& migrations = embedded_migrations();
    const int latest = migrations.back().version;
    try {
        // Created outside the numbered migrations: it must exist before we
        // can ask which of them have run.
        session << "CREATE TABLE IF NOT EXISTS schema_version ("
                   "version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)";
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, "cannot create table schema_version");
    }
    int current = 0;
    try {
        current = recorded_schema_version(session);
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, "cannot read table schema_version");
    }
    if (current > latest) {
        throw SqlError("schema_too_new",
                       fmt::format("database schema version {} is newer than the latest version {} "
                                   "this binary knows; use a newer woshou",
                                   current, latest));
    }
    for (const auto& migration : migrations) {
        if (migration.version <= current) continue;
        try {
            apply_one(session, migration);
        } catch (const soci::soci_error& e) {
            throw_sql_error(e, fmt::format("migration {} failed", migration.name));
        }
    }
}

}  // namespace woshou::sql::detail
