// The woshoud configuration: one struct, filled from flags and environment,
// validated before use and logged without secrets.
#pragma once

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace CLI { class App; }

namespace woshou::server {

// A configuration value that cannot be used; the message names the option.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ServerConfig {
    std::string database = "sqlite:woshou.db";  // WOSHOU_DB: "sqlite:PATH" or a PostgreSQL conninfo
    std::string listen = "127.0.0.1:8080";      // WOSHOU_LISTEN: host:port, port 0 = ephemeral
    int threads = 0;                            // I/O threads; 0 = one per core
    int workers = 0;                            // handler threads (analyses, database); 0 = one per core
    std::size_t max_queued = 1024;              // requests waiting for a worker before 503
    std::size_t header_limit = 8 * 1024;        // bytes of request line + headers
    std::uint64_t body_limit = 1024 * 1024;     // bytes of request body
    double read_timeout_s = 30;                 // per read, also the keep-alive idle time
    double write_timeout_s = 30;                // per response write
    unsigned max_requests_per_connection = 100; // keep-alive cap; the last response says close
    double reload_interval_s = 2;               // how often the database version is polled
    std::string log_level = "info";             // spdlog level name
    bool private_mode = false;                  // --private: every route but /healthz needs a token
    unsigned rate_limit = 600;                  // requests a minute per token; 0 = unlimited
};

struct ListenAddress {
    std::string host;
    std::uint16_t port = 0;
};

// Registers every ServerConfig option on `app` as a flag that falls back to
// its WOSHOU_* environment variable; used by woshoud and by `woshou serve`.
void add_server_options(CLI::App& app, ServerConfig& config);

// Parses woshoud's command line (and environment). Throws CLI::ParseError
// subclasses for the caller to hand to app.exit(); use from main only.
ServerConfig parse_server_config(int argc, char** argv);

// Throws ConfigError naming the first unusable option.
void validate(const ServerConfig& config);

// Splits "host:port" or "[v6]:port"; throws ConfigError when malformed.
ListenAddress parse_listen_address(const std::string& listen);

// One log line describing `config`, with the database password replaced by ***.
std::string describe(const ServerConfig& config);

// Seconds as a duration, for timeouts.
std::chrono::milliseconds to_duration(double seconds);

}  // namespace woshou::server
