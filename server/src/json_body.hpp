// Reading untrusted JSON request bodies: content type, iterative parsing, and
// field checks whose 400 messages name the field ("skills[2].importance").
#pragma once

#include "woshou/server/http.hpp"

#include <rapidjson/document.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace woshou::server {

// HttpError 400 "invalid_body" with `message`.
[[noreturn]] void throw_invalid_body(const std::string& message);

// 415 unless the request says Content-Type: application/json (parameters such as charset allowed).
void require_json_content_type(const Request& request);

// The body parsed as one JSON object with RapidJSON's iterative parser (no
// recursion on deep nesting) and UTF-8 validation; 415/400 otherwise.
rapidjson::Document parse_json_object(const Request& request);

// Rejects members outside `known` and members given twice. `where` prefixes field names ("" at top level).
void check_members(const rapidjson::Value& object, std::string_view where, std::initializer_list<std::string_view> known);
void check_members(const rapidjson::Value& object, std::string_view where, const std::vector<std::string_view>& known);

// The member `name` of `object`, or null when absent.
const rapidjson::Value* member(const rapidjson::Value& object, std::string_view name);

// A non-blank string without NUL characters, at most `max_length` bytes.
std::string text_field(const rapidjson::Value& value, const std::string& path, std::size_t max_length = 2000);

// A number in [min, max] (or (min, max] when `min_open`).
double number_field(const rapidjson::Value& value, const std::string& path, double min, bool min_open, double max);

// A whole number in [min, max].
long long integer_field(const rapidjson::Value& value, const std::string& path, long long min, long long max);

// How a value looks in a message: "a string", "an array", "true", "3.5".
std::string describe_json(const rapidjson::Value& value);

}  // namespace woshou::server
