// A minimal blocking HTTP/1.1 client for the query commands.
#pragma once

#include <stdexcept>
#include <string>

namespace woshou::clients {

struct HttpResult {
    int status = 0;
    std::string content_type;
    std::string body;
};

// Thrown when the server cannot be reached or the URL is malformed.
class HttpError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// GETs `target` (path and query, already percent-encoded) from `base_url`
// ("http://host:port"). Throws HttpError when the connection fails.
HttpResult http_get(const std::string& base_url, const std::string& target);

// POSTs `body` as application/json to `target`; otherwise as http_get.
HttpResult http_post_json(const std::string& base_url, const std::string& target, const std::string& body);

// Percent-encodes everything but unreserved characters (RFC 3986), for ids in paths and query values.
std::string percent_encode(const std::string& text);

}  // namespace woshou::clients
