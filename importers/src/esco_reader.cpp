#include "woshou/importers/esco_reader.hpp"

#include "esco_parts.hpp"
#include "woshou/importers/csv_reader.hpp"

namespace woshou::importers {

std::unique_ptr<CsvReader> EscoContext::open(const std::string& file,
                                             const std::vector<std::string>& columns,
                                             bool pad_short_records) const {
    const std::filesystem::path path = dir / file;
    if (!std::filesystem::exists(path)) throw ImportError(file, 0, "", "required ESCO file is missing");
    return std::make_unique<CsvReader>(path, file, columns, CsvOptions{pad_short_records});
}

EscoResult read_esco(const std::filesystem::path& dir, const EscoOptions& options) {
    if (!std::filesystem::is_directory(dir)) {
        throw ImportError(dir.string(), 0, "", "ESCO folder does not exist");
    }
    EscoContext ctx{dir, options, {}, {}, {}};
    read_esco_skills(ctx);
    read_esco_hierarchy(ctx);
    read_esco_occupations(ctx);
    read_esco_relations(ctx);
    return std::move(ctx.result);
}

}  // namespace woshou::importers
