// A large SQLite write with a rollback journal instead of the WAL, when this
// connection has the database to itself.
//
// In WAL mode every page a write makes goes to the WAL first and is copied
// into the database file by the checkpoint after the commit: a bulk import
// writes its gigabytes twice. With a rollback journal, pages appended to the
// file are not journaled at all (only pages that existed before the
// transaction are), so a fresh import writes them once: the nation's write
// (30.5 M rows) took 167 s instead of 218 s (docs/performance.md).
// Leaving WAL needs every other connection closed, so while woshoud (or any
// reader) has the file open the switch is refused at once and the write runs
// in WAL as before, readers undisturbed. The WAL comes back when the write ends.
#pragma once

#include <soci/soci.h>

namespace woshou::sql::detail {

class SqliteBulkJournal {
public:
    // Switches `session`'s database from WAL to a rollback journal (with
    // synchronous = FULL, as durable as WAL with NORMAL) if no other
    // connection has it open; otherwise leaves it as it is.
    explicit SqliteBulkJournal(soci::session& session);
    // Back to WAL and synchronous = NORMAL (a failure is left to the next open,
    // which sets WAL again).
    ~SqliteBulkJournal();
    SqliteBulkJournal(const SqliteBulkJournal&) = delete;
    SqliteBulkJournal& operator=(const SqliteBulkJournal&) = delete;

    // Whether the write runs with the rollback journal.
    bool switched() const { return switched_; }

private:
    soci::session& session_;
    bool switched_ = false;
};

}  // namespace woshou::sql::detail
