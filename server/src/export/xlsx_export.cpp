// The XLSX export through libxlsxwriter. Version 1.1.4 (Debian 12) cannot
// write to memory (workbook_new_opt has no output buffer before 1.1.5), so the
// workbook goes to a ScratchFile that is read back and always removed.
#include "cell_text.hpp"
#include "exports.hpp"
#include "scratch_file.hpp"
#include "sheet_names.hpp"
#include "text_utf8.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace woshou::server::report {
namespace {


// Excel's longest cell text, in UTF-16 units.
constexpr std::size_t max_cell_units = 32767;
// Column widths in Excel's units (about one Latin character; a Chinese one takes 2).
constexpr double min_column_width = 8;
constexpr double max_column_width = 60;
constexpr int a4_paper = 9;
// A fixed creation date keeps the bytes identical for identical reports
// (libxlsxwriter stamps the current time otherwise): 2000-01-01T00:00:00Z.
constexpr time_t fixed_creation_time = 946684800;

std::string cell_string(std::string_view text) {
    return truncate_utf16_units(xml_safe_text(text), max_cell_units);
}

// Owns the lxw_workbook until workbook_close hands it back to the library,
// and keeps the first libxlsxwriter error to report after closing.
class Workbook {
public:
    explicit Workbook(const std::filesystem::path& path) : book_(workbook_new(path.c_str())) {
        if (book_ == nullptr) throw ExportError("libxlsxwriter cannot create a workbook");
    }
    ~Workbook() {
        if (book_ != nullptr) lxw_workbook_free(book_);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() { return book_; }

    lxw_worksheet* add_sheet(const std::string& name) {
        lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
        if (sheet == nullptr) throw ExportError("libxlsxwriter rejected sheet name '" + name + "'");
        return sheet;
    }

    void check(lxw_error error) {
        if (error != LXW_NO_ERROR && first_error_ == LXW_NO_ERROR) first_error_ = error;
    }

    // Writes the file; throws ExportError on the first error seen.
    void close() {
        lxw_error error = workbook_close(book_);
        book_ = nullptr;  // workbook_close frees it whatever the outcome
        check(error);
        if (first_error_ != LXW_NO_ERROR) {
            throw ExportError(std::string("libxlsxwriter failed: ") + lxw_strerror(first_error_));
        }
    }

private:
    lxw_workbook* book_;
    lxw_error first_error_ = LXW_NO_ERROR;
};

struct Formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* percent;
    lxw_format* wrap;  // for text with line breaks, which Excel shows on one line otherwise
};

Formats make_formats(lxw_workbook* book) {
    Formats formats{workbook_add_format(book), workbook_add_format(book), workbook_add_format(book),
                    workbook_add_format(book)};
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    format_set_num_format(formats.percent, "0.0%");
    format_set_text_wrap(formats.wrap);
    format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);
    return formats;
}

// Widest text seen per column, applied as column widths at the end.
class ColumnWidths {
public:
    void see(std::size_t column, std::string_view text) {
        if (widths_.size() <= column) widths_.resize(column + 1, 0);
        widths_[column] = std::max(widths_[column], display_width(text));
    }
    void apply(lxw_worksheet* sheet) const {
        for (std::size_t c = 0; c < widths_.size(); ++c) {
            double width = std::clamp(double(widths_[c]) + 2, min_column_width, max_column_width);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
    }

private:
    std::vector<std::size_t> widths_;
};

void write_text(Workbook& book, lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                std::string_view text, lxw_format* format, ColumnWidths& widths) {
    std::string value = cell_string(text);
    book.check(worksheet_write_string(sheet, row, col, value.c_str(), format));
    widths.see(col, value);
}

void write_cell(Workbook& book, lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                const Cell& cell, const Column& column, const Formats& formats, ColumnWidths& widths) {
    if (const auto* text = std::get_if<std::string>(&cell)) {
        bool multiline = text->find('\n') != std::string::npos;
        write_text(book, sheet, row, col, *text, multiline ? formats.wrap : nullptr, widths);
        return;
    }
    double value = std::holds_alternative<double>(cell) ? std::get<double>(cell)
                                                        : double(std::get<long long>(cell));
    if (!std::isfinite(value)) return;  // a blank cell: XLSX has no NaN or infinity
    lxw_format* format = column.percent ? formats.percent : nullptr;
    book.check(worksheet_write_number(sheet, row, col, value, format));
    widths.see(col, display_text(cell, column));
}

void write_summary(Workbook& book, lxw_worksheet* sheet, const TabularReport& r,
                   const std::vector<std::string>& names, const Formats& formats) {
    ColumnWidths widths;
    std::string title = cell_string(r.title);
    book.check(worksheet_write_string(sheet, 0, 0, title.c_str(), formats.title));
    lxw_row_t row = 2;
    if (!r.facts.empty()) {
        write_text(book, sheet, row, 0, "Fact", formats.header, widths);
        write_text(book, sheet, row++, 1, "Value", formats.header, widths);
        for (const auto& [key, value] : r.facts) {
            write_text(book, sheet, row, 0, key, nullptr, widths);
            write_text(book, sheet, row++, 1, value, nullptr, widths);
        }
        ++row;
    }
    write_text(book, sheet, row, 0, "Sheet", formats.header, widths);
    write_text(book, sheet, row++, 1, "Contents", formats.header, widths);
    for (std::size_t i = 0; i < r.tables.size(); ++i) {
        write_text(book, sheet, row, 0, names[i + 1], nullptr, widths);
        write_text(book, sheet, row++, 1, r.tables[i].title, nullptr, widths);
    }
    widths.apply(sheet);
    worksheet_set_paper(sheet, a4_paper);
}

void write_table(Workbook& book, lxw_worksheet* sheet, const Table& table, const Formats& formats) {
    ColumnWidths widths;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const Column& column = table.columns[c];
        write_text(book, sheet, 0, lxw_col_t(c), column.title.empty() ? column.name : column.title,
                   formats.header, widths);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            write_cell(book, sheet, lxw_row_t(r + 1), lxw_col_t(c), table.rows[r][c], table.columns[c],
                       formats, widths);
        }
    }
    widths.apply(sheet);
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_col_t last_column = lxw_col_t(table.columns.size() - 1);
    book.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), last_column));
    // Printed for a committee: A4, one page wide, header repeated on every page.
    worksheet_set_paper(sheet, a4_paper);
    if (table.columns.size() > 5) worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    book.check(worksheet_repeat_rows(sheet, 0, 0));
}

void check_fits_a_sheet(const Table& table) {
    check_table_shape(table);
    if (table.rows.size() + 1 > LXW_ROW_MAX) {
        throw ExportError("table '" + table.name + "' has more rows than an XLSX sheet holds");
    }
    if (table.columns.size() > LXW_COL_MAX) {
        throw ExportError("table '" + table.name + "' has more columns than an XLSX sheet holds");
    }
}

}  // namespace

std::string render_xlsx(const TabularReport& r) {
    for (const auto& table : r.tables) check_fits_a_sheet(table);
    std::vector<std::string> names = workbook_sheet_names(r);

    ScratchFile file("woshou-export-");
    Workbook book(file.path());
    std::string title = cell_string(r.title);
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.created = fixed_creation_time;
    book.check(workbook_set_properties(book.get(), &properties));

    Formats formats = make_formats(book.get());
    write_summary(book, book.add_sheet(names[0]), r, names, formats);
    for (std::size_t i = 0; i < r.tables.size(); ++i) {
        write_table(book, book.add_sheet(names[i + 1]), r.tables[i], formats);
    }
    book.close();
    return file.read();
}

}  // namespace woshou::server::report
