// A one-line progress bar with rows/s, drawn on stderr only when it is a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace woshou::clients {

class ProgressBar {
public:
    // `label` prefixes the bar ("writing"); nothing is drawn unless stderr is a TTY.
    explicit ProgressBar(std::string label);
    ~ProgressBar();

    // Redraws at most ten times a second.
    void update(std::size_t done, std::size_t total);
    // Erases the bar so a summary line can follow.
    void finish();

private:
    std::string label_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace woshou::clients
