// The process's own memory use, for benchmarks that report peak RSS.
#pragma once

namespace woshou::bench {

// Peak resident set size of this process so far, in MiB: VmHWM from
// /proc/self/status, or getrusage's ru_maxrss where /proc is missing.
double peak_rss_mib();

// Resident set size now, in MiB (VmRSS), or 0 when unknown.
double current_rss_mib();

}  // namespace woshou::bench
