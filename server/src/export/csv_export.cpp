// RFC 4180 CSV with LF line ends: LF because every CSV reader accepts it and
// the other text exports use it; RFC 4180 allows it as a common variant.
// No UTF-8 BOM, so the header's first field is exactly the first column name;
// spreadsheet users get the XLSX export instead. Text is written verbatim (no
// "'" prefix against formula injection) so the file parses back to the data.
#include "cell_text.hpp"
#include "exports.hpp"
#include "text_utf8.hpp"

namespace woshou::server::report {
namespace {

void append_field(std::string& out, const std::string& value, bool only_field) {
    // A lone empty field would be an empty line, which readers skip as no record.
    bool quote = value.find_first_of(",\"\r\n") != std::string::npos || (only_field && value.empty());
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void append_record(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += ',';
        append_field(out, fields[i], fields.size() == 1);
    }
    out += '\n';
}

}  // namespace

std::string render_csv(const Table& table) {
    check_table_shape(table);
    std::string out;
    std::vector<std::string> fields;
    for (const auto& column : table.columns) fields.push_back(repair_utf8(column.name));
    append_record(out, fields);
    for (const auto& row : table.rows) {
        fields.clear();
        for (const auto& cell : row) fields.push_back(repair_utf8(cell_text(cell)));
        append_record(out, fields);
    }
    return out;
}

}  // namespace woshou::server::report
