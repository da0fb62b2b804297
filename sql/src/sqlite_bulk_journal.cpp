#include "sqlite_bulk_journal.hpp"

#include <string>

namespace woshou::sql::detail {
namespace {

std::string journal_mode(soci::session& session, const std::string& pragma) {
    std::string mode;
    session << pragma, soci::into(mode);
    return mode;
}

}  // namespace

SqliteBulkJournal::SqliteBulkJournal(soci::session& session) : session_(session) {
    if (journal_mode(session_, "PRAGMA journal_mode") != "wal") return;  // :memory: or a file set otherwise
    // A refused switch must not wait for the connection's busy timeout.
    int busy_timeout_ms = 0;
    session_ << "PRAGMA busy_timeout", soci::into(busy_timeout_ms);
    session_ << "PRAGMA busy_timeout = 0";
    try {
        // Refused with SQLITE_BUSY while another connection has the file open.
        switched_ = journal_mode(session_, "PRAGMA journal_mode = DELETE") == "delete";
    } catch (const soci::soci_error&) {
        switched_ = false;
    }
    session_ << "PRAGMA busy_timeout = " + std::to_string(busy_timeout_ms);
    if (switched_) session_ << "PRAGMA synchronous = FULL";
}

SqliteBulkJournal::~SqliteBulkJournal() {
    if (!switched_) return;
    try {
        journal_mode(session_, "PRAGMA journal_mode = WAL");
        session_ << "PRAGMA synchronous = NORMAL";
    } catch (...) {
        // Another connection opened the file meanwhile; its open (or ours, next
        // time) sets WAL again. A destructor must not throw.
    }
}

}  // namespace woshou::sql::detail
