// Reading fields of the server's JSON answers leniently, for rendering
// tables: a missing or mistyped field reads as empty, never throws.
#pragma once

#include <rapidjson/document.h>

#include <string>

namespace woshou::clients {

using Json = rapidjson::Value;

// The string member `key` of `v`, or "".
std::string str(const Json& v, const char* key);
// The number member `key` of `v`, or 0.
double num(const Json& v, const char* key);
// A whole number member as text ("" when absent).
std::string whole(const Json& v, const char* key);
// The member `key` of `v`, or a null value.
const Json& member(const Json& v, const char* key);
// The array member `key` of `v`, or an empty array.
const Json& list(const Json& v, const char* key);

}  // namespace woshou::clients
