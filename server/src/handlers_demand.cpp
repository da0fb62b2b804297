// GET /api/v1/demand/analysis: industry analysis data (行业分析数据).
#include "analysis_params.hpp"
#include "params.hpp"
#include "report_output.hpp"
#include "woshou/graph/demand_trends.hpp"
#include "woshou/server/analysis_cache.hpp"
#include "woshou/server/handlers.hpp"

namespace woshou::server {

Response get_demand_analysis(const Request& request, const Context& context) {
    check_parameters(request, {"industry", "region", "since", "until", "limit", "format", "section"});
    const auto& s = *context.snapshot;
    const auto& data = s.data();
    const auto format = format_parameter(request);
    const std::size_t limit = integer_parameter(request, "limit", 30, 1, 1000);
    auto requested = scope_parameters(request, s);
    if (data.demands.empty()) throw HttpError(422, "empty_scope", "there is no demand in the database yet");
    // Defaults fill in from the data (until = newest posting), so check the window again.
    const auto scope = graph::resolve_window(s, requested);
    if (scope.since > scope.until)
        throw_invalid_parameter("since", "(" + scope.since + ") is after the newest posting (" + scope.until +
                                             "); give an earlier 'since' or an explicit 'until'");

    AnalysisCache local;  // handler tests run without a server-wide cache
    AnalysisCache& cache = context.analysis ? *context.analysis : local;
    const auto counts = cache.teaching_counts(s);
    const auto analysis = graph::analyse_demand(s, cache.demand, scope, *counts, limit);
    if (analysis.total <= 0)
        throw HttpError(422, "empty_scope",
                        "the scope holds no demand between " + analysis.scope.since + " and " + analysis.scope.until +
                            "; widen the filters");

    auto json = [&](JsonWriter& w) {
        key(w, "scope");
        write_scope(w, analysis.scope);
        key(w, "previous_window");
        w.StartObject();
        field(w, "since", analysis.previous_scope.since);
        field(w, "until", analysis.previous_scope.until);
        field(w, "demand_total", analysis.previous_total);
        w.EndObject();
        // majors_teaching uses the gap method's default parameters.
        write_parameters(w, graph::CoverageParams{}, {{"limit", std::to_string(limit)}});
        field(w, "demand_total", analysis.total);
        field(w, "demand_count", static_cast<std::uint64_t>(analysis.demand_count));
        field(w, "majors", static_cast<std::uint64_t>(data.majors.size()));
        key(w, "skills");
        w.StartArray();
        for (std::size_t i = 0; i < analysis.skills.size(); ++i) {
            const auto& t = analysis.skills[i];
            const auto& skill = data.skills[t.skill];
            w.StartObject();
            field(w, "rank", static_cast<std::uint64_t>(i + 1));
            field(w, "skill_id", skill.id);
            field(w, "label", skill.label);
            field(w, "label_en", skill.label_en);
            field(w, "share", t.share);
            field(w, "demand", t.demand);
            field(w, "headcount", static_cast<std::int64_t>(t.headcount));
            field(w, "employers", static_cast<std::uint64_t>(t.employers));
            field(w, "previous_share", t.previous_share);
            field(w, "change", t.change);
            field(w, "trend", t.direction);
            field(w, "majors_teaching", static_cast<std::uint64_t>(t.majors_teaching));
            w.EndObject();
        }
        w.EndArray();
    };
    auto tables = [&] {
        report::TabularReport r;
        r.title = "Demand analysis 行业需求分析";
        r.facts = {{"snapshot", std::to_string(s.version())},
                   {"scope", describe_scope(analysis.scope)},
                   {"previous window", analysis.previous_scope.since + " .. " + analysis.previous_scope.until},
                   {"demands", std::to_string(analysis.demand_count)}};
        report::Table t{"skills", "Top skills in demand 需求技能",
                        {{"rank", "Rank"}, {"skill_id", "Skill id"}, {"label", "Skill 技能"}, {"label_en", "Skill (English)"},
                         {"share", "Share", true}, {"headcount", "Headcount"}, {"employers", "Employers"},
                         {"previous_share", "Previous share", true}, {"trend", "Trend"}, {"majors_teaching", "Majors teaching"}},
                        {}};
        for (std::size_t i = 0; i < analysis.skills.size(); ++i) {
            const auto& x = analysis.skills[i];
            const auto& skill = data.skills[x.skill];
            t.rows.push_back({static_cast<long long>(i + 1), skill.id, skill.label, skill.label_en, x.share,
                              static_cast<long long>(x.headcount), static_cast<long long>(x.employers), x.previous_share,
                              x.direction, static_cast<long long>(x.majors_teaching)});
            if (r.chart.size() < 15) r.chart.push_back({skill.label, x.share});
        }
        r.chart_title = "Share of demand";
        r.chart_percent = true;
        r.tables.push_back(std::move(t));
        return r;
    };
    return report_response(request, context, format, "demand-analysis", {json, tables});
}

}  // namespace woshou::server
