// Printing a server's answer the same way in every query command.
#pragma once

#include "http_client.hpp"

#include <rapidjson/document.h>

#include <functional>

namespace woshou::clients {

// A refusal prints "error STATUS: MESSAGE" to stderr and returns 2; with
// `raw_json` the body is printed as is; otherwise `render` gets the parsed
// JSON (1 when it is not JSON). Returns the exit code.
int print_answer(const HttpResult& result, bool raw_json, const std::function<void(const rapidjson::Document&)>& render);

}  // namespace woshou::clients
