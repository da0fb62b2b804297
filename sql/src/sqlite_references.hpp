// Foreign keys of an SQLite import checked by the writer, once per distinct
// referenced value, instead of by SQLite once per row and key.
//
// Why: with foreign_keys on, SQLite descends the parent's key index for every
// key of every inserted row (a demand_skill row: its demand and its skill, two
// descents through indexes of long TEXT keys). Most references of an import
// point at rows written earlier in the same transaction (a bundle's demand
// skills at the bundle's demands), which are known to exist without asking
// SQLite; the rest (ESCO skills stored earlier) repeat a few thousand values.
// So the writer turns SQLite's checks off for the write (SqliteForeignKeysOff)
// and checks each referenced value itself (SqliteReferenceCheck), inside the
// same transaction: a missing parent still fails the write before anything is
// committed.
#pragma once

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace woshou::sql::detail {

// Turns SQLite's foreign-key enforcement off while it lives, and back on when
// it was on before. SQLite ignores the pragma inside a transaction, so make
// this before the transaction begins and let it die after it ends.
class SqliteForeignKeysOff {
public:
    explicit SqliteForeignKeysOff(soci::session& session);
    ~SqliteForeignKeysOff();
    SqliteForeignKeysOff(const SqliteForeignKeysOff&) = delete;
    SqliteForeignKeysOff& operator=(const SqliteForeignKeysOff&) = delete;

private:
    soci::session& session_;
    int was_on_ = 0;
};

// True when the connection enforces foreign keys itself.
bool sqlite_foreign_keys_on(sqlite_api::sqlite3* db);

// Checks the references of the rows a writer binds, table by table, in the
// order the tables are written (parents first). Every string_view it is given
// must stay valid until the write ends (they point into the Dataset).
class SqliteReferenceCheck {
public:
    explicit SqliteReferenceCheck(sqlite_api::sqlite3* db);
    ~SqliteReferenceCheck();
    SqliteReferenceCheck(const SqliteReferenceCheck&) = delete;
    SqliteReferenceCheck& operator=(const SqliteReferenceCheck&) = delete;

    // Reads `table`'s foreign keys from the schema (never from a list of our
    // own, so it cannot drift from the migrations) for its `columns`; `rows`
    // of it are about to be written, and `single_key` says its key is its
    // first column alone (then written() records their keys).
    void begin_table(std::string_view table, const std::string_view* columns, std::size_t count, std::size_t rows,
                     bool single_key);

    // Notes the value bound to `column` (1-based) of the current row when the
    // column is a foreign key; NULL binds never come here (NULL refers to nothing).
    void bound(int column, std::string_view value) {
        if (static_cast<std::size_t>(column) < parent_of_.size() && parent_of_[column] >= 0)
            pending_.push_back({column, value});
    }

    // Checks the current row's noted values; throws SqlError("constraint")
    // naming the table, the row, the column and the missing value.
    void end_row(std::string_view table, std::size_t row, std::size_t rows);

    // `key` of a row just written to the current table, whose key is its
    // first column alone, exists from now on.
    void written(std::string_view key) { writing_->insert(key); }

private:
    struct Parent {
        std::string table;
        std::string column;
        sqlite_api::sqlite3_stmt* lookup = nullptr;  // SELECT 1 FROM table WHERE column = ?
        std::unordered_set<std::string_view>* known = nullptr;  // its written or found keys
    };
    struct Pending {
        int column;
        std::string_view value;
    };

    bool stored(Parent& parent, std::string_view value);

    sqlite_api::sqlite3* db_;
    std::vector<Parent> parents_;                  // one per (table, column) referred to
    std::vector<int> parent_of_;                   // column -> index in parents_, or -1
    std::vector<std::string_view> last_ok_;        // column -> value checked on the previous row
    std::vector<std::string_view> column_names_;   // of the current table, for messages
    std::vector<Pending> pending_;
    std::unordered_set<std::string_view>* writing_ = nullptr;  // known_ of the current table
    // Keys known to exist, by table: rows written in this transaction, and
    // values found in the database by a lookup.
    std::unordered_map<std::string, std::unordered_set<std::string_view>> known_;
};

}  // namespace woshou::sql::detail
