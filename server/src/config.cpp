#include "woshou/server/config.hpp"

#include "woshou/sql/database.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <cmath>

namespace woshou::server {

void add_server_options(CLI::App& app, ServerConfig& config) {
    app.add_option("--db", config.database, "database: sqlite:PATH or a PostgreSQL connection string")
        ->envname("WOSHOU_DB")
        ->capture_default_str();
    app.add_option("--listen", config.listen, "address to listen on, host:port (port 0 = any free port)")
        ->envname("WOSHOU_LISTEN")
        ->capture_default_str();
    app.add_option("--threads", config.threads, "I/O threads (0 = one per core)")->envname("WOSHOU_THREADS");
    app.add_flag("--private", config.private_mode, "every route but /healthz needs a bearer token")
        ->envname("WOSHOU_PRIVATE");
    app.add_option("--rate-limit", config.rate_limit, "requests a minute per token, 0 = unlimited (429 beyond)")
        ->envname("WOSHOU_RATE_LIMIT");
    app.add_option("--workers", config.workers, "handler threads for analyses and database work (0 = one per core)")
        ->envname("WOSHOU_WORKERS");
    app.add_option("--max-queued", config.max_queued, "requests waiting for a worker before answering 503")
        ->envname("WOSHOU_MAX_QUEUED");
    app.add_option("--header-limit", config.header_limit, "max bytes of request line and headers (431 beyond)")
        ->envname("WOSHOU_HEADER_LIMIT")
        ->capture_default_str();
    app.add_option("--body-limit", config.body_limit, "max bytes of a request body (413 beyond)")
        ->envname("WOSHOU_BODY_LIMIT")
        ->capture_default_str();
    app.add_option("--read-timeout", config.read_timeout_s, "seconds to wait for a request (also keep-alive idle)")
        ->envname("WOSHOU_READ_TIMEOUT")
        ->capture_default_str();
    app.add_option("--write-timeout", config.write_timeout_s, "seconds to send a response")
        ->envname("WOSHOU_WRITE_TIMEOUT")
        ->capture_default_str();
    app.add_option("--max-requests-per-connection", config.max_requests_per_connection,
                   "keep-alive cap: requests served on one connection before it is closed")
        ->envname("WOSHOU_MAX_REQUESTS_PER_CONNECTION")
        ->capture_default_str();
    app.add_option("--reload-interval", config.reload_interval_s,
                   "seconds between checks of the database for a newer data version")
        ->envname("WOSHOU_RELOAD_INTERVAL")
        ->capture_default_str();
    app.add_option("--log-level", config.log_level, "trace, debug, info, warn, error, critical or off")
        ->envname("WOSHOU_LOG_LEVEL")
        ->capture_default_str();
}

ServerConfig parse_server_config(int argc, char** argv) {
    ServerConfig config;
    CLI::App app{"woshoud: the woshou HTTP service"};
    add_server_options(app, config);
    app.parse(argc, argv);
    return config;
}

ListenAddress parse_listen_address(const std::string& listen) {
    auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size())
        throw ConfigError("--listen '" + listen + "' must be host:port, e.g. 127.0.0.1:8080");
    ListenAddress address;
    address.host = listen.substr(0, colon);
    if (address.host.size() >= 2 && address.host.front() == '[' && address.host.back() == ']')
        address.host = address.host.substr(1, address.host.size() - 2);
    const char* begin = listen.data() + colon + 1;
    const char* end = listen.data() + listen.size();
    auto [ptr, ec] = std::from_chars(begin, end, address.port);
    if (ec != std::errc{} || ptr != end)
        throw ConfigError("--listen '" + listen + "' has a port that is not a number in 0..65535");
    return address;
}

void validate(const ServerConfig& config) {
    if (config.database.empty()) throw ConfigError("--db must not be empty");
    parse_listen_address(config.listen);
    if (config.threads < 0 || config.threads > 256) throw ConfigError("--threads must be in 0..256");
    if (config.workers < 0 || config.workers > 256) throw ConfigError("--workers must be in 0..256");
    if (config.max_queued < 1) throw ConfigError("--max-queued must be at least 1");
    if (config.header_limit < 256) throw ConfigError("--header-limit must be at least 256 bytes");
    auto positive = [](double seconds, const char* name) {
        if (!std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
            throw ConfigError(std::string(name) + " must be a number of seconds in (0, 86400]");
    };
    positive(config.read_timeout_s, "--read-timeout");
    positive(config.write_timeout_s, "--write-timeout");
    positive(config.reload_interval_s, "--reload-interval");
    if (config.max_requests_per_connection == 0) throw ConfigError("--max-requests-per-connection must be at least 1");
    if (spdlog::level::from_str(config.log_level) == spdlog::level::off && config.log_level != "off")
        throw ConfigError("--log-level '" + config.log_level + "' is not a log level");
}

std::string describe(const ServerConfig& config) {
    return fmt::format(
        "db={} listen={} threads={} workers={} max_queued={} private={} rate_limit={}/min header_limit={} body_limit={} read_timeout={}s write_timeout={}s "
        "max_requests_per_connection={} reload_interval={}s log_level={}",
        sql::redact_connection_string(config.database), config.listen, config.threads, config.workers,
        config.max_queued, config.private_mode, config.rate_limit, config.header_limit,
        config.body_limit, config.read_timeout_s, config.write_timeout_s, config.max_requests_per_connection,
        config.reload_interval_s, config.log_level);
}

std::chrono::milliseconds to_duration(double seconds) {
    return std::chrono::milliseconds(static_cast<std::int64_t>(std::llround(seconds * 1000)));
}

}  // namespace woshou::server
