// Writing a Dataset: each backend's bulk writer upserts every table in
// dependency order (bulk_tables.hpp), then data_version is bumped, all inside
// the caller's transaction.
#include "bulk_postgresql.hpp"
#include "bulk_sqlite.hpp"
#include "database_impl.hpp"
#include "errors.hpp"

namespace woshou::sql::detail {

void write_dataset(soci::session& s, const model::Dataset& rows, const ProgressFn& report,
                   const TableReadyFn& ready) {
    // row_count() would read vectors another thread may still be filling.
    WriteProgress progress(report, ready ? 0 : rows.row_count());
    if (s.get_backend_name() == "postgresql") {
        PostgresBulkWriter writer(s, progress);
        write_every_table(writer, rows, ready);
    } else {
        SqliteBulkWriter writer(s, progress);
        write_every_table(writer, rows, ready);
    }
    if (ready) ready(nullptr);
    try {
        s << "UPDATE meta SET value = value + 1 WHERE name = 'data_version'";
    } catch (const soci::soci_error& e) {
        throw_sql_error(e, "upsert failed bumping data_version");
    }
}

}  // namespace woshou::sql::detail
