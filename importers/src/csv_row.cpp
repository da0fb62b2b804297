#include "csv_row.hpp"

#include <charconv>
#include <cmath>
#include <limits>

namespace woshou::importers {
namespace {

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// C0 controls, DEL, and the UTF-8 encodings of the C1 controls U+0080..U+009F.
bool has_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F) return true;
        }
    }
    return false;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool parse_digits(std::string_view text, int& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

void CsvRow::fail(std::string_view column, std::string reason) const {
    throw ImportError(reader_.file(), record_.line, std::string(column), std::move(reason));
}

const std::string& CsvRow::text(std::string_view column) const {
    return record_.fields.at(reader_.column(column));
}

const std::string& CsvRow::required_text(std::string_view column) const {
    const std::string& value = text(column);
    if (is_blank(value)) fail(column, "must not be empty");
    return value;
}

const std::string& CsvRow::id(std::string_view column) const {
    const std::string& value = required_text(column);
    if (has_control_character(value)) fail(column, "contains a control character");
    return value;
}

const std::string& CsvRow::optional_id(std::string_view column) const {
    const std::string& value = text(column);
    if (value.empty()) return value;
    return id(column);
}

double CsvRow::number(std::string_view column) const {
    const std::string& value = required_text(column);
    double out = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (error != std::errc() || end != value.data() + value.size() || !std::isfinite(out)) {
        fail(column, "'" + value + "' is not a number");
    }
    return out;
}

double CsvRow::positive_number(std::string_view column) const {
    const double value = number(column);
    if (!(value > 0)) fail(column, "must be greater than 0, got '" + text(column) + "'");
    return value;
}

double CsvRow::fraction(std::string_view column) const {
    const double value = number(column);
    if (!(value > 0 && value <= 1)) fail(column, "must be in (0,1], got '" + text(column) + "'");
    return value;
}

int CsvRow::integer(std::string_view column, int min, int max) const {
    const std::string& value = required_text(column);
    int out = 0;
    if (!parse_digits(value, out)) fail(column, "'" + value + "' is not a whole number");
    if (out < min || out > max) {
        if (max == std::numeric_limits<int>::max()) {
            fail(column, "must be at least " + std::to_string(min) + ", got '" + value + "'");
        }
        fail(column, "must be between " + std::to_string(min) + " and " + std::to_string(max) +
                         ", got '" + value + "'");
    }
    return out;
}

std::optional<int> CsvRow::optional_integer(std::string_view column, int min, int max) const {
    if (text(column).empty()) return std::nullopt;
    return integer(column, min, max);
}

bool CsvRow::flag(std::string_view column) const {
    const std::string& value = text(column);
    if (value == "1") return true;
    if (value == "0") return false;
    fail(column, "must be 1 or 0, got '" + value + "'");
}

const std::string& CsvRow::date(std::string_view column) const {
    const std::string& value = required_text(column);
    int year = 0, month = 0, day = 0;
    const std::string_view view(value);
    const bool shaped = view.size() == 10 && view[4] == '-' && view[7] == '-' &&
                        parse_digits(view.substr(0, 4), year) &&
                        parse_digits(view.substr(5, 2), month) &&
                        parse_digits(view.substr(8, 2), day);
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool valid = shaped && year >= 1900 && year <= 2100 && month >= 1 && month <= 12 &&
                       day >= 1 &&
                       day <= kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
    if (!valid) fail(column, "'" + value + "' is not a valid date (YYYY-MM-DD)");
    return value;
}

bool CsvRow::essential(std::string_view column) const {
    const std::string& value = text(column);
    if (value == "essential") return true;
    if (value == "optional") return false;
    fail(column, "must be essential or optional, got '" + value + "'");
}

std::vector<std::string> CsvRow::list(std::string_view column, char separator) const {
    std::vector<std::string> parts;
    std::string_view rest = text(column);
    while (!rest.empty()) {
        const auto cut = rest.find(separator);
        const std::string_view part = trim(rest.substr(0, cut));
        if (!part.empty()) parts.emplace_back(part);
        if (cut == std::string_view::npos) break;
        rest.remove_prefix(cut + 1);
    }
    return parts;
}

}  // namespace woshou::importers
