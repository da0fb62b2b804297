// Transport-independent HTTP values: what the router and the handlers see.
//
// The session layer (the only code that knows Beast) turns bytes into a
// Request and a Response back into bytes, so handlers are plain functions
// that can be tested without sockets.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace woshou::server {

// Name/value pairs in arrival order (query parameters, headers, path parameters).
using Fields = std::vector<std::pair<std::string, std::string>>;

struct Request {
    std::string method;  // "GET", "POST", ...
    std::string path;    // as received, still percent-encoded
    Fields query;        // percent-decoded, '+' read as space
    Fields headers;
    std::string body;
    Fields path_params;  // percent-decoded, filled in by the router
    // Who called, once a token was checked (require_principal fills it in);
    // the router writes it into the audit log.
    mutable std::string organisation_id;
    mutable std::string token_id;
    bool writes = false;  // the matched route changes data (set by the router)

    // The first query parameter called `name`, or nullptr.
    const std::string* query_param(std::string_view name) const;
    // The first header called `name` (case-insensitive), or nullptr.
    const std::string* header(std::string_view name) const;
    // The path parameter `name` of the matched route; throws std::logic_error when absent.
    const std::string& path_param(std::string_view name) const;
};

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    Fields headers;  // extra headers, e.g. Allow
    // For the audit log of a write: what was done ("demand.create") and to what
    // ("demand", "dm_1a2b..."). Left empty, the action is "METHOD PATH".
    std::string audit_action;
    std::string audit_target_kind;
    std::string audit_target_id;
};

// What a handler may read besides the request: the snapshot this request sees
// (fixed for the whole request, even if a reload publishes a newer one) and
// the database backend name.
struct AnalysisCache;
class WriteServices;

struct Context {
    std::shared_ptr<const graph::Snapshot> snapshot;
    std::string backend;  // "sqlite" or "postgresql"
    // Caches shared across requests (demand profiles per scope); null in
    // handler tests, where analyses then compute without caching.
    AnalysisCache* analysis = nullptr;
    // Database access for authentication and writes; null when the server
    // has none (handler tests of read routes): then every write is a 503.
    WriteServices* writes = nullptr;
    // With --private every route but /healthz needs a token.
    bool private_mode = false;
    std::string remote_address;  // the client's address, for the audit log
};

// A client-visible failure: HTTP status, stable code and a message that is
// safe to show (it names the parameter and why, never internals).
class HttpError : public std::runtime_error {
public:
    HttpError(int status, std::string code, const std::string& message, Fields headers = {})
        : std::runtime_error(message), status_(status), code_(std::move(code)), headers_(std::move(headers)) {}
    int status() const { return status_; }
    const std::string& code() const { return code_; }
    // Extra response headers, e.g. Retry-After on a 429 or WWW-Authenticate on a 401.
    const Fields& headers() const { return headers_; }

private:
    int status_;
    std::string code_;
    Fields headers_;
};

// The one error envelope: {"error":{"code":..,"message":..},"snapshot":v}
// ("snapshot" is left out when no snapshot is known).
Response error_response(int status, std::string_view code, std::string_view message,
                        std::optional<std::uint64_t> snapshot = std::nullopt);

// Splits a request target into path and decoded query parameters.
// Throws HttpError(400, "bad_request") on malformed percent-encoding.
Request make_request(std::string method, std::string_view target, Fields headers = {},
                     std::string body = {});

}  // namespace woshou::server
