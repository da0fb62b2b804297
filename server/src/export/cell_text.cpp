#include "cell_text.hpp"

#include "exports.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace woshou::server::report {
namespace {

// Fixed notation with `decimals` digits, then trailing zeros trimmed.
std::string fixed(double value, int decimals, bool trim) {
    // The widest finite double in fixed notation: 309 digits, sign, point, decimals.
    std::array<char, 330> buffer{};
    auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                      std::chars_format::fixed, decimals);
    if (error != std::errc{}) throw ExportError("cannot format number");
    std::string text(buffer.data(), end);
    if (trim && text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') text.pop_back();
    }
    // Rounding can leave "-0" or "-0.0" for tiny negatives; a sign on zero only confuses readers.
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    return text;
}

}  // namespace

std::string format_number(double value) {
    if (!std::isfinite(value)) return "";
    return fixed(value, 6, true);
}

std::string format_percent(double fraction) {
    if (!std::isfinite(fraction)) return "";
    return fixed(fraction * 100, 1, false) + "%";
}

std::string cell_text(const Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    if (const auto* integer = std::get_if<long long>(&cell)) return std::to_string(*integer);
    return format_number(std::get<double>(cell));
}

std::string display_text(const Cell& cell, const Column& column) {
    if (column.percent) {
        if (const auto* fraction = std::get_if<double>(&cell)) return format_percent(*fraction);
    }
    return cell_text(cell);
}

void check_table_shape(const Table& table) {
    if (table.columns.empty()) throw ExportError("table '" + table.name + "' has no columns");
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (table.rows[i].size() != table.columns.size()) {
            throw ExportError("table '" + table.name + "' row " + std::to_string(i + 1) + " has " +
                              std::to_string(table.rows[i].size()) + " cells for " +
                              std::to_string(table.columns.size()) + " columns");
        }
    }
}

}  // namespace woshou::server::report
