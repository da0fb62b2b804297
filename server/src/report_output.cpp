#include "report_output.hpp"

#include "export/exports.hpp"
#include "params.hpp"

#include <cctype>

namespace woshou::server {
namespace {

// An RFC 6266 attachment header: an ASCII fallback name plus the UTF-8 name percent-encoded.
std::string attachment(const std::string& stem, const std::string& extension) {
    std::string ascii, encoded;
    static const char* hex = "0123456789ABCDEF";
    for (unsigned char c : stem) {
        const bool plain = std::isalnum(c) || c == '-' || c == '_' || c == '.';
        ascii += plain ? static_cast<char>(c) : '_';
        if (plain) encoded += static_cast<char>(c);
        else {
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 15];
        }
    }
    return "attachment; filename=\"" + ascii + extension + "\"; filename*=UTF-8''" + encoded + extension;
}

}  // namespace


Response report_response(const Request& request, const Context& context, ReportFormat format,
                         const std::string& file_stem, const ReportRenderers& renderers) {
    if (format != ReportFormat::csv && text_parameter(request, "section"))
        throw_invalid_parameter("section", "applies only to format=csv (XLSX and HTML hold every section)");
    if (format == ReportFormat::json) {
        JsonOut out;
        out.writer().StartObject();
        renderers.json(out.writer());
        return finish(out, context);
    }
    const report::TabularReport tables = renderers.tables();
    Response response;
    response.headers.emplace_back("X-Woshou-Snapshot", std::to_string(context.snapshot->version()));
    switch (format) {
        case ReportFormat::csv: {
            const report::Table* chosen = tables.tables.empty() ? nullptr : &tables.tables.front();
            if (auto section = text_parameter(request, "section")) {
                chosen = nullptr;
                std::string known;
                for (const auto& t : tables.tables) {
                    if (t.name == *section) chosen = &t;
                    known += (known.empty() ? "" : ", ") + t.name;
                }
                if (!chosen)
                    throw HttpError(400, "invalid_parameter",
                                    "parameter 'section' must be one of " + known + ", got '" + *section + "'");
            }
            response.content_type = "text/csv; charset=utf-8";
            response.body = chosen ? report::render_csv(*chosen) : std::string();
            break;
        }
        case ReportFormat::xlsx:
            response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            response.headers.emplace_back("Content-Disposition", attachment(file_stem, ".xlsx"));
            response.body = report::render_xlsx(tables);
            break;
        case ReportFormat::html:
            response.content_type = "text/html; charset=utf-8";
            response.body = report::render_html(tables);
            break;
        case ReportFormat::json: break;
    }
    return response;
}

void write_parameters(JsonWriter& w, const graph::CoverageParams& params,
                      const std::vector<std::pair<std::string, std::string>>& extra) {
    key(w, "parameters");
    w.StartObject();
    field(w, "elective_factor", params.elective_factor);
    field(w, "taxonomy_decay", params.taxonomy_decay);
    for (const auto& [name, value] : extra) {
        const bool whole = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
        if (whole) field(w, name, static_cast<std::uint64_t>(std::stoull(value)));
        else field(w, name, value);
    }
    w.EndObject();
}

void write_scope(JsonWriter& w, const graph::DemandScope& scope) {
    w.StartObject();
    const std::pair<const char*, const std::string*> filters[] = {
        {"region", &scope.region},         {"industry", &scope.industry}, {"employer", &scope.employer},
        {"occupation", &scope.occupation}, {"since", &scope.since},       {"until", &scope.until}};
    for (const auto& [name, value] : filters) {
        key(w, name);
        if (value->empty()) w.Null();
        else string(w, *value);
    }
    w.EndObject();
}

std::string describe_scope(const graph::DemandScope& scope) {
    std::string text;
    const std::pair<const char*, const std::string*> filters[] = {
        {"region", &scope.region},         {"industry", &scope.industry}, {"employer", &scope.employer},
        {"occupation", &scope.occupation}, {"since", &scope.since},       {"until", &scope.until}};
    for (const auto& [name, value] : filters)
        if (!value->empty()) text += (text.empty() ? "" : ", ") + std::string(name) + "=" + *value;
    return text.empty() ? "whole city, all dates" : text;
}

}  // namespace woshou::server
