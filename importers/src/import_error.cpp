#include "woshou/importers/import_error.hpp"

#include <utility>

namespace woshou::importers {
namespace {

std::string describe(const std::string& file, std::size_t line, const std::string& column,
                     const std::string& reason) {
    // Built with append() only: GCC 12 warns falsely (-Wrestrict) on operator+ chains here.
    std::string text = file;
    if (line > 0) text.append(":").append(std::to_string(line));
    text.append(": ");
    if (!column.empty()) text.append("column ").append(column).append(": ");
    return text.append(reason);
}

}  // namespace

ImportError::ImportError(std::string file, std::size_t line, std::string column, std::string reason)
    : std::runtime_error(describe(file, line, column, reason)),
      file_(std::move(file)),
      line_(line),
      column_(std::move(column)),
      reason_(std::move(reason)) {}

}  // namespace woshou::importers
