#include "bulk_postgresql.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include <iterator>
#include <memory>

#include "errors.hpp"

namespace woshou::sql::detail {

namespace {

// One staging table at a time, dropped after its INSERT (and at commit or
// rollback at the latest, being ON COMMIT DROP).
constexpr const char* kStage = "woshou_stage";
// Orders a key's duplicates by their position in the Dataset.
constexpr const char* kOrdinal = "woshou_ord";

PGconn* connection_of(soci::session& session) {
    return static_cast<soci::postgresql_session_backend*>(session.get_backend())->conn_;
}

// An SqlError from a failed libpq result, classified like errors.cpp does
// SOCI's: SQLSTATE class 23 is a constraint, class 08 a lost connection.
[[noreturn]] void throw_result_error(PGconn* connection, PGresult* result, const std::string& context) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string message = result ? PQresultErrorMessage(result) : "";
    if (message.empty()) message = PQerrorMessage(connection);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    const std::string sqlstate = state ? state : "";
    std::string code = "io";
    if (sqlstate.rfind("23", 0) == 0) code = "constraint";
    else if (sqlstate.rfind("08", 0) == 0 || PQstatus(connection) != CONNECTION_OK) code = "bad_connection";
    throw SqlError(code, context + ": " + message);
}

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

}  // namespace

PostgresBulkWriter::PostgresBulkWriter(soci::session& session, WriteProgress& progress)
    : session_(session), connection_(connection_of(session)), progress_(progress) {
    buffer_.reserve(kSendBytes + 64 * 1024);
}

void PostgresBulkWriter::begin_copy(std::string_view table, const std::vector<std::string_view>& columns) {
    const std::string names = column_list(columns);
    try {
        // Same column types as the table, none of its constraints: they are
        // checked once, by the INSERT into the real table.
        session_ << fmt::format("CREATE TEMPORARY TABLE {} ON COMMIT DROP AS SELECT 0::bigint AS {}, {} FROM {} WITH NO DATA",
                                kStage, kOrdinal, names, table);
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, fmt::format("upsert failed staging table {}", table));
    }
    const std::string copy = fmt::format("COPY {} ({}, {}) FROM STDIN", kStage, kOrdinal, names);
    Result result(PQexec(connection_, copy.c_str()), &PQclear);
    if (PQresultStatus(result.get()) != PGRES_COPY_IN)
        throw_result_error(connection_, result.get(), fmt::format("upsert failed copying table {}", table));
    buffer_.clear();
}

void PostgresBulkWriter::send(std::string_view table) {
    if (buffer_.empty()) return;
    // Blocking connection: 1 means queued; errors in the data come back at
    // the end, unless the server gave up early.
    if (PQputCopyData(connection_, buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
        finish_copy(fmt::format("upsert failed copying table {}", table), "woshou: copy failed");
        throw_result_error(connection_, nullptr, fmt::format("upsert failed copying table {}", table));
    }
    buffer_.clear();
}

void PostgresBulkWriter::end_copy(std::string_view table) {
    send(table);
    finish_copy(fmt::format("upsert failed copying table {}", table), nullptr);
}

void PostgresBulkWriter::finish_copy(const std::string& context, const char* abort_reason) {
    if (PQputCopyEnd(connection_, abort_reason) != 1) throw_result_error(connection_, nullptr, context);
    // Drain every result, so the connection is ready for the next statement
    // (the caller's rollback) even when the COPY failed.
    Result failed(nullptr, &PQclear);
    while (PGresult* raw = PQgetResult(connection_)) {
        Result result(raw, &PQclear);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && !failed) failed = std::move(result);
    }
    if (failed) throw_result_error(connection_, failed.get(), context);
}

void PostgresBulkWriter::insert_from_stage(std::string_view table, const std::vector<std::string_view>& columns,
                                           std::size_t keys) {
    const std::string names = column_list(columns);
    const std::string conflict = on_conflict_clause(table, columns, keys);
    const std::string insert = fmt::format("INSERT INTO {0} ({1}) SELECT {1} FROM {2}", table, names, kStage) + conflict;
    const std::string context = fmt::format("upsert failed writing table {}", table);
    try {
        session_ << "SAVEPOINT woshou_upsert";
        try {
            session_ << insert;
        } catch (const soci::postgresql_soci_error& e) {
            // 21000: DO UPDATE met a key twice in one statement. Only a
            // Dataset naming a key twice does that (the importers refuse
            // one); the last row wins, as it did row by row.
            if (e.sqlstate() != "21000") throw;
            session_ << "ROLLBACK TO SAVEPOINT woshou_upsert";
            const std::string key_list = column_list(std::vector<std::string_view>(columns.begin(), columns.begin() + keys));
            session_ << fmt::format("INSERT INTO {0} ({1}) SELECT DISTINCT ON ({3}) {1} FROM {2} ORDER BY {3}, {4} DESC",
                                    table, names, kStage, key_list, kOrdinal) +
                            conflict;
        }
        session_ << "RELEASE SAVEPOINT woshou_upsert";
        session_ << fmt::format("DROP TABLE {}", kStage);
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, context);
    }
}

void PostgresBulkWriter::set_foreign_keys_aside(std::string_view table, std::size_t rows) {
    set_aside_.clear();
    const std::string context = fmt::format("upsert failed setting aside the foreign keys of table {}", table);
    try {
        if (rows < kSetAsideMinRows) return;
        // Counting at most rows x fraction keeps this check proportional to the write.
        const std::size_t bound = rows * kSetAsideMinFraction;
        long long held = 0;
        session_ << fmt::format("SELECT count(*) FROM (SELECT 1 FROM {} LIMIT {}) AS held", table, bound),
            soci::into(held);
        if (static_cast<std::size_t>(held) >= bound) return;
        // The table is the one on the search path, as in every other statement here.
        const std::string name(table);
        soci::rowset<soci::row> keys = (session_.prepare << "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                                            "WHERE conrelid = CAST(:t AS regclass) AND contype = 'f' "
                                                            "ORDER BY conname",
                                        soci::use(name));
        for (const auto& key : keys) set_aside_.emplace_back(key.get<std::string>(0), key.get<std::string>(1));
        if (set_aside_.empty()) return;
        std::string drop;
        for (const auto& [name, definition] : set_aside_)
            drop += (drop.empty() ? "" : ", ") + fmt::format("DROP CONSTRAINT \"{}\"", name);
        session_ << fmt::format("ALTER TABLE {} {}", table, drop);
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, context);
    }
}

void PostgresBulkWriter::restore_foreign_keys(std::string_view table) {
    if (set_aside_.empty()) return;
    std::string add;
    for (const auto& [name, definition] : set_aside_)
        add += (add.empty() ? "" : ", ") + fmt::format("ADD CONSTRAINT \"{}\" {}", name, definition);
    set_aside_.clear();
    try {
        // One statement validates every foreign key in one pass over the table.
        session_ << fmt::format("ALTER TABLE {} {}", table, add);
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, fmt::format("upsert failed writing table {} (checking its foreign keys)", table));
    }
}

void PostgresBulkWriter::escaped(std::string_view value) {
    // COPY's text format: backslash, and the tab and newline that delimit
    // fields and rows, are backslash-escaped; everything else is literal.
    std::size_t start = 0;
    while (true) {
        const std::size_t special = value.find_first_of("\\\t\n\r", start);
        if (special == std::string_view::npos) {
            buffer_.append(value.substr(start));
            return;
        }
        buffer_.append(value.substr(start, special - start));
        switch (value[special]) {
            case '\\': buffer_ += "\\\\"; break;
            case '\t': buffer_ += "\\t"; break;
            case '\n': buffer_ += "\\n"; break;
            default: buffer_ += "\\r"; break;
        }
        start = special + 1;
    }
}

void PostgresBulkWriter::text(std::string_view value) {
    escaped(value);
    buffer_ += '\t';
}

void PostgresBulkWriter::joined(const std::vector<std::string>& parts) {
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) buffer_ += "\\n";
        escaped(parts[i]);
    }
    buffer_ += '\t';
}

void PostgresBulkWriter::real(double value) {
    // The shortest text that reads back as the same double.
    fmt::format_to(std::back_inserter(buffer_), "{}\t", value);
}

void PostgresBulkWriter::integer(long long value) { fmt::format_to(std::back_inserter(buffer_), "{}\t", value); }

void PostgresBulkWriter::null() { buffer_ += "\\N\t"; }

}  // namespace woshou::sql::detail
