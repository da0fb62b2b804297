// Writing JSON response bodies with rapidjson::Writer.
//
// Output is deterministic: handlers emit keys in a fixed order and iterate the
// snapshot's documented orders, and doubles are rounded to six decimals,
// so the same data always gives byte-identical bodies.
#pragma once

#include "woshou/server/http.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <optional>
#include <string_view>

namespace woshou::server {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Owns the buffer and writer of one response body.
class JsonOut {
public:
    JsonOut();
    JsonWriter& writer() { return writer_; }
    // The finished body as a JSON response with `status`.
    Response response(int status = 200);

private:
    rapidjson::StringBuffer buffer_;
    JsonWriter writer_;
};

// Writes a key; works for any string view (not only literals).
void key(JsonWriter& w, std::string_view name);
// Writes a string value.
void string(JsonWriter& w, std::string_view value);

// "name": value pairs.
void field(JsonWriter& w, std::string_view name, std::string_view value);
void field(JsonWriter& w, std::string_view name, const char* value);
void field(JsonWriter& w, std::string_view name, const std::string& value);
void field(JsonWriter& w, std::string_view name, std::int64_t value);
void field(JsonWriter& w, std::string_view name, std::uint64_t value);
void field(JsonWriter& w, std::string_view name, int value);
void field(JsonWriter& w, std::string_view name, unsigned value);
void field(JsonWriter& w, std::string_view name, double value);
void field(JsonWriter& w, std::string_view name, bool value);
// Writes null when empty.
void field(JsonWriter& w, std::string_view name, std::optional<int> value);
void field(JsonWriter& w, std::string_view name, std::optional<double> value);

// "total", "limit" and "offset" of a paged list, then the key of its array.
void page_fields(JsonWriter& w, std::size_t total, std::size_t limit, std::size_t offset, std::string_view list);

// Ends a top-level response object: appends "snapshot" and closes it.
Response finish(JsonOut& out, const Context& context, int status = 200);

}  // namespace woshou::server
