// Reading and validating query parameters. Every failure is an
// HttpError(400, "invalid_parameter") whose message names the parameter.
#pragma once

#include "woshou/server/http.hpp"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace woshou::server {

// Rejects parameters outside `allowed` and parameters given twice, so a typo
// such as ?limt=5 is reported instead of silently ignored.
void check_parameters(const Request& request, std::span<const std::string_view> allowed);
inline void check_parameters(const Request& request, std::initializer_list<std::string_view> allowed) {
    check_parameters(request, std::span<const std::string_view>(allowed.begin(), allowed.size()));
}

// The parameter's value when present and non-empty; rejects invalid UTF-8.
std::optional<std::string> text_parameter(const Request& request, std::string_view name);

// A non-negative decimal integer in [min, max], or `fallback` when absent or empty.
std::size_t integer_parameter(const Request& request, std::string_view name, std::size_t fallback,
                              std::size_t min, std::size_t max);

// The paging parameters shared by list routes: limit default 20, max 200.
struct Paging {
    std::size_t limit = 20;
    std::size_t offset = 0;
};
inline constexpr std::size_t default_limit = 20;
inline constexpr std::size_t max_limit = 200;
Paging paging_parameters(const Request& request);

// HttpError(400, "invalid_parameter") with "parameter 'NAME' WHY".
[[noreturn]] void throw_invalid_parameter(std::string_view name, const std::string& why);

// HttpError(404, "not_found") for an unknown `kind` id, e.g. "major 'X' not found".
[[noreturn]] void throw_not_found(std::string_view kind, std::string_view id);

}  // namespace woshou::server
