#include "row_cursor.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

#include <charconv>
#include <vector>

#include "woshou/sql/database.hpp"

namespace woshou::sql::detail {
namespace {

class SqliteCursor : public RowCursor {
public:
    SqliteCursor(soci::session& session, const std::string& sql)
        : db_(static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_) {
        if (sqlite_api::sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &statement_, nullptr) !=
            SQLITE_OK)
            fail(sql);
    }
    ~SqliteCursor() override { sqlite_api::sqlite3_finalize(statement_); }

    bool next() override {
        const int rc = sqlite_api::sqlite3_step(statement_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(sqlite_api::sqlite3_sql(statement_));
    }
    std::string_view text(int column) const override {
        const auto* bytes = sqlite_api::sqlite3_column_text(statement_, column);
        return {reinterpret_cast<const char*>(bytes),
                static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(statement_, column))};
    }
    long long integer(int column) const override { return sqlite_api::sqlite3_column_int64(statement_, column); }
    double real(int column) const override { return sqlite_api::sqlite3_column_double(statement_, column); }

private:
    [[noreturn]] void fail(const char* sql) const {
        throw SqlError("io", std::string("cannot read: ") + sqlite_api::sqlite3_errmsg(db_) + " (" + sql + ")");
    }
    [[noreturn]] void fail(const std::string& sql) const { fail(sql.c_str()); }

    sqlite_api::sqlite3* db_;
    sqlite_api::sqlite3_stmt* statement_ = nullptr;
};

// Every column fetched as text (PostgreSQL sends text anyway), parsed on demand.
class SociTextCursor : public RowCursor {
public:
    static constexpr std::size_t kBatch = 4096;

    SociTextCursor(soci::session& session, const std::string& sql, int columns)
        : columns_(static_cast<std::size_t>(columns), std::vector<std::string>(kBatch)),
          statement_(session) {
        statement_.alloc();
        statement_.prepare(sql);
        for (auto& column : columns_) statement_.exchange(soci::into(column));
        statement_.define_and_bind();
        statement_.execute(false);
    }

    bool next() override {
        if (++row_ < rows_) return true;
        for (auto& column : columns_) column.resize(kBatch);
        if (done_ || !statement_.fetch()) {
            done_ = true;
            return false;
        }
        rows_ = columns_.front().size();
        row_ = 0;
        return rows_ > 0;
    }
    std::string_view text(int column) const override { return columns_[column][row_]; }
    long long integer(int column) const override { return parse<long long>(column); }
    double real(int column) const override { return parse<double>(column); }

private:
    // from_chars: exact like strtod, but never reads the locale's decimal point.
    template <typename Number>
    Number parse(int column) const {
        const auto cell = text(column);
        Number value{};
        std::from_chars(cell.data(), cell.data() + cell.size(), value);
        return value;
    }

    std::vector<std::vector<std::string>> columns_;
    soci::statement statement_;
    std::size_t row_ = 0, rows_ = 0;
    bool done_ = false;
};

}  // namespace

std::unique_ptr<RowCursor> open_rows(soci::session& session, const std::string& sql, int columns) {
    if (session.get_backend_name() == "sqlite3") return std::make_unique<SqliteCursor>(session, sql);
    return std::make_unique<SociTextCursor>(session, sql, columns);
}

}  // namespace woshou::sql::detail
