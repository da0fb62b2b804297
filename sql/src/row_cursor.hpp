// Reading a query's rows one at a time as text, integer and real cells,
// without a heap allocation per cell: on SQLite the sqlite3 API straight on
// the handle SOCI holds (SOCI copies every cell into buffers of its own, and
// then into the caller's strings: half the time of loading a large snapshot);
// on PostgreSQL SOCI bulk fetches of text, 4,096 rows at a time.
#pragma once

#include <soci/soci.h>

#include <memory>
#include <string>
#include <string_view>

namespace woshou::sql::detail {

class RowCursor {
public:
    virtual ~RowCursor() = default;
    // Moves to the next row; false after the last.
    virtual bool next() = 0;
    // Cells of the current row, by 0-based column. A text view lives until next().
    // Columns must not be NULL (queries COALESCE nullable ones).
    virtual std::string_view text(int column) const = 0;
    virtual long long integer(int column) const = 0;
    virtual double real(int column) const = 0;
};

// Runs `sql`, which selects `columns` columns, and returns a cursor before its first row.
std::unique_ptr<RowCursor> open_rows(soci::session& session, const std::string& sql, int columns);

// Calls on_row(cursor) for every row of `sql`.
template <typename OnRow>
void for_each_row(soci::session& session, const std::string& sql, int columns, OnRow on_row) {
    auto cursor = open_rows(session, sql, columns);
    while (cursor->next()) on_row(*cursor);
}

}  // namespace woshou::sql::detail
