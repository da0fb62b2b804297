#include "json_out.hpp"

#include <cmath>

namespace woshou::server {

JsonOut::JsonOut() : writer_(buffer_) {}

Response JsonOut::response(int status) {
    Response response;
    response.status = status;
    response.content_type = "application/json; charset=utf-8";
    response.body.assign(buffer_.GetString(), buffer_.GetSize());
    return response;
}

void key(JsonWriter& w, std::string_view name) {
    w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

void string(JsonWriter& w, std::string_view value) {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void field(JsonWriter& w, std::string_view name, std::string_view value) {
    key(w, name);
    string(w, value);
}

void field(JsonWriter& w, std::string_view name, const char* value) {
    field(w, name, std::string_view(value));
}

void field(JsonWriter& w, std::string_view name, const std::string& value) {
    field(w, name, std::string_view(value));
}

void field(JsonWriter& w, std::string_view name, std::int64_t value) {
    key(w, name);
    w.Int64(value);
}

void field(JsonWriter& w, std::string_view name, std::uint64_t value) {
    key(w, name);
    w.Uint64(value);
}

void field(JsonWriter& w, std::string_view name, int value) {
    key(w, name);
    w.Int(value);
}

void field(JsonWriter& w, std::string_view name, unsigned value) {
    key(w, name);
    w.Uint(value);
}

void field(JsonWriter& w, std::string_view name, double value) {
    key(w, name);
    // JSON has no NaN or infinity; the model never holds them, but never emit invalid JSON.
    if (!std::isfinite(value)) {
        w.Null();
        return;
    }
    // Rounded to six decimals (plenty for weights and rates) so binary noise
    // such as 1.3000000000000003 from summed weights never reaches clients.
    double rounded = std::round(value * 1e6) / 1e6;
    w.Double(std::abs(rounded) < 1e15 ? rounded : value);
}

void field(JsonWriter& w, std::string_view name, bool value) {
    key(w, name);
    w.Bool(value);
}

void field(JsonWriter& w, std::string_view name, std::optional<int> value) {
    key(w, name);
    if (value) w.Int(*value);
    else w.Null();
}

void field(JsonWriter& w, std::string_view name, std::optional<double> value) {
    if (value) {
        field(w, name, *value);
    } else {
        key(w, name);
        w.Null();
    }
}

void page_fields(JsonWriter& w, std::size_t total, std::size_t limit, std::size_t offset, std::string_view list) {
    field(w, "total", static_cast<std::uint64_t>(total));
    field(w, "limit", static_cast<std::uint64_t>(limit));
    field(w, "offset", static_cast<std::uint64_t>(offset));
    key(w, list);
}

Response finish(JsonOut& out, const Context& context, int status) {
    auto& w = out.writer();
    field(w, "snapshot", static_cast<std::uint64_t>(context.snapshot->version()));
    w.EndObject();
    return out.response(status);
}

}  // namespace woshou::server
