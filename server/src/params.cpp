#include "params.hpp"

#include "woshou/graph/label_normalizer.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

namespace woshou::server {
void throw_invalid_parameter(std::string_view name, const std::string& why) {
    throw HttpError(400, "invalid_parameter", "parameter '" + std::string(name) + "' " + why);
}

namespace {

// Short local name: every check below ends in it.
[[noreturn]] void invalid(std::string_view name, const std::string& why) { throw_invalid_parameter(name, why); }

}  // namespace

void check_parameters(const Request& request, std::span<const std::string_view> allowed) {
    for (std::size_t i = 0; i < request.query.size(); ++i) {
        const std::string& name = request.query[i].first;
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            std::string known;
            for (auto a : allowed) known += (known.empty() ? "" : ", ") + std::string(a);
            invalid(name, known.empty() ? "is not accepted: this route takes no parameters"
                                        : "is not accepted (known: " + known + ")");
        }
        for (std::size_t j = 0; j < i; ++j)
            if (request.query[j].first == name) invalid(name, "is given more than once");
    }
}

std::optional<std::string> text_parameter(const Request& request, std::string_view name) {
    const std::string* value = request.query_param(name);
    if (!value || value->empty()) return std::nullopt;
    if (!graph::is_valid_utf8(*value)) invalid(name, "is not valid UTF-8");
    return *value;
}

std::size_t integer_parameter(const Request& request, std::string_view name, std::size_t fallback,
                              std::size_t min, std::size_t max) {
    const std::string* value = request.query_param(name);
    if (!value || value->empty()) return fallback;
    std::size_t parsed = 0;
    const char* end = value->data() + value->size();
    auto [ptr, ec] = std::from_chars(value->data(), end, parsed);
    std::string range = "between " + std::to_string(min) + " and " + std::to_string(max);
    if (ec == std::errc::result_out_of_range) invalid(name, "must be " + range);
    if (ec != std::errc{} || ptr != end)
        invalid(name, "must be an integer " + range + ", got '" + *value + "'");
    if (parsed < min || parsed > max) invalid(name, "must be " + range + ", got " + *value);
    return parsed;
}

Paging paging_parameters(const Request& request) {
    Paging paging;
    paging.limit = integer_parameter(request, "limit", default_limit, 1, max_limit);
    paging.offset = integer_parameter(request, "offset", 0, 0,
                                      static_cast<std::size_t>(std::numeric_limits<std::uint32_t>::max()));
    return paging;
}

void throw_not_found(std::string_view kind, std::string_view id) {
    throw HttpError(404, "not_found", std::string(kind) + " '" + std::string(id) + "' not found");
}

}  // namespace woshou::server
