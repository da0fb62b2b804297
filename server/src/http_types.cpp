#include "woshou/server/http.hpp"

#include "json_out.hpp"
#include "woshou/server/url.hpp"

#include <algorithm>
#include <cctype>

namespace woshou::server {
namespace {

bool iequals(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

std::string decode_query_part(std::string_view part, std::string_view parameter) {
    auto decoded = percent_decode(part, true);
    if (!decoded) {
        throw HttpError(400, "bad_request",
                        "malformed percent-encoding in query parameter '" + std::string(parameter) + "'");
    }
    return *decoded;
}

}  // namespace

const std::string* Request::query_param(std::string_view name) const {
    for (const auto& [key, value] : query)
        if (key == name) return &value;
    return nullptr;
}

const std::string* Request::header(std::string_view name) const {
    for (const auto& [key, value] : headers)
        if (iequals(key, name)) return &value;
    return nullptr;
}

const std::string& Request::path_param(std::string_view name) const {
    for (const auto& [key, value] : path_params)
        if (key == name) return value;
    throw std::logic_error("route has no path parameter " + std::string(name));
}

Response error_response(int status, std::string_view code, std::string_view message,
                        std::optional<std::uint64_t> snapshot) {
    JsonOut out;
    auto& w = out.writer();
    w.StartObject();
    w.Key("error");
    w.StartObject();
    field(w, "code", code);
    field(w, "message", message);
    w.EndObject();
    if (snapshot) field(w, "snapshot", *snapshot);
    w.EndObject();
    return out.response(status);
}

Request make_request(std::string method, std::string_view target, Fields headers, std::string body) {
    Request request;
    request.method = std::move(method);
    request.headers = std::move(headers);
    request.body = std::move(body);

    auto question = target.find('?');
    request.path = std::string(target.substr(0, question));
    if (question == std::string_view::npos) return request;

    std::string_view rest = target.substr(question + 1);
    // A fragment never reaches a server, but a sloppy client may still send one.
    rest = rest.substr(0, rest.find('#'));
    while (!rest.empty()) {
        auto amp = rest.find('&');
        std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        std::string_view raw_key = pair.substr(0, eq);
        std::string_view raw_value = eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
        std::string key = decode_query_part(raw_key, raw_key);
        std::string value = decode_query_part(raw_value, key);
        request.query.emplace_back(std::move(key), std::move(value));
    }
    return request;
}

}  // namespace woshou::server
