// Upserting rows into SQLite through the sqlite3 handle SOCI holds: one
// prepared INSERT ... ON CONFLICT per table, values bound in place (no copies,
// doubles as doubles), stepped once per row in key order (bulk_order.hpp).
// SOCI's bulk binding costs more than SQLite itself (it copies every value
// into buffers of its own). When the connection's foreign keys are off
// (Database::upsert turns them off around its transaction) the writer checks
// references itself (sqlite_references.hpp).
#pragma once

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

#include <memory>

#include "bulk_order.hpp"
#include "bulk_tables.hpp"
#include "sqlite_references.hpp"

namespace woshou::sql::detail {

// Writes tables inside the caller's open transaction on `session` (an SQLite one).
class SqliteBulkWriter {
public:
    SqliteBulkWriter(soci::session& session, WriteProgress& progress);
    ~SqliteBulkWriter();
    SqliteBulkWriter(const SqliteBulkWriter&) = delete;
    SqliteBulkWriter& operator=(const SqliteBulkWriter&) = delete;

    // `rows` more rows to report progress against (a table just read).
    void expect(std::size_t rows) { progress_.expect(rows); }

    // Upserts `rows` into TableOf<Row>'s table; throws SqlError naming the
    // table and the row on any failure (the caller's transaction then rolls back).
    template <class Row>
    void write(const std::vector<Row>& rows) {
        using Table = TableOf<Row>;
        if (rows.empty()) return;
        set_indexes_aside(Table::name, rows.size());
        prepare(Table::name, Table::columns.data(), Table::columns.size(), Table::keys);
        if (references_)
            references_->begin_table(Table::name, Table::columns.data(), Table::columns.size(), rows.size(),
                                     Table::keys == 1);
        const std::vector<std::uint32_t> order = key_order(rows);
        std::size_t unreported = 0;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const std::size_t i = order.empty() ? k : order[k];
            column_ = 0;
            Table::fields(rows[i], *this);
            step(Table::name, i, rows.size());
            if (references_) {
                references_->end_row(Table::name, i, rows.size());
                if constexpr (Table::keys == 1) references_->written(rows[i].id);
            }
            if (++unreported == kProgressEvery) {
                progress_.advance(unreported);
                unreported = 0;
            }
        }
        finish();
        restore_indexes(Table::name);
        progress_.advance(unreported);

    }

    // The sink fields() writes into: binds the next column of the current row.
    void text(std::string_view value);
    void joined(const std::vector<std::string>& parts);
    void real(double value);
    void integer(long long value);
    void null();

private:
    static constexpr std::size_t kProgressEvery = 4096;

    void prepare(std::string_view table, const std::string_view* columns, std::size_t count, std::size_t keys);
    void step(std::string_view table, std::size_t row, std::size_t rows);
    void finish();
    // A large write into a table (kSetAsideMinRows in bulk_tables.hpp) is
    // faster without its secondary indexes,
    // rebuilt afterwards by one sort each, than with a random B-tree insert
    // per row and index (which also thrashes the page cache once an index
    // outgrows it). Both steps are inside the transaction, so a failure
    // restores the indexes with everything else.
    void set_indexes_aside(std::string_view table, std::size_t rows);
    void restore_indexes(std::string_view table);
    void execute(const std::string& sql, const std::string& context);
    [[noreturn]] void fail(int rc, const std::string& context);

    sqlite_api::sqlite3* db_;
    sqlite_api::sqlite3_stmt* statement_ = nullptr;
    WriteProgress& progress_;
    int column_ = 0;
    std::string joined_;  // the current row's joined value, alive until its step
    std::vector<std::string> set_aside_;  // CREATE INDEX statements of dropped indexes
    int old_cache_size_ = 0;
    std::unique_ptr<SqliteReferenceCheck> references_;  // null while SQLite checks foreign keys
};

}  // namespace woshou::sql::detail
