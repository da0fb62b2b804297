// Calls the API router in process (no sockets) and parses the JSON body.
#pragma once

#include "woshou/server/router.hpp"

#include <rapidjson/document.h>

#include <string>

namespace woshou::test {

struct ApiResult {
    server::Response response;
    rapidjson::Document json;  // parsed body; a parse failure fails the calling test
};

// Sends `method target` with `body` through make_api_router() against `context`.
ApiResult call(const server::Context& context, const std::string& target, const std::string& method = "GET",
               const std::string& body = {});

// A context holding sample_snapshot(7) and backend "sqlite".
const server::Context& sample_context();

// The header's value in `response`, or "" when absent.
std::string header_of(const server::Response& response, const std::string& name);

}  // namespace woshou::test
