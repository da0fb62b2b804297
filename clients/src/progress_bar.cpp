#include "progress_bar.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <unistd.h>

namespace woshou::clients {

ProgressBar::ProgressBar(std::string label)
    : label_(std::move(label)),
      enabled_(isatty(fileno(stderr)) != 0),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_ - std::chrono::seconds(1)) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double fraction = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
    constexpr int width = 30;
    const int filled = static_cast<int>(fraction * width);
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    fmt::print(stderr, "\r{} [{}{}] {:3.0f}% {}/{} rows, {:.0f} rows/s", label_, std::string(filled, '#'),
               std::string(width - filled, '.'), fraction * 100, done, total, rate);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressBar::finish() {
    if (!drawn_) return;
    fmt::print(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace woshou::clients
