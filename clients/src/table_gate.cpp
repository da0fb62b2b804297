#include "table_gate.hpp"

namespace woshou::clients {

void TableGate::done(const void* rows) {
    std::lock_guard lock(mutex_);
    if (abandoned_) throw WriteFailed();
    done_.insert(rows);
    changed_.notify_all();
}

void TableGate::finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    changed_.notify_all();
}

void TableGate::fail() {
    std::lock_guard lock(mutex_);
    failed_ = true;
    changed_.notify_all();
}

void TableGate::abandon() {
    std::lock_guard lock(mutex_);
    abandoned_ = true;
}

void TableGate::wait(const void* rows) {
    const auto start = std::chrono::steady_clock::now();
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failed_ || finished_ || (rows && done_.count(rows)); });
    waited_ += std::chrono::steady_clock::now() - start;
    // A failed read aborts even a table that was complete: nothing may be committed.
    if (failed_) throw ReadFailed();
}

double TableGate::waited_seconds() const {
    std::lock_guard lock(mutex_);
    return std::chrono::duration<double>(waited_).count();
}

}  // namespace woshou::clients
