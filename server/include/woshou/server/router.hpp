// Method + path pattern -> handler, with 404 for unknown paths and 405 (and
// an Allow header) for known paths asked with the wrong method.
#pragma once

#include "woshou/server/http.hpp"

#include <string>
#include <vector>

namespace woshou::server {

// A handler does no I/O: it reads the request and the snapshot and renders a response.
using Handler = Response (*)(const Request&, const Context&);

struct Route {
    std::string method;   // "GET"
    std::string pattern;  // "/api/v1/majors/{id}": literal segments and {name} placeholders
    Handler handler = nullptr;
    bool accepts_body = false;  // routes that do not are answered 415 when sent a body
    bool writes = false;        // changes data: audited, and the snapshot is refreshed after success
};

class Router {
public:
    // Registers a route; patterns are matched segment by segment.
    void add(std::string method, std::string pattern, Handler handler, bool accepts_body = false, bool writes = false);

    // Every registered route, in registration order (the served route table).
    const std::vector<Route>& routes() const& { return routes_; }
    // On a temporary router, a copy, so `make_api_router().routes()` cannot dangle.
    std::vector<Route> routes() && { return std::move(routes_); }

    // Routes `request`, runs its handler and turns every exception into the
    // error envelope (HttpError as given, anything else as a 500 that is
    // logged but not shown). Never throws.
    Response respond(Request request, const Context& context) const noexcept;

private:
    std::vector<Route> routes_;
};

// The woshou API: every route the server answers.
Router make_api_router();

// The whole non-socket request path: parse the target, route, handle.
// Never throws; a malformed target becomes a 400 envelope.
Response handle_http(const Router& router, const Context& context, std::string method,
                     std::string_view target, Fields headers, std::string body) noexcept;

}  // namespace woshou::server
