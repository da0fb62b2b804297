// Renders rows as an aligned plain-text table, counting East Asian wide
// characters as two columns so Chinese names line up.
#pragma once

#include <string>
#include <vector>

namespace woshou::clients {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers) : headers_(std::move(headers)) {}

    // Adds a row; missing cells are blank, extra cells are ignored.
    void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }

    // The table with a header underline, one line per row, trailing newline.
    std::string render() const;

private:
    std::vector<std::string> headers_;
    std::vector<std::vector<std::string>> rows_;
};

// Terminal columns `utf8` occupies (wide and full-width characters count 2).
std::size_t display_width(const std::string& utf8);

}  // namespace woshou::clients
