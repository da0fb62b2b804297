#include "analysis_commands.hpp"

#include "http_client.hpp"
#include "json_read.hpp"
#include "text_table.hpp"

#include <fmt/format.h>
#include <rapidjson/document.h>

#include <functional>
#include <fstream>

namespace woshou::clients {
namespace {


void add_param(std::string& target, const char* name, const std::string& value) {
    if (value.empty()) return;
    target += (target.find('?') == std::string::npos ? '?' : '&');
    target += name;
    target += '=';
    target += percent_encode(value);
}

void add_scope(std::string& target, const ScopeFlags& s) {
    add_param(target, "region", s.region);
    add_param(target, "industry", s.industry);
    add_param(target, "employer", s.employer);
    add_param(target, "occupation", s.occupation);
    add_param(target, "since", s.since);
    add_param(target, "until", s.until);
}

std::string percent(double share) { return fmt::format("{:.1f}%", share * 100); }

std::string gap_table(const rapidjson::Document& doc) {
    const Json& plan = member(doc, "plan");
    std::string out = fmt::format("{} {} — plan {} (cohort {}, {})\n", str(plan, "major_code"), str(plan, "major_name"),
                                  str(plan, "id"), whole(plan, "cohort_year"), str(plan, "version"));
    out += fmt::format("alignment {:.4f} over {} demands (demand total {:.1f}); {} skills with a gap; snapshot {}\n\n",
                       num(doc, "alignment"), whole(doc, "demand_count"), num(doc, "demand_total"),
                       whole(doc, "gap_count"), whole(doc, "snapshot"));
    TextTable gaps({"#", "skill", "share", "coverage", "gap", "headcount", "top employer"});
    for (const auto& g : list(doc, "gaps").GetArray()) {
        const Json& employers = list(g, "employers");
        gaps.add_row({whole(g, "rank"), str(g, "label"), percent(num(g, "demand_share")), percent(num(g, "coverage")),
                      percent(num(g, "gap")), whole(g, "headcount"), employers.Empty() ? "" : str(employers[0], "name")});
    }
    out += gaps.render();
    TextTable surplus({"course", "name", "relevance", "credits"});
    std::size_t shown = 0;
    for (const auto& c : list(doc, "surplus").GetArray()) {
        if (++shown > 10) break;
        surplus.add_row({str(c, "course_id"), str(c, "name"), fmt::format("{:.4f}", num(c, "relevance")),
                         fmt::format("{:g}", num(c, "credits"))});
    }
    out += "\nleast relevant courses\n" + surplus.render();
    return out;
}

std::string demand_table(const rapidjson::Document& doc) {
    const Json& scope = member(doc, "scope");
    const Json& previous = member(doc, "previous_window");
    std::string out = fmt::format("demand {} .. {}: {} postings; previous window {} .. {}; snapshot {}\n\n",
                                  str(scope, "since"), str(scope, "until"), whole(doc, "demand_count"),
                                  str(previous, "since"), str(previous, "until"), whole(doc, "snapshot"));
    TextTable table({"#", "skill", "share", "previous", "trend", "headcount", "employers", "majors teaching"});
    for (const auto& s : list(doc, "skills").GetArray())
        table.add_row({whole(s, "rank"), str(s, "label"), percent(num(s, "share")), percent(num(s, "previous_share")),
                       str(s, "trend"), whole(s, "headcount"), whole(s, "employers"), whole(s, "majors_teaching")});
    return out + table.render();
}

// Fetches `target` in the requested format and prints or saves it.
int fetch_report(const QueryOptions& options, std::string target, const ReportFlags& report,
                 std::string (*render_table)(const rapidjson::Document&),
                 const std::function<std::string(const rapidjson::Document&)>& check = {}) {
    if (report.format == "xlsx" && report.output.empty()) {
        fmt::print(stderr, "--format xlsx writes a binary workbook: give -o FILE.xlsx\n");
        return 2;
    }
    // A check needs the JSON: fetch it first, then the requested format.
    if (check) {
        std::string json_target = target;
        add_param(json_target, "format", "json");
        try {
            auto probe = http_get(options.server, json_target);
            rapidjson::Document doc;
            doc.Parse(probe.body.c_str());
            if (probe.status == 200 && !doc.HasParseError()) {
                if (auto problem = check(doc); !problem.empty()) {
                    fmt::print(stderr, "{}\n", problem);
                    return 2;
                }
            }
        } catch (const HttpError&) {
            // Reported by the main request below.
        }
    }
    add_param(target, "format", report.format == "table" ? "json" : report.format);
    HttpResult result;
    try {
        result = http_get(options.server, target);
    } catch (const HttpError& e) {
        fmt::print(stderr, "{}\n", e.what());
        return 1;
    }
    if (result.status != 200) {
        rapidjson::Document error;
        error.Parse(result.body.c_str());
        const bool enveloped = !error.HasParseError() && error.IsObject() && error.HasMember("error");
        fmt::print(stderr, "error {}: {}\n", result.status, enveloped ? str(error["error"], "message") : result.body);
        return 2;
    }
    std::string body = std::move(result.body);
    if (report.format == "table") {
        rapidjson::Document doc;
        doc.Parse(body.c_str());
        if (doc.HasParseError()) {
            fmt::print(stderr, "the server answered with something that is not JSON\n");
            return 1;
        }
        body = render_table(doc);
    }
    if (report.output.empty()) {
        fmt::print("{}", body);
        return 0;
    }
    std::ofstream file(report.output, std::ios::binary);
    file << body;
    if (!file) {
        fmt::print(stderr, "cannot write {}\n", report.output);
        return 1;
    }
    fmt::print(stderr, "wrote {} ({} bytes)\n", report.output, body.size());
    return 0;
}

}  // namespace

int show_gap(const QueryOptions& options, const std::string& major_id, const GapFlags& flags, const ReportFlags& report) {
    std::string target = flags.plan.empty() ? "/api/v1/majors/" + percent_encode(major_id) + "/gap"
                                            : "/api/v1/plans/" + percent_encode(flags.plan) + "/gap";
    add_scope(target, flags.scope);
    add_param(target, "elective_factor", flags.elective_factor);
    add_param(target, "taxonomy_decay", flags.taxonomy_decay);
    std::function<std::string(const rapidjson::Document&)> same_major;
    if (!flags.plan.empty())
        same_major = [&](const rapidjson::Document& doc) -> std::string {
            const std::string owner = str(member(doc, "plan"), "major_id");
            if (owner == major_id) return {};
            return "plan '" + flags.plan + "' belongs to major '" + owner + "', not '" + major_id + "'";
        };
    add_param(target, "limit", std::to_string(flags.limit));
    return fetch_report(options, target, report, gap_table, same_major);
}

int show_demand_analysis(const QueryOptions& options, const ScopeFlags& scope, int limit, const ReportFlags& report) {
    std::string target = "/api/v1/demand/analysis";
    add_param(target, "region", scope.region);
    add_param(target, "industry", scope.industry);
    add_param(target, "since", scope.since);
    add_param(target, "until", scope.until);
    add_param(target, "limit", std::to_string(limit));
    return fetch_report(options, target, report, demand_table);
}

}  // namespace woshou::clients
