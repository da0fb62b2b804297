#include "woshou/server/router.hpp"

#include "auth.hpp"
#include "woshou/server/url.hpp"
#include "woshou/server/write_services.hpp"
#include "woshou/sql/accounts.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace woshou::server {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> segments;
    if (!path.empty() && path.front() == '/') path.remove_prefix(1);
    while (true) {
        auto slash = path.find('/');
        segments.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return segments;
}

bool is_placeholder(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Path parameters when `path` matches `pattern`. Segments are decoded after
// splitting, so an id holding '/' (an ESCO URI) must arrive as %2F.
std::optional<Fields> match(std::string_view pattern, const std::vector<std::string_view>& path) {
    auto parts = split_path(pattern);
    if (parts.size() != path.size()) return std::nullopt;
    Fields params;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (is_placeholder(parts[i])) {
            if (path[i].empty()) return std::nullopt;
            auto decoded = percent_decode(path[i], false);
            if (!decoded) {
                throw HttpError(400, "bad_request", "malformed percent-encoding in the request path");
            }
            params.emplace_back(std::string(parts[i].substr(1, parts[i].size() - 2)), std::move(*decoded));
        } else if (parts[i] != path[i]) {
            return std::nullopt;
        }
    }
    return params;
}

std::optional<std::uint64_t> version_of(const Context& context) {
    if (!context.snapshot) return std::nullopt;
    return context.snapshot->version();
}

Response route(Request& request, const Context& context, const std::vector<Route>& routes) {
    auto segments = split_path(request.path);
    std::string allowed;
    for (const Route& candidate : routes) {
        auto params = match(candidate.pattern, segments);
        if (!params) continue;
        if (candidate.method != request.method) {
            bool listed = false;
            for (std::size_t start = 0; start < allowed.size() && !listed;) {
                auto comma = std::min(allowed.find(", ", start), allowed.size());
                listed = allowed.compare(start, comma - start, candidate.method) == 0;
                start = comma + 2;
            }
            if (!listed) allowed += (allowed.empty() ? "" : ", ") + candidate.method;
            continue;
        }
        if (!candidate.accepts_body && !request.body.empty()) {
            throw HttpError(415, "unsupported_media_type",
                            request.method + " " + candidate.pattern + " takes no request body");
        }
        request.path_params = std::move(*params);
        request.writes = candidate.writes;
        if (context.private_mode && candidate.pattern != "/healthz") require_principal(request, context);
        Response response = candidate.handler(request, context);
        if (request.writes && response.status < 300 && context.writes) context.writes->written();
        return response;
    }
    if (!allowed.empty()) {
        Response response = error_response(
            405, "method_not_allowed",
            "method " + request.method + " is not allowed here; allowed: " + allowed, version_of(context));
        response.headers.emplace_back("Allow", allowed);
        return response;
    }
    throw HttpError(404, "route_not_found", "no route for path " + request.path);
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler, bool accepts_body, bool writes) {
    routes_.push_back(Route{std::move(method), std::move(pattern), handler, accepts_body, writes});
}

namespace {

// Status of a storage error the client caused (sql/accounts.hpp and friends), or 0.
int status_of_storage_error(const std::string& code) {
    if (code == "invalid") return 400;
    if (code == "forbidden") return 403;
    if (code == "not_found") return 404;
    if (code == "conflict") return 409;
    return 0;
}

// Every request to a write route is recorded, refused or not: who, what,
// when, from where and how it ended. A failure to record is logged, never shown.
void audit(const Request& request, const Context& context, const Response& response) {
    if (!request.writes || !context.writes) return;
    try {
        sql::AuditEntry entry;
        entry.organisation_id = request.organisation_id;
        entry.token_id = request.token_id;
        entry.remote_address = context.remote_address;
        entry.method = request.method;
        entry.path = request.path;
        entry.action = response.audit_action.empty() ? request.method + " " + request.path : response.audit_action;
        entry.target_kind = response.audit_target_kind;
        entry.target_id = response.audit_target_id;
        entry.status = response.status;
        sql::Accounts(context.writes->database()).append_audit(entry);
    } catch (const std::exception& error) {
        spdlog::error("audit log write failed for {} {}: {}", request.method, request.path, error.what());
    }
}

Response answer(Request& request, const Context& context, const std::vector<Route>& routes) {
    try {
        return route(request, context, routes);
    } catch (const HttpError& error) {
        Response response = error_response(error.status(), error.code(), error.what(), version_of(context));
        for (const auto& header : error.headers()) response.headers.push_back(header);
        return response;
    } catch (const sql::SqlError& error) {
        if (int status = status_of_storage_error(error.code()))
            return error_response(status, error.code(), error.what(), version_of(context));
        throw;
    }
}

}  // namespace

Response Router::respond(Request request, const Context& context) const noexcept {
    try {
        try {
            Response response = answer(request, context, routes_);
            audit(request, context, response);
            return response;
        } catch (const std::exception& error) {
            // The details stay in the log: a 500 body must not leak internals.
            spdlog::error("{} {} failed: {}", request.method, request.path, error.what());
            Response response = error_response(500, "internal_error", "internal server error", version_of(context));
            audit(request, context, response);
            return response;
        }
    } catch (...) {
        // Only reachable if building the error body itself fails (out of memory).
        Response response;
        response.status = 500;
        response.body = R"({"error":{"code":"internal_error","message":"internal server error"}})";
        return response;
    }
}

Response handle_http(const Router& router, const Context& context, std::string method,
                     std::string_view target, Fields headers, std::string body) noexcept {
    try {
        Request request = make_request(std::move(method), target, std::move(headers), std::move(body));
        return router.respond(std::move(request), context);
    } catch (const HttpError& error) {
        return error_response(error.status(), error.code(), error.what(),
                              context.snapshot ? std::optional(context.snapshot->version()) : std::nullopt);
    } catch (...) {
        Response response;
        response.status = 500;
        response.body = R"({"error":{"code":"internal_error","message":"internal server error"}})";
        return response;
    }
}

}  // namespace woshou::server
