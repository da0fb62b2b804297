#include "bulk_sqlite.hpp"

#include <fmt/format.h>

namespace woshou::sql::detail {

namespace {

// SQLITE_STATIC: the value outlives the step (it is the model row's own
// storage, or joined_), so SQLite need not copy it.
const auto kStatic = static_cast<sqlite_api::sqlite3_destructor_type>(nullptr);

// Page cache for the import, in KiB (negative cache_size = KiB). The default
// (2 MiB) makes a large import re-read and re-write index pages through the
// kernel for every few rows; the pages are freed when the write ends.
constexpr int kImportCacheKiB = 512 * 1024;

sqlite_api::sqlite3* handle_of(soci::session& session) {
    return static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_;
}

}  // namespace

SqliteBulkWriter::SqliteBulkWriter(soci::session& session, WriteProgress& progress)
    : db_(handle_of(session)), progress_(progress) {
    session << "PRAGMA cache_size", soci::into(old_cache_size_);
    session << "PRAGMA cache_size = " + std::to_string(-kImportCacheKiB);
    if (!sqlite_foreign_keys_on(db_)) references_ = std::make_unique<SqliteReferenceCheck>(db_);
}

SqliteBulkWriter::~SqliteBulkWriter() {
    sqlite_api::sqlite3_finalize(statement_);
    // Restore the connection's own setting; a failure here only costs memory.
    const std::string restore = "PRAGMA cache_size = " + std::to_string(old_cache_size_);
    sqlite_api::sqlite3_exec(db_, restore.c_str(), nullptr, nullptr, nullptr);
}

void SqliteBulkWriter::prepare(std::string_view table, const std::string_view* columns, std::size_t count,
                               std::size_t keys) {
    std::vector<std::string_view> names(columns, columns + count);
    std::string placeholders;
    for (std::size_t i = 0; i < count; ++i) placeholders += i ? ", ?" : "?";
    const std::string sql = fmt::format("INSERT INTO {} ({}) VALUES ({})", table, column_list(names), placeholders) +
                            on_conflict_clause(table, names, keys);
    sqlite_api::sqlite3_finalize(statement_);
    statement_ = nullptr;
    const int rc = sqlite_api::sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement_, nullptr);
    if (rc != SQLITE_OK) fail(rc, fmt::format("upsert failed preparing table {}", table));
}

void SqliteBulkWriter::step(std::string_view table, std::size_t row, std::size_t rows) {
    const int rc = sqlite_api::sqlite3_step(statement_);
    if (rc != SQLITE_DONE) {
        fail(rc, fmt::format("upsert failed writing table {} (row {} of {})", table, row + 1, rows));
    }
    sqlite_api::sqlite3_reset(statement_);
}

void SqliteBulkWriter::finish() {
    sqlite_api::sqlite3_finalize(statement_);
    statement_ = nullptr;
}

void SqliteBulkWriter::execute(const std::string& sql, const std::string& context) {
    char* error = nullptr;
    const int rc = sqlite_api::sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    if (rc == SQLITE_OK) return;
    const std::string message = error ? error : sqlite_api::sqlite3_errstr(rc);
    sqlite_api::sqlite3_free(error);
    const bool constraint = (rc & 0xff) == SQLITE_CONSTRAINT;
    throw SqlError(constraint ? "constraint" : "io", context + ": " + message);
}

void SqliteBulkWriter::set_indexes_aside(std::string_view table, std::size_t rows) {
    set_aside_.clear();
    if (rows < kSetAsideMinRows) return;
    // Counting stops at the threshold: at most a few times the rows about to
    // be written are stepped over, and an empty table costs nothing. (A link
    // table is WITHOUT ROWID since migration 0004, so max(rowid) is no
    // longer an option.)
    const long long enough = static_cast<long long>(rows * kSetAsideMinFraction);
    long long held = enough;
    {
        const std::string sql = fmt::format("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT {})", table, enough);
        sqlite_api::sqlite3_stmt* st = nullptr;
        if (sqlite_api::sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite_api::sqlite3_step(st) == SQLITE_ROW)
            held = sqlite_api::sqlite3_column_int64(st, 0);
        sqlite_api::sqlite3_finalize(st);
    }
    if (held >= enough) return;
    // Indexes with SQL are the ones CREATE INDEX made; the primary key's and
    // UNIQUE's automatic indexes (sql IS NULL) stay, ON CONFLICT needs them.
    sqlite_api::sqlite3_stmt* st = nullptr;
    const char* list = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL";
    if (sqlite_api::sqlite3_prepare_v2(db_, list, -1, &st, nullptr) != SQLITE_OK)
        fail(SQLITE_ERROR, fmt::format("upsert failed listing the indexes of table {}", table));
    sqlite_api::sqlite3_bind_text(st, 1, table.data(), static_cast<int>(table.size()), kStatic);
    std::vector<std::string> names;
    while (sqlite_api::sqlite3_step(st) == SQLITE_ROW) {
        names.emplace_back(reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(st, 0)));
        set_aside_.emplace_back(reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(st, 1)));
    }
    sqlite_api::sqlite3_finalize(st);
    for (const auto& name : names)
        execute("DROP INDEX \"" + name + "\"", fmt::format("upsert failed setting aside index {} of table {}", name, table));
}

void SqliteBulkWriter::restore_indexes(std::string_view table) {
    for (const auto& create : set_aside_)
        execute(create, fmt::format("upsert failed rebuilding an index of table {}", table));
    set_aside_.clear();
}

void SqliteBulkWriter::fail(int rc, const std::string& context) {
    // The extended code of the failed step says what kind of failure it was;
    // sqlite3_reset would replace the message, so read both first.
    const int code = sqlite_api::sqlite3_extended_errcode(db_);
    const std::string message = sqlite_api::sqlite3_errmsg(db_);
    if (statement_) sqlite_api::sqlite3_reset(statement_);
    const bool constraint = (code & 0xff) == SQLITE_CONSTRAINT || (rc & 0xff) == SQLITE_CONSTRAINT;
    throw SqlError(constraint ? "constraint" : "io", context + ": " + message);
}

void SqliteBulkWriter::text(std::string_view value) {
    sqlite_api::sqlite3_bind_text(statement_, ++column_, value.data(), static_cast<int>(value.size()), kStatic);
    if (references_) references_->bound(column_, value);
}

void SqliteBulkWriter::joined(const std::vector<std::string>& parts) {
    joined_.clear();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) joined_ += '\n';
        joined_ += parts[i];
    }
    text(joined_);
}

void SqliteBulkWriter::real(double value) { sqlite_api::sqlite3_bind_double(statement_, ++column_, value); }

void SqliteBulkWriter::integer(long long value) { sqlite_api::sqlite3_bind_int64(statement_, ++column_, value); }

void SqliteBulkWriter::null() { sqlite_api::sqlite3_bind_null(statement_, ++column_); }

}  // namespace woshou::sql::detail
