#include "woshou/importers/csv_reader.hpp"

#include "woshou/graph/label_normalizer.hpp"

#include <csv.h>

#include <algorithm>
#include <deque>
#include <fstream>
#include <stdexcept>

namespace woshou::importers {
namespace {

constexpr std::size_t kChunkSize = 1 << 16;

// RFC 4180 says spaces are part of a field; libcsv trims them by default.
int no_space(unsigned char) { return 0; }

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

struct CsvReader::Impl {
    std::string file;
    std::ifstream in;
    csv_parser parser{};
    std::vector<char> buffer = std::vector<char>(kChunkSize);
    bool first_chunk = true;
    bool finished = false;

    // Line bookkeeping: libcsv reports neither positions nor lines, so the
    // input is fed one physical-line segment at a time and a record's start is
    // the line of the first byte fed while no record was open.
    std::size_t line = 1;
    bool between_records = true;
    std::size_t record_start = 1;
    std::vector<std::string> fields;
    std::deque<CsvRecord> ready;

    std::vector<std::string> header;
    CsvOptions options;

    static void on_field(void* data, std::size_t length, void* self) {
        auto* impl = static_cast<Impl*>(self);
        if (data == nullptr) {
            impl->fields.emplace_back();
        } else {
            impl->fields.emplace_back(static_cast<const char*>(data), length);
        }
    }

    static void on_record(int, void* self) {
        auto* impl = static_cast<Impl*>(self);
        impl->ready.push_back(CsvRecord{impl->record_start, std::move(impl->fields)});
        impl->fields.clear();
        impl->between_records = true;
    }

    void parse(const char* data, std::size_t size) {
        if (csv_parse(&parser, data, size, on_field, on_record, this) != size) {
            throw ImportError(file, line, "",
                              "malformed CSV: a quote inside an unquoted field or text after a "
                              "closing quote");
        }
    }

    // Feeds a chunk split after every CR or LF, so each csv_parse call ends a
    // record at most at its last byte and `line` is exact when it does.
    void feed(const char* data, std::size_t size) {
        std::size_t begin = 0;
        while (begin < size) {
            std::size_t stop = begin;
            while (stop < size && data[stop] != '\n' && data[stop] != '\r') ++stop;
            if (between_records && stop > begin) {
                record_start = line;
                between_records = false;
            }
            const std::size_t end = stop < size ? stop + 1 : size;
            parse(data + begin, end - begin);
            if (stop < size && data[stop] == '\n') ++line;
            begin = end;
        }
    }

    // Reads until a record is ready or the file ends; false at end.
    bool fill() {
        while (ready.empty() && !finished) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            const auto got = static_cast<std::size_t>(in.gcount());
            if (in.bad()) throw ImportError(file, 0, "", "read error");
            const char* data = buffer.data();
            std::size_t size = got;
            if (first_chunk) {
                first_chunk = false;
                if (size >= 3 && std::string_view(data, 3) == "\xEF\xBB\xBF") {
                    data += 3;
                    size -= 3;
                }
            }
            feed(data, size);
            if (got < buffer.size()) {
                finished = true;
                if (csv_fini(&parser, on_field, on_record, this) != 0) {
                    throw ImportError(file, record_start, "",
                                      "malformed CSV: a quoted field is never closed");
                }
            }
        }
        return !ready.empty();
    }
};

CsvReader::CsvReader(const std::filesystem::path& path, std::string display_name,
                     const std::vector<std::string>& required, CsvOptions options)
    : impl_(std::make_unique<Impl>()) {
    impl_->options = options;
    impl_->file = std::move(display_name);
    impl_->in.open(path, std::ios::binary);
    if (!impl_->in) throw ImportError(impl_->file, 0, "", "cannot open file");
    if (csv_init(&impl_->parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        throw std::bad_alloc();
    }
    csv_set_space_func(&impl_->parser, no_space);

    if (!impl_->fill()) throw ImportError(impl_->file, 0, "", "file is empty (no header row)");
    CsvRecord first = std::move(impl_->ready.front());
    impl_->ready.pop_front();
    impl_->header = std::move(first.fields);
    for (std::size_t i = 0; i < impl_->header.size(); ++i) {
        const std::string& name = impl_->header[i];
        if (!graph::is_valid_utf8(name)) throw ImportError(impl_->file, first.line, "", "invalid UTF-8 in the header");
        if (std::find(impl_->header.begin(), impl_->header.begin() + static_cast<std::ptrdiff_t>(i),
                      name) != impl_->header.begin() + static_cast<std::ptrdiff_t>(i)) {
            throw ImportError(impl_->file, first.line, name, "column appears twice in the header");
        }
    }
    for (const std::string& name : required) {
        if (!has_column(name)) throw ImportError(impl_->file, first.line, name, "missing required column");
    }
}

CsvReader::~CsvReader() { csv_free(&impl_->parser); }

bool CsvReader::next(CsvRecord& record) {
    if (!impl_->fill()) return false;
    record = std::move(impl_->ready.front());
    impl_->ready.pop_front();
    if (impl_->options.pad_short_records && record.fields.size() < impl_->header.size()) {
        record.fields.resize(impl_->header.size());
    }
    if (record.fields.size() != impl_->header.size()) {
        throw ImportError(impl_->file, record.line, "",
                          "expected " + std::to_string(impl_->header.size()) +
                              " fields as in the header, found " +
                              std::to_string(record.fields.size()));
    }
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::string& field = record.fields[i];
        if (!is_ascii(field) && !graph::is_valid_utf8(field)) {
            throw ImportError(impl_->file, record.line, impl_->header[i], "invalid UTF-8");
        }
    }
    return true;
}

std::size_t CsvReader::column(std::string_view name) const {
    const auto& header = impl_->header;
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) throw std::out_of_range("no column " + std::string(name));
    return static_cast<std::size_t>(it - header.begin());
}

bool CsvReader::has_column(std::string_view name) const {
    return std::find(impl_->header.begin(), impl_->header.end(), name) != impl_->header.end();
}

const std::vector<std::string>& CsvReader::header() const { return impl_->header; }

const std::string& CsvReader::file() const { return impl_->file; }

}  // namespace woshou::importers
