#include "process_memory.hpp"

#include <sys/resource.h>

#include <fstream>
#include <string>

namespace woshou::bench {
namespace {

// The value of a "Name:   1234 kB" line of /proc/self/status, in KiB, or -1.
double status_kib(const std::string& name) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(name + ":", 0) == 0) return std::stod(line.substr(name.size() + 1));
    }
    return -1;
}

}  // namespace

double peak_rss_mib() {
    const double kib = status_kib("VmHWM");
    if (kib >= 0) return kib / 1024;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024;  // KiB on Linux
}

double current_rss_mib() {
    const double kib = status_kib("VmRSS");
    return kib >= 0 ? kib / 1024 : 0;
}

}  // namespace woshou::bench
