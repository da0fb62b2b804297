// Streams an RFC 4180 CSV file (libcsv) record by record, with the physical
// line each record starts on, a checked header and per-field UTF-8 validation.
#pragma once

#include "woshou/importers/import_error.hpp"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace woshou::importers {

struct CsvRecord {
    std::size_t line = 0;  // 1-based physical line the record starts on
    std::vector<std::string> fields;
};

struct CsvOptions {
    // Reads a record with fewer fields than the header as if the missing
    // trailing fields were empty (ESCO's skillsHierarchy_en.csv drops them);
    // more fields than the header is still an error.
    bool pad_short_records = false;
};

class CsvReader {
public:
    // Opens `path` (named `display_name` in errors), skips a UTF-8 BOM, reads the
    // header row and checks every `required` column is present (any order;
    // extra columns are allowed). Throws ImportError otherwise.
    CsvReader(const std::filesystem::path& path, std::string display_name,
              const std::vector<std::string>& required, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Fills `record` with the next data record; false at end of file. Throws
    // ImportError on malformed CSV, a wrong field count or invalid UTF-8.
    bool next(CsvRecord& record);

    // Position of header column `name`; throws std::out_of_range when absent.
    std::size_t column(std::string_view name) const;
    // True when the header has column `name`.
    bool has_column(std::string_view name) const;
    // The header row as read.
    const std::vector<std::string>& header() const;
    // The name errors use for this file.
    const std::string& file() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace woshou::importers
