// Runs the woshou HTTP service until SIGINT or SIGTERM.
#pragma once

#include "woshou/server/config.hpp"

namespace woshou::server {

// Opens the database, builds the first snapshot, serves HTTP on config.listen
// (printing "listening on HOST:PORT" to stdout once bound) and reloads the
// snapshot when the database changes. Returns 0 after a graceful shutdown,
// 1 when start-up fails (the reason is logged). Throws ConfigError for an
// invalid config.
int run_server(const ServerConfig& config);

}  // namespace woshou::server
