// The socket side of woshoud: a Beast HTTP/1.1 listener and its sessions.
// This header is free of Boost.Asio/Beast so only http_server.cpp pays for them.
#pragma once

#include "woshou/graph/snapshot_holder.hpp"
#include "woshou/server/config.hpp"
#include "woshou/server/router.hpp"

#include <memory>
#include <string>

namespace woshou::server {

class WriteServices;

class HttpServer {
public:
    // Keeps references to config, router, holder and writes; they must outlive the server.
    // `writes` may be null (no accounts or write routes: they answer 503).
    HttpServer(const ServerConfig& config, const Router& router, graph::SnapshotHolder& holder,
               std::string backend, WriteServices* writes = nullptr);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and listens on config.listen; returns the bound "host:port"
    // (the real port when 0 was asked). Throws std::runtime_error when it cannot.
    std::string listen();

    // Serves on config.threads threads until SIGINT or SIGTERM, then stops
    // accepting, lets in-flight requests finish, closes idle connections and returns.
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace woshou::server
