#include "report_output.hpp"

#include "export/exports.hpp"
#include "params.hpp"

namespace woshou::server {

Response report_response(const Request& request, const Context& context, ReportFormat format,
                         const std::string& file_stem, const ReportRenderers& renderers) {
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
            response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file_stem + ".xlsx\"");
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
