// GET /api/v1/universities/{id}/gap: one row per major (alignment, top 3 gaps), sortable.
#include "analysis_params.hpp"
#include "json_entities.hpp"
#include "params.hpp"
#include "report_output.hpp"
#include "woshou/server/handlers.hpp"

#include <algorithm>
#include <optional>

namespace woshou::server {
namespace {

struct MajorRow {
    graph::Index major = 0;
    std::optional<graph::Index> plan;
    std::optional<double> alignment;  // empty when the major has no plan
    std::vector<graph::Gap> top_gaps;
};

// Orders rows by `sort`; majors without a plan always come last.
void sort_rows(const graph::Snapshot& s, std::vector<MajorRow>& rows, const std::string& sort) {
    const auto& majors = s.data().majors;
    std::stable_sort(rows.begin(), rows.end(), [&](const MajorRow& a, const MajorRow& b) {
        if (a.alignment.has_value() != b.alignment.has_value()) return a.alignment.has_value();
        const auto& ma = majors[a.major];
        const auto& mb = majors[b.major];
        if (sort == "code") return std::tie(ma.code, ma.id) < std::tie(mb.code, mb.id);
        if (sort == "major") return ma.id < mb.id;
        if (a.alignment && b.alignment && *a.alignment != *b.alignment)
            return sort == "-alignment" ? *a.alignment > *b.alignment : *a.alignment < *b.alignment;
        return ma.id < mb.id;
    });
}

}  // namespace

Response get_university_gap(const Request& request, const Context& context) {
    check_parameters(request, analysis_parameter_names({"sort", "section"}));
    const auto& s = *context.snapshot;
    const auto& data = s.data();
    const std::string& id = request.path_param("id");
    auto university = s.find_university(id);
    if (!university) throw_not_found("university", id);
    const auto scope = scope_parameters(request, s);
    const auto params = coverage_parameters(request);
    const auto format = format_parameter(request);
    const std::string sort = text_parameter(request, "sort").value_or("alignment");
    if (sort != "alignment" && sort != "-alignment" && sort != "code" && sort != "major")
        throw HttpError(400, "invalid_parameter",
                        "parameter 'sort' must be alignment, -alignment, code or major, got '" + sort + "'");
    const auto profile = demand_profile(context, scope);
    require_demand(*profile);

    std::vector<MajorRow> rows;
    for (auto m : s.majors_of_university(*university)) {
        MajorRow row{m, s.latest_plan(m), std::nullopt, {}};
        if (row.plan) {
            const auto courses = graph::counted_courses_of_plan(s, *row.plan, params);
            auto report = graph::analyse_gaps(s, courses, *profile, params, 3);
            row.alignment = report.alignment;
            row.top_gaps = std::move(report.gaps);
        }
        rows.push_back(std::move(row));
    }
    sort_rows(s, rows, sort);

    auto json = [&](JsonWriter& w) {
        key(w, "university");
        write_university(w, data.universities[*university]);
        key(w, "scope");
        write_scope(w, scope);
        write_parameters(w, params, {{"sort", sort}});
        key(w, "majors");
        w.StartArray();
        for (const auto& row : rows) {
            w.StartObject();
            write_major_fields(w, data.majors[row.major]);
            key(w, "plan_id");
            if (row.plan) string(w, data.plans[*row.plan].id);
            else w.Null();
            field(w, "alignment", row.alignment);
            key(w, "top_gaps");
            w.StartArray();
            for (const auto& g : row.top_gaps) {
                w.StartObject();
                field(w, "skill_id", data.skills[g.skill].id);
                field(w, "label", data.skills[g.skill].label);
                field(w, "demand_share", g.share);
                field(w, "coverage", g.coverage);
                field(w, "gap", g.gap);
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }
        w.EndArray();
    };
    auto tables = [&] {
        report::TabularReport r;
        r.title = "Majors of " + data.universities[*university].name + " against demand 专业对标";
        r.facts = {{"snapshot", std::to_string(s.version())}, {"scope", describe_scope(scope)}, {"sort", sort}};
        report::Table t{"majors", "Majors by alignment",
                        {{"major_id", "Major id"}, {"code", "Code"}, {"name", "Major 专业"}, {"plan_id", "Plan"},
                         {"alignment", "Alignment", true}, {"gap_1", "Largest gap"}, {"gap_2", "2nd gap"}, {"gap_3", "3rd gap"}},
                        {}};
        for (const auto& row : rows) {
            const auto& m = data.majors[row.major];
            std::vector<report::Cell> cells{m.id, m.code, m.name, row.plan ? data.plans[*row.plan].id : std::string()};
            cells.push_back(row.alignment ? report::Cell(*row.alignment) : report::Cell(std::string()));
            for (std::size_t i = 0; i < 3; ++i)
                cells.push_back(i < row.top_gaps.size() ? data.skills[row.top_gaps[i].skill].label : std::string());
            t.rows.push_back(std::move(cells));
            if (row.alignment) r.chart.push_back({m.name + " " + m.id, *row.alignment});
        }
        r.chart_title = "Alignment by major";
        r.chart_percent = true;
        r.tables.push_back(std::move(t));
        return r;
    };
    return report_response(request, context, format, "university-gap-" + id, {json, tables});
}

}  // namespace woshou::server
