// Percent-decoding of URL paths and query strings (RFC 3986).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace woshou::server {

// Decodes %XX escapes; with `plus_as_space` also '+' -> ' ' (query strings,
// application/x-www-form-urlencoded). Empty optional on a malformed escape.
std::optional<std::string> percent_decode(std::string_view text, bool plus_as_space);

// Encodes every byte outside the RFC 3986 unreserved set, so an id with '/'
// or ':' (an ESCO URI) fits in one path segment.
std::string percent_encode(std::string_view text);

}  // namespace woshou::server
