// woshoud: the woshou HTTP service. Configuration from flags and WOSHOU_*
// environment variables; see `woshoud --help`.
#include "woshou/server/config.hpp"
#include "woshou/server/server.hpp"

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <iostream>

int main(int argc, char** argv) {
    using namespace woshou::server;
    // Logs go to stderr; stdout carries only the "listening on" line.
    spdlog::set_default_logger(spdlog::stderr_color_mt("woshoud"));
    ServerConfig config;
    CLI::App app{"woshoud: the woshou HTTP service"};
    add_server_options(app, config);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    }
    try {
        return run_server(config);
    } catch (const std::exception& error) {
        std::cerr << "woshoud: " << error.what() << "\n";
        return 2;
    }
}
