// Typed, validated access to one CSV record's fields by column name; every
// failure is an ImportError naming the file, the record's line and the column.
#pragma once

#include "woshou/importers/csv_reader.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace woshou::importers {

class CsvRow {
public:
    CsvRow(const CsvReader& reader, const CsvRecord& record) : reader_(reader), record_(record) {}

    std::size_t line() const { return record_.line; }
    const std::string& file() const { return reader_.file(); }

    // Throws ImportError(file, line, column, reason).
    [[noreturn]] void fail(std::string_view column, std::string reason) const;

    // The raw field; may be empty.
    const std::string& text(std::string_view column) const;
    // A field that must hold more than white space.
    const std::string& required_text(std::string_view column) const;
    // A non-empty id: any printable text, kept byte for byte, no control characters.
    const std::string& id(std::string_view column) const;
    // Empty, or an id as above.
    const std::string& optional_id(std::string_view column) const;
    // A finite decimal number greater than 0.
    double positive_number(std::string_view column) const;
    // A finite decimal number in (0,1].
    double fraction(std::string_view column) const;
    // A whole number in [min, max].
    int integer(std::string_view column, int min, int max) const;
    // Empty, or a whole number in [min, max].
    std::optional<int> optional_integer(std::string_view column, int min, int max) const;
    // "1" or "0".
    bool flag(std::string_view column) const;
    // A calendar date written YYYY-MM-DD (years 1900..2100).
    const std::string& date(std::string_view column) const;
    // "essential" (true) or "optional" (false).
    bool essential(std::string_view column) const;
    // Splits a field on `separator`, trimming white space and dropping empty parts.
    std::vector<std::string> list(std::string_view column, char separator) const;

private:
    double number(std::string_view column) const;

    const CsvReader& reader_;
    const CsvRecord& record_;
};

}  // namespace woshou::importers
