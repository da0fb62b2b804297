// Upserting rows into PostgreSQL in bulk: COPY FROM STDIN (through the libpq
// connection SOCI holds) into a temporary staging table, then one
// INSERT ... SELECT ... ON CONFLICT into the real table. SOCI's bulk binding
// sends one statement per row, a network round trip each (~10k rows/s).
#pragma once

#include <soci/soci.h>

#include <string>
#include <string_view>
#include <vector>

#include "bulk_tables.hpp"

typedef struct pg_conn PGconn;

namespace woshou::sql::detail {

// Writes tables inside the caller's open transaction on `session` (a PostgreSQL one).
class PostgresBulkWriter {
public:
    PostgresBulkWriter(soci::session& session, WriteProgress& progress);

    // `rows` more rows to report progress against (a table just read).
    void expect(std::size_t rows) { progress_.expect(rows); }

    // Upserts `rows` into TableOf<Row>'s table with the same semantics as one
    // INSERT ... ON CONFLICT per row in order (a key given twice: the last row
    // wins); throws SqlError naming the table on any failure (the caller's
    // transaction then rolls back).
    template <class Row>
    void write(const std::vector<Row>& rows) {
        using Table = TableOf<Row>;
        if (rows.empty()) return;
        const std::vector<std::string_view> columns(Table::columns.begin(), Table::columns.end());
        begin_copy(Table::name, columns);
        std::size_t unsent = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            // The row's position first: it orders duplicates of a key (see insert_from_stage).
            integer(static_cast<long long>(i));
            Table::fields(rows[i], *this);
            buffer_.back() = '\n';  // the last field's tab ends the line
            if (buffer_.size() >= kSendBytes) send(Table::name);
            if (++unsent == kProgressEvery) {
                progress_.advance(unsent);
                unsent = 0;
            }
        }
        end_copy(Table::name);
        set_foreign_keys_aside(Table::name, rows.size());
        insert_from_stage(Table::name, columns, Table::keys);
        restore_foreign_keys(Table::name);
        progress_.advance(unsent);
    }

    // The sink fields() writes into: appends the next column of the current
    // row in COPY's text format, each value followed by a tab.
    void text(std::string_view value);
    void joined(const std::vector<std::string>& parts);
    void real(double value);
    void integer(long long value);
    void null();

private:
    static constexpr std::size_t kSendBytes = 1 << 20;
    static constexpr std::size_t kProgressEvery = 16384;

    void begin_copy(std::string_view table, const std::vector<std::string_view>& columns);
    void send(std::string_view table);
    void end_copy(std::string_view table);
    // Ends the COPY (aborting it when `abort_reason` is set) and throws the
    // server's error, if any, with `context`.
    void finish_copy(const std::string& context, const char* abort_reason);
    void insert_from_stage(std::string_view table, const std::vector<std::string_view>& columns, std::size_t keys);
    void escaped(std::string_view value);
    // PostgreSQL checks a foreign key with a query per inserted row (about
    // 6 us each, the larger part of a bulk write). For a large write into a
    // table (kSetAsideMinRows in bulk_tables.hpp) its foreign keys are
    // dropped and added back after the INSERT, which validates every row in
    // one join; inside the transaction, so a failure restores them. Dropping
    // a foreign key locks the table and the one it refers to until commit:
    // other sessions' reads and writes of them wait for the import.
    void set_foreign_keys_aside(std::string_view table, std::size_t rows);
    void restore_foreign_keys(std::string_view table);

    soci::session& session_;
    PGconn* connection_;
    WriteProgress& progress_;
    std::string buffer_;  // COPY data not sent yet
    std::vector<std::pair<std::string, std::string>> set_aside_;  // (name, definition) of dropped foreign keys
};

}  // namespace woshou::sql::detail
