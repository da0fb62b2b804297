#include "sqlite_references.hpp"

#include <fmt/format.h>

#include "woshou/sql/database.hpp"

namespace woshou::sql::detail {

namespace {

const auto kStatic = static_cast<sqlite_api::sqlite3_destructor_type>(nullptr);

std::string column_text(sqlite_api::sqlite3_stmt* st, int i) {
    const auto* text = sqlite_api::sqlite3_column_text(st, i);
    return text ? reinterpret_cast<const char*>(text) : "";
}

// Runs `sql` and hands each result row to `row`; throws SqlError("io") naming `what`.
template <class Row>
void each_row(sqlite_api::sqlite3* db, const std::string& sql, const std::string& what, Row&& row) {
    sqlite_api::sqlite3_stmt* st = nullptr;
    if (sqlite_api::sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
        throw SqlError("io", fmt::format("{}: {}", what, sqlite_api::sqlite3_errmsg(db)));
    int rc;
    while ((rc = sqlite_api::sqlite3_step(st)) == SQLITE_ROW) row(st);
    sqlite_api::sqlite3_finalize(st);
    if (rc != SQLITE_DONE) throw SqlError("io", fmt::format("{}: {}", what, sqlite_api::sqlite3_errstr(rc)));
}

}  // namespace

SqliteForeignKeysOff::SqliteForeignKeysOff(soci::session& session) : session_(session) {
    session_ << "PRAGMA foreign_keys", soci::into(was_on_);
    session_ << "PRAGMA foreign_keys = OFF";
}

SqliteForeignKeysOff::~SqliteForeignKeysOff() {
    if (!was_on_) return;
    try {
        session_ << "PRAGMA foreign_keys = ON";
    } catch (...) {
        // Outside a transaction this pragma does not fail; nothing to do if it did.
    }
}

bool sqlite_foreign_keys_on(sqlite_api::sqlite3* db) {
    bool on = true;
    each_row(db, "PRAGMA foreign_keys", "cannot read PRAGMA foreign_keys",
             [&](sqlite_api::sqlite3_stmt* st) { on = sqlite_api::sqlite3_column_int(st, 0) != 0; });
    return on;
}

SqliteReferenceCheck::SqliteReferenceCheck(sqlite_api::sqlite3* db) : db_(db) {}

SqliteReferenceCheck::~SqliteReferenceCheck() {
    for (auto& parent : parents_) sqlite_api::sqlite3_finalize(parent.lookup);
}

void SqliteReferenceCheck::begin_table(std::string_view table, const std::string_view* columns, std::size_t count,
                                       std::size_t rows, bool single_key) {
    writing_ = nullptr;
    if (single_key) {
        writing_ = &known_[std::string(table)];
        writing_->reserve(writing_->size() + rows);
    }
    column_names_.assign(columns, columns + count);
    parent_of_.assign(count + 1, -1);
    last_ok_.assign(count + 1, {});
    pending_.clear();
    const std::string what = fmt::format("upsert failed reading the foreign keys of table {}", table);
    each_row(db_, fmt::format("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('{}')", table), what,
             [&](sqlite_api::sqlite3_stmt* st) {
                 const std::string parent_table = column_text(st, 0), from = column_text(st, 1);
                 std::string to = column_text(st, 2);
                 std::size_t column = 0;
                 while (column < count && columns[column] != from) ++column;
                 // A column the import does not write keeps its stored value,
                 // which the table's earlier writes already checked.
                 if (column == count) return;
                 // The parent's single key column, for a reference that names none
                 // and to know whether the written keys can answer for it.
                 std::vector<std::string> keys;
                 each_row(db_, fmt::format("SELECT name FROM pragma_table_info('{}') WHERE pk > 0", parent_table),
                          what, [&](sqlite_api::sqlite3_stmt* k) { keys.push_back(column_text(k, 0)); });
                 if (to.empty() && keys.size() == 1) to = keys[0];
                 std::size_t index = 0;
                 while (index < parents_.size() && !(parents_[index].table == parent_table && parents_[index].column == to))
                     ++index;
                 if (index == parents_.size()) {
                     Parent parent{parent_table, to};
                     const std::string sql = fmt::format("SELECT 1 FROM \"{}\" WHERE \"{}\" = ?", parent_table, to);
                     if (sqlite_api::sqlite3_prepare_v2(db_, sql.c_str(), -1, &parent.lookup, nullptr) != SQLITE_OK)
                         throw SqlError("io", fmt::format("{}: {}", what, sqlite_api::sqlite3_errmsg(db_)));
                     if (keys.size() == 1 && keys[0] == to) parent.known = &known_[parent_table];
                     parents_.push_back(std::move(parent));
                 }
                 parent_of_[column + 1] = static_cast<int>(index);
             });
}

bool SqliteReferenceCheck::stored(Parent& parent, std::string_view value) {
    if (parent.known && parent.known->count(value)) return true;
    sqlite_api::sqlite3_bind_text(parent.lookup, 1, value.data(), static_cast<int>(value.size()), kStatic);
    const int rc = sqlite_api::sqlite3_step(parent.lookup);
    sqlite_api::sqlite3_reset(parent.lookup);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw SqlError("io", fmt::format("upsert failed looking up {} in table {}: {}", value, parent.table,
                                         sqlite_api::sqlite3_errstr(rc)));
    if (rc == SQLITE_ROW && parent.known) parent.known->insert(value);
    return rc == SQLITE_ROW;
}

void SqliteReferenceCheck::end_row(std::string_view table, std::size_t row, std::size_t rows) {
    for (const auto& [column, value] : pending_) {
        // Link rows come grouped by their first key (a demand's skills in a
        // run), so most values equal the previous row's and need no lookup.
        if (last_ok_[column] == value && last_ok_[column].data()) continue;
        Parent& parent = parents_[parent_of_[column]];
        if (!stored(parent, value)) {
            pending_.clear();
            throw SqlError("constraint",
                           fmt::format("upsert failed writing table {} (row {} of {}): FOREIGN KEY constraint failed: "
                                       "{} '{}' is not in table {}",
                                       table, row + 1, rows, column_names_[column - 1], value, parent.table));
        }
        last_ok_[column] = value;
    }
    pending_.clear();
}

}  // namespace woshou::sql::detail
