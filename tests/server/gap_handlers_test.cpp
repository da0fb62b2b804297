// The analysis routes on the worked example of docs/gap-analysis.md.
#include "woshou/graph/snapshot.hpp"
#include "woshou/server/router.hpp"
#include "export_support.hpp"
#include "worked_example.hpp"

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

using namespace woshou;
using boost::test_tools::tolerance;

namespace {

server::Context worked_context() {
    static const auto snapshot = graph::Snapshot::build(test::worked_example(), 3);
    return server::Context{snapshot, "sqlite"};
}

std::string header_of_response(const server::Response& response, const std::string& name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return {};
}

server::Response get(const std::string& target, server::Fields headers = {}) {
    static const auto router = server::make_api_router();
    return server::handle_http(router, worked_context(), "GET", target, std::move(headers), {});
}

rapidjson::Document json_of(const server::Response& response) {
    rapidjson::Document doc;
    doc.Parse(response.body.c_str());
    BOOST_REQUIRE_MESSAGE(!doc.HasParseError(), "not JSON: " << response.body);
    return doc;
}

std::string error_message(const server::Response& response) {
    auto doc = json_of(response);
    return doc["error"]["message"].GetString();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(gap_handlers)

BOOST_AUTO_TEST_CASE(major_gap_reports_the_worked_example_numbers) {
    auto response = get("/api/v1/majors/M/gap");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    auto doc = json_of(response);
    BOOST_TEST(doc["plan"]["id"].GetString() == std::string("P"));  // the latest plan
    BOOST_TEST(doc["alignment"].GetDouble() == 0.508333, tolerance(1e-6));
    BOOST_TEST(doc["demand_total"].GetDouble() == 6.0, tolerance(1e-9));
    BOOST_TEST(doc["snapshot"].GetUint64() == 3u);
    const auto& gaps = doc["gaps"];
    BOOST_TEST_REQUIRE(gaps.Size() == 4u);
    BOOST_TEST(gaps[0]["skill_id"].GetString() == std::string("sql"));
    BOOST_TEST(gaps[0]["coverage"].GetDouble() == 0.5, tolerance(1e-9));
    BOOST_TEST(gaps[0]["gap"].GetDouble() == 0.208333, tolerance(1e-6));
    BOOST_TEST(gaps[3]["skill_id"].GetString() == std::string("prog"));
    BOOST_TEST(gaps[3]["courses"][0]["through"].GetString() == std::string("neighbour"));
    BOOST_TEST(doc["surplus"][0]["course_id"].GetString() == std::string("C4"));
    BOOST_TEST(doc["untagged"][0]["course_id"].GetString() == std::string("C3"));
    BOOST_TEST(doc["scope"]["region"].IsNull());
    BOOST_TEST(doc["parameters"]["elective_factor"].GetDouble() == 0.5);
}

BOOST_AUTO_TEST_CASE(parameters_change_the_report_as_the_formula_says) {
    // e = 1: sql fully required -> cov(sql) = 1; A = 1/3*0.8 + 5/12 + 1/12*0.4
    auto doc = json_of(get("/api/v1/plans/P/gap?elective_factor=1"));
    BOOST_TEST(doc["alignment"].GetDouble() == 1.0 / 3 * 0.8 + 5.0 / 12 + 1.0 / 12 * 0.4, tolerance(1e-6));
    // delta = 0: prog gets nothing from python
    auto no_decay = json_of(get("/api/v1/plans/P/gap?taxonomy_decay=0"));
    BOOST_TEST(no_decay["alignment"].GetDouble() == 1.0 / 3 * 0.8 + 5.0 / 12 * 0.5, tolerance(1e-6));
    auto finance = json_of(get("/api/v1/plans/P/gap?industry=FIN"));
    BOOST_TEST(finance["alignment"].GetDouble() == 2.0 / 3 * 0.5 + 1.0 / 3 * 0.4, tolerance(1e-6));
    auto limited = json_of(get("/api/v1/plans/P/gap?limit=1"));
    BOOST_TEST(limited["gaps"].Size() == 1u);
    BOOST_TEST(limited["gap_count"].GetUint64() == 4u);
}

BOOST_AUTO_TEST_CASE(same_request_gives_byte_identical_reports) {
    BOOST_TEST(get("/api/v1/majors/M/gap?since=2024-01-01").body == get("/api/v1/majors/M/gap?since=2024-01-01").body);
}

BOOST_AUTO_TEST_CASE(an_empty_scope_is_422_not_a_report_of_zeros) {
    auto response = get("/api/v1/majors/M/gap?region=nowhere");
    BOOST_TEST(response.status == 422);
    BOOST_TEST(json_of(response)["error"]["code"].GetString() == std::string("empty_scope"));
}

BOOST_AUTO_TEST_CASE(bad_parameters_are_named) {
    struct Case {
        const char* target;
        int status;
        const char* needle;
    };
    const Case cases[] = {
        {"/api/v1/majors/nope/gap", 404, "major 'nope' not found"},
        {"/api/v1/plans/nope/gap", 404, "plan 'nope' not found"},
        {"/api/v1/majors/M/gap?since=2025-02-01&until=2025-01-01", 400, "parameter 'since'"},
        {"/api/v1/majors/M/gap?since=2025-02-30", 400, "parameter 'since' must be a date"},
        {"/api/v1/majors/M/gap?taxonomy_decay=1.5", 400, "parameter 'taxonomy_decay' must be in [0, 1]"},
        {"/api/v1/majors/M/gap?elective_factor=x", 400, "parameter 'elective_factor'"},
        {"/api/v1/majors/M/gap?format=pdf", 400, "parameter 'format' must be json, csv, xlsx or html"},
        {"/api/v1/majors/M/gap?employer=E9", 400, "parameter 'employer'"},
        {"/api/v1/majors/M/gap?limit=0", 400, "parameter 'limit'"},
        {"/api/v1/majors/M/gap?format=csv&section=nope", 400, "parameter 'section'"},
        {"/api/v1/universities/U/gap?sort=size", 400, "parameter 'sort'"},
    };
    for (const auto& c : cases) {
        auto response = get(c.target);
        BOOST_TEST(response.status == c.status, c.target << " -> " << response.status);
        BOOST_TEST(error_message(response).find(c.needle) != std::string::npos, c.target << ": " << response.body);
    }
}

BOOST_AUTO_TEST_CASE(csv_is_chosen_by_format_or_accept_header) {
    auto by_format = get("/api/v1/majors/M/gap?format=csv");
    BOOST_TEST(by_format.status == 200);
    BOOST_TEST(by_format.content_type.find("text/csv") == 0u);
    BOOST_TEST(by_format.body.rfind("rank,skill_id,", 0) == 0u, by_format.body);
    auto by_accept = get("/api/v1/majors/M/gap", {{"Accept", "text/csv"}});
    BOOST_TEST(by_accept.body == by_format.body);
    auto surplus = get("/api/v1/majors/M/gap?format=csv&section=surplus");
    BOOST_TEST(surplus.body.rfind("course_id,", 0) == 0u, surplus.body);
}

BOOST_AUTO_TEST_CASE(an_xlsx_gap_report_holds_a_summary_and_one_sheet_per_section) {
    auto xlsx = get("/api/v1/majors/M/gap?format=xlsx");
    BOOST_TEST_REQUIRE(xlsx.status == 200);
    BOOST_TEST(header_of_response(xlsx, "Content-Disposition").find("filename=\"gap-P.xlsx\"") != std::string::npos);
    if (!test::have_tool("unzip")) {
        BOOST_TEST_MESSAGE("skipped: unzip is not installed");
        return;
    }
    test::TempFile file(xlsx.body, ".xlsx");
    auto workbook = test::run_command("unzip -p " + file.quoted() + " xl/workbook.xml");
    BOOST_TEST_REQUIRE(workbook.exit_code == 0);
    std::size_t at = 0;
    for (const char* sheet : {"summary", "gaps", "surplus", "untagged"}) {
        const auto found = workbook.output.find("name=\"" + std::string(sheet) + "\"", at);
        BOOST_TEST(found != std::string::npos, sheet << " missing or out of order in " << workbook.output);
        at = found == std::string::npos ? at : found;
    }
}

BOOST_AUTO_TEST_CASE(an_html_gap_report_is_well_formed_with_one_bar_per_gap) {
    auto html = get("/api/v1/majors/M/gap?format=html");
    BOOST_TEST_REQUIRE(html.status == 200);
    BOOST_TEST(html.content_type.find("text/html") == 0u);
    if (!test::have_tool("xmllint")) {
        BOOST_TEST_MESSAGE("skipped: xmllint is not installed");
        return;
    }
    test::TempFile file(html.body, ".html");
    BOOST_TEST(test::run_command("xmllint --noout " + file.quoted() + " 2>/dev/null").exit_code == 0);
    auto bars = test::run_command("xmllint --xpath \"count(//*[local-name()='svg']//*[local-name()='rect'])\" " +
                                  file.quoted() + " 2>/dev/null");
    BOOST_TEST(bars.output.substr(0, bars.output.find_first_of("\r\n")) == "4");  // four gaps in the worked example
}

BOOST_AUTO_TEST_CASE(section_is_only_for_csv) {
    auto response = get("/api/v1/majors/M/gap?section=gaps");
    BOOST_TEST(response.status == 400);
    BOOST_TEST(error_message(response).find("parameter 'section' applies only to format=csv") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(compare_lists_courses_and_gaps_that_moved) {
    auto response = get("/api/v1/plans/P/compare/P2");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    auto doc = json_of(response);
    // P2 drops C4 (excel, not in demand) and adds C5 (ml 1.0): ml's gap closes.
    BOOST_TEST(doc["alignment_from"].GetDouble() == 0.508333, tolerance(1e-6));
    BOOST_TEST(doc["alignment_to"].GetDouble() == 0.508333 + 1.0 / 6, tolerance(1e-6));  // excel is not in demand
    BOOST_TEST(doc["courses_added"][0]["id"].GetString() == std::string("C5"));
    BOOST_TEST(doc["courses_removed"][0]["id"].GetString() == std::string("C4"));
    BOOST_TEST_REQUIRE(doc["gaps_closed"].Size() == 1u);
    BOOST_TEST(doc["gaps_closed"][0]["skill_id"].GetString() == std::string("ml"));
    BOOST_TEST(doc["gaps_closed"][0]["closed"].GetBool());
    BOOST_TEST(doc["gaps_opened"].Size() == 0u);
    BOOST_TEST(get("/api/v1/plans/P/compare/nope").status == 404);
    BOOST_TEST(get("/api/v1/plans/P/compare/P2?region=nowhere").status == 422);
}

BOOST_AUTO_TEST_CASE(university_gap_lists_every_major_sorted) {
    auto doc = json_of(get("/api/v1/universities/U/gap"));
    BOOST_TEST_REQUIRE(doc["majors"].Size() == 1u);
    BOOST_TEST(doc["majors"][0]["plan_id"].GetString() == std::string("P"));
    BOOST_TEST(doc["majors"][0]["alignment"].GetDouble() == 0.508333, tolerance(1e-6));
    BOOST_TEST(doc["majors"][0]["top_gaps"].Size() == 3u);
    BOOST_TEST(get("/api/v1/universities/nope/gap").status == 404);
    BOOST_TEST(get("/api/v1/universities/U/gap?industry=none").status == 422);
}

BOOST_AUTO_TEST_CASE(demand_analysis_reports_shares_and_trends) {
    auto response = get("/api/v1/demand/analysis?since=2025-01-01&until=2025-12-31");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    auto doc = json_of(response);
    BOOST_TEST(doc["demand_count"].GetUint64() == 2u);
    BOOST_TEST(doc["previous_window"]["since"].GetString() == std::string("2024-01-02"));
    BOOST_TEST(doc["skills"][0]["skill_id"].GetString() == std::string("python"));  // 2 of 4.5
    BOOST_TEST(doc["skills"][0]["share"].GetDouble() == 2 / 4.5, tolerance(1e-5));  // JSON keeps six decimals
    BOOST_TEST(doc["skills"][0]["trend"].GetString() == std::string("new"));
    BOOST_TEST(doc["skills"][0]["majors_teaching"].GetUint64() == 1u);
    BOOST_TEST(get("/api/v1/demand/analysis?since=2030-01-01&until=2030-02-01").status == 422);
    BOOST_TEST(get("/api/v1/demand/analysis?employer=E1").status == 400);  // not a parameter of this route
    // A `since` after every posting, with `until` left to default, names `since`.
    auto late = get("/api/v1/demand/analysis?since=2030-01-01");
    BOOST_TEST(late.status == 400);
    BOOST_TEST(error_message(late).find("parameter 'since'") != std::string::npos, late.body);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(feedback_weight_changes_the_report_exactly_as_the_formula_says) {
    auto data = test::worked_example();
    data.feedback_marks = {{"f1", "M", "ml", "E1"}, {"f3", "M", "ml", "E2"}};
    const server::Context context{graph::Snapshot::build(std::move(data), 4), "sqlite"};
    const auto router = server::make_api_router();
    auto plain = json_of(server::handle_http(router, context, "GET", "/api/v1/majors/M/gap", {}, {}));
    BOOST_TEST(plain["alignment"].GetDouble() == 0.508333, tolerance(1e-6));
    BOOST_TEST(!plain["gaps"][0].HasMember("feedback"));
    auto weighted = json_of(server::handle_http(router, context, "GET", "/api/v1/majors/M/gap?feedback_weight=1", {}, {}));
    // D[ml] = 1 + 1 x 2 employers = 3, total 8: A = (2*0.8 + 2.5*0.5 + 0.5*0.4) / 8.
    BOOST_TEST(weighted["demand_total"].GetDouble() == 8.0, tolerance(1e-9));
    BOOST_TEST(weighted["alignment"].GetDouble() == (2 * 0.8 + 2.5 * 0.5 + 0.5 * 0.4) / 8, tolerance(1e-6));
    BOOST_TEST(weighted["parameters"]["feedback_weight"].GetDouble() == 1.0);
    BOOST_TEST(weighted["gaps"][0]["skill_id"].GetString() == std::string("ml"));  // g = 3/8, the largest now
    BOOST_TEST(weighted["gaps"][0]["feedback"].Size() == 2u);
    auto bad = server::handle_http(router, context, "GET", "/api/v1/majors/M/gap?feedback_weight=-1", {}, {});
    BOOST_TEST(bad.status == 400);
}
