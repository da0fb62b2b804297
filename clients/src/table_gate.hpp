// Hands a Dataset's tables from the thread that reads a bundle to the thread
// that writes it, so that `woshou import bundle` writes table after table
// while later files are still being read (the two use the two cores; the
// reading used to finish before the first row was written).
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <unordered_set>

namespace woshou::clients {

// What wait() throws once the reader has failed: the write must roll back.
struct ReadFailed : std::runtime_error {
    ReadFailed() : std::runtime_error("reading the bundle failed") {}
};

// What done() throws once the writer has failed: reading on is pointless.
struct WriteFailed : std::runtime_error {
    WriteFailed() : std::runtime_error("writing the bundle failed") {}
};

class TableGate {
public:
    // Reader: the row vector at `rows` is complete. Throws WriteFailed after abandon().
    void done(const void* rows);
    // Reader: every table is complete and every check passed; the writer may commit.
    void finish();
    // Reader: reading failed; a waiting writer gets ReadFailed.
    void fail();
    // Writer: writing failed; the reader's next done() throws WriteFailed.
    void abandon();
    // Writer: blocks until `rows` is complete (nullptr: until finish()).
    // Throws ReadFailed after fail().
    void wait(const void* rows);
    // How long wait() blocked in all, so the write's own time can be told apart.
    double waited_seconds() const;

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::unordered_set<const void*> done_;
    bool finished_ = false, failed_ = false, abandoned_ = false;
    std::chrono::steady_clock::duration waited_{};
};

}  // namespace woshou::clients
