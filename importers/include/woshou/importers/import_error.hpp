// The one exception importers throw: where in which file, and why.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace woshou::importers {

class ImportError : public std::runtime_error {
public:
    // what() is "FILE:LINE: column COLUMN: REASON" (line/column parts left out when unknown).
    ImportError(std::string file, std::size_t line, std::string column, std::string reason);

    const std::string& file() const { return file_; }
    std::size_t line() const { return line_; }  // 1-based physical line of the record; 0 = whole file
    const std::string& column() const { return column_; }
    const std::string& reason() const { return reason_; }

private:
    std::string file_;
    std::size_t line_;
    std::string column_;
    std::string reason_;
};

}  // namespace woshou::importers
