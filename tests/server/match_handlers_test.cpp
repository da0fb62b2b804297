// POST /api/v1/match on the hand-computed case of docs/matching.md, through
// the whole non-socket request path (target parsing, router, handler).
#include "woshou/graph/snapshot.hpp"
#include "woshou/server/analysis_cache.hpp"
#include "woshou/server/router.hpp"
#include "match_example.hpp"

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

using namespace woshou;
using boost::test_tools::tolerance;

namespace {

const server::Context& example_context() {
    static const server::Context context{graph::Snapshot::build(test::match_example(), 9), "sqlite"};
    return context;
}

server::Response post(const std::string& body, server::Fields headers = {{"Content-Type", "application/json"}},
                      const std::string& target = "/api/v1/match", const server::Context& context = example_context()) {
    static const auto router = server::make_api_router();
    return server::handle_http(router, context, "POST", target, std::move(headers), body);
}

rapidjson::Document json_of(const server::Response& response) {
    rapidjson::Document doc;
    doc.Parse(response.body.c_str());
    BOOST_REQUIRE_MESSAGE(!doc.HasParseError(), "not JSON: " << response.body);
    return doc;
}

std::vector<std::string> major_ids(const rapidjson::Document& doc) {
    std::vector<std::string> ids;
    for (const auto& r : doc["results"].GetArray()) ids.emplace_back(r["major_id"].GetString());
    return ids;
}

// The error code and message of a failed request, checking the status.
std::pair<std::string, std::string> failure(const std::string& body, int status = 400) {
    const auto response = post(body);
    BOOST_TEST(response.status == status, body << " -> " << response.body);
    auto doc = json_of(response);
    BOOST_REQUIRE(doc.HasMember("error"));
    return {doc["error"]["code"].GetString(), doc["error"]["message"].GetString()};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(match_handlers)

BOOST_AUTO_TEST_CASE(labels_in_full_width_and_chinese_rank_majors_by_score_then_graduates_then_id) {
    const auto response = post(R"({"skills":[{"skill":"Ｐｙｔｈｏｎ","weight":1},{"skill":"结构化查询语言","weight":0.5}]})");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    const auto doc = json_of(response);
    // M1 0.7; M3 and M2 1/3 with 50 and 30 graduates in 2024; M4 and M7 1/3 without outcomes, by id.
    const std::vector<std::string> expected{"M1", "M3", "M2", "M4", "M7"};
    BOOST_TEST(major_ids(doc) == expected, boost::test_tools::per_element());
    const auto& first = doc["results"][0];
    BOOST_TEST(first["score"].GetDouble() == 0.7, tolerance(1e-6));
    BOOST_TEST(first["university_id"].GetString() == std::string("U1"));
    BOOST_TEST(first["university_name"].GetString() == std::string("江海大学"));
    BOOST_TEST(first["plan_id"].GetString() == std::string("P1"));
    BOOST_TEST(first["graduates"].GetInt() == 80);
    BOOST_TEST(first["placement_rate"].GetDouble() == 0.9, tolerance(1e-6));
    BOOST_TEST(first["covered"][1]["skill_id"].GetString() == std::string("sql"));
    BOOST_TEST(first["covered"][1]["coverage"].GetDouble() == 0.5);
    BOOST_TEST(first["covered"][1]["courses"][0]["course_id"].GetString() == std::string("C2"));
    BOOST_TEST(first["covered"][1]["courses"][0]["multiplier"].GetDouble() == 0.5);
    BOOST_TEST(first["missing"].Size() == 0u);
    const auto& m2 = doc["results"][2];
    BOOST_TEST(m2["outcome_year"].GetInt() == 2024);  // the latest year, not 2022's 100 graduates
    BOOST_TEST(m2["graduates"].GetInt() == 30);
    const auto& m4 = doc["results"][3];
    BOOST_TEST(m4["graduates"].IsNull());
    BOOST_TEST(m4["placement_rate"].IsNull());
    BOOST_TEST(m4["covered"][0]["courses"][0]["through"].GetString() == std::string("neighbour"));
    BOOST_TEST(m4["covered"][0]["courses"][0]["through_skill_id"].GetString() == std::string("prog"));
    BOOST_TEST(m4["missing"][0]["skill_id"].GetString() == std::string("sql"));
    BOOST_TEST(doc["requested"][0]["skill_id"].GetString() == std::string("python"));
    BOOST_TEST(doc["requested"][0]["input"].GetString() == std::string("Ｐｙｔｈｏｎ"));
    BOOST_TEST(doc["total_majors"].GetUint() == 7u);
    BOOST_TEST(doc["matched_majors"].GetUint() == 5u);
    BOOST_TEST(doc["snapshot"].GetUint64() == 9u);
    BOOST_TEST(doc["parameters"]["region"].IsNull());
}

BOOST_AUTO_TEST_CASE(english_labels_ids_and_bare_strings_resolve_and_a_shared_label_picks_the_own_label) {
    const auto doc = json_of(post(R"({"skills":["machine LEARNING", {"skill":"SQL"}, "prog"]})"));
    std::vector<std::string> ids;
    for (const auto& r : doc["requested"].GetArray()) ids.emplace_back(r["skill_id"].GetString());
    // "SQL" is sql's English label and sql-legacy's alternative label: the own label wins.
    const std::vector<std::string> expected{"ml", "sql", "prog"};
    BOOST_TEST(ids == expected, boost::test_tools::per_element());
    BOOST_TEST(doc["requested"][0]["weight"].GetDouble() == 1.0);
}

BOOST_AUTO_TEST_CASE(a_skill_named_twice_counts_once_with_the_larger_weight) {
    const auto doc = json_of(post(R"({"skills":[{"skill":"python","weight":0.3},{"skill":"Python 编程","weight":0.9}]})"));
    BOOST_TEST_REQUIRE(doc["requested"].Size() == 1u);
    BOOST_TEST(doc["requested"][0]["weight"].GetDouble() == 0.9);
    BOOST_TEST(doc["requested"][0]["input"].GetString() == std::string("python"));
    BOOST_TEST(doc["weight_total"].GetDouble() == 0.9);
}

BOOST_AUTO_TEST_CASE(a_near_miss_label_is_a_400_listing_the_closest_skills) {
    const auto response = post(R"({"skills":[{"skill":"python"},{"skill":"pyton"},{"skill":"机器学"}]})");
    BOOST_TEST_REQUIRE(response.status == 400, response.body);
    const auto doc = json_of(response);
    const std::string message = doc["error"]["message"].GetString();
    BOOST_TEST(doc["error"]["code"].GetString() == std::string("unknown_reference"));
    BOOST_TEST(contains(message, "skills[1]"), message);
    BOOST_TEST(contains(message, "'pyton'"), message);
    BOOST_TEST(contains(message, "Python (python)"), message);
    BOOST_TEST(contains(message, "1 more unresolved"), message);
    const auto& unresolved = doc["error"]["unresolved"];
    BOOST_TEST_REQUIRE(unresolved.Size() == 2u);
    BOOST_TEST(unresolved[0]["candidates"][0]["skill_id"].GetString() == std::string("python"));
    BOOST_TEST(unresolved[1]["field"].GetString() == std::string("skills[2]"));
    BOOST_TEST(unresolved[1]["candidates"][0]["skill_id"].GetString() == std::string("ml"));
    const auto [code, far] = failure(R"({"skills":["quantum chromodynamics"]})");
    BOOST_TEST(contains(far, "no label is close to it"), far);
}

BOOST_AUTO_TEST_CASE(an_occupation_asks_for_its_essential_skills_at_1_and_optional_at_half) {
    const auto response = post(R"({"occupation":"O1"})");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    const auto doc = json_of(response);
    // sql 1.0, python 0.5: M2 and M3 1/1.5; M1 (0.5 + 0.5*0.8)/1.5 = 0.6; M4, M7 0.5*0.5/1.5.
    const std::vector<std::string> expected{"M3", "M2", "M1", "M4", "M7"};
    BOOST_TEST(major_ids(doc) == expected, boost::test_tools::per_element());
    BOOST_TEST(doc["results"][2]["score"].GetDouble() == 0.6, tolerance(1e-6));
    BOOST_TEST(doc["results"][3]["score"].GetDouble() == 0.25 / 1.5, tolerance(1e-5));  // six decimals
    BOOST_TEST(doc["source"]["kind"].GetString() == std::string("occupation"));
    BOOST_TEST(doc["requested"][0]["input"].IsNull());
    const auto [code, message] = failure(R"({"occupation":"O9"})");
    BOOST_TEST(code == "unknown_reference");
    BOOST_TEST(contains(message, "occupation 'O9' not found"), message);
}

BOOST_AUTO_TEST_CASE(a_demand_asks_for_its_skills_or_else_its_occupation_profile) {
    auto doc = json_of(post(R"({"demand":"D1"})"));
    BOOST_TEST(doc["results"][0]["major_id"].GetString() == std::string("M1"));
    BOOST_TEST(doc["results"][0]["score"].GetDouble() == 0.8 / 1.5, tolerance(1e-6));
    BOOST_TEST(doc["results"][0]["missing"][0]["skill_id"].GetString() == std::string("ml"));
    BOOST_TEST(doc["source"]["occupation_profile_of"].IsNull());

    doc = json_of(post(R"({"demand":"D2"})"));
    BOOST_TEST(doc["source"]["occupation_profile_of"].GetString() == std::string("O1"));
    BOOST_TEST(doc["results"][0]["major_id"].GetString() == std::string("M3"));

    auto [code, message] = failure(R"({"demand":"D3"})", 422);
    BOOST_TEST(code == "no_skills");
    BOOST_TEST(contains(message, "demand 'D3' names no skills"), message);
    std::tie(code, message) = failure(R"({"demand":"D404"})");
    BOOST_TEST(code == "unknown_reference");
    BOOST_TEST(contains(message, "field 'demand'"), message);
}

BOOST_AUTO_TEST_CASE(region_limit_and_parameters_shape_the_ranking) {
    auto doc = json_of(post(R"({"skills":["python",{"skill":"sql","weight":0.5}],"region":"B"})"));
    const std::vector<std::string> in_b{"M3", "M4", "M7"};
    BOOST_TEST(major_ids(doc) == in_b, boost::test_tools::per_element());
    BOOST_TEST(doc["total_majors"].GetUint() == 4u);
    BOOST_TEST(doc["results"][0]["region"].GetString() == std::string("B"));

    doc = json_of(post(R"({"skills":["python",{"skill":"sql","weight":0.5}],"limit":2,"elective_factor":1,"taxonomy_decay":0})"));
    const std::vector<std::string> top2{"M1", "M3"};
    BOOST_TEST(major_ids(doc) == top2, boost::test_tools::per_element());
    BOOST_TEST(doc["results"][0]["score"].GetDouble() == 1.3 / 1.5, tolerance(1e-6));
    BOOST_TEST(doc["matched_majors"].GetUint() == 3u);  // without decay M4 and M7 cover nothing
    BOOST_TEST(doc["parameters"]["limit"].GetUint() == 2u);
}

BOOST_AUTO_TEST_CASE(malformed_json_and_wrong_shapes_are_400s_naming_the_field) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"skills":[)", "not valid JSON"},
        {"", "body is empty"},
        {R"(["python"])", "must be a JSON object"},
        {R"({})", "one of the fields 'skills', 'occupation' or 'demand' is required"},
        {R"({"skills":["python"],"occupation":"O1"})", "give only one"},
        {R"({"skils":["python"]})", "field 'skils' is not accepted"},
        {R"({"skills":["python"],"region":"A","region":"B"})", "field 'region' is given more than once"},
        {R"({"skills":"python"})", "field 'skills' must be an array"},
        {R"({"skills":[]})", "at least one skill"},
        {R"({"skills":[42]})", "field 'skills[0]' must be an object"},
        {R"({"skills":[{"weight":1}]})", "field 'skills[0].skill' is required"},
        {R"({"skills":[{"skill":" "}]})", "field 'skills[0].skill' must not be empty"},
        {R"({"skills":[{"skill":7}]})", "field 'skills[0].skill' must be a string, got 7"},
        {R"({"skills":["sql",{"skill":"python","weight":"high"}]})", "field 'skills[1].weight' must be a number"},
        {R"({"skills":[{"skill":"python","weight":0}]})", "field 'skills[0].weight' must be in (0, 1], got 0"},
        {R"({"skills":[{"skill":"python","weight":1.5}]})", "got 1.5"},
        {R"({"skills":[{"skill":"python","level":3}]})", "field 'skills[0].level' is not accepted"},
        {R"({"occupation":5})", "field 'occupation' must be a string"},
        {R"({"skills":["python"],"limit":0})", "field 'limit' must be an integer between 1 and 200, got 0"},
        {R"({"skills":["python"],"limit":201})", "got 201"},
        {R"({"skills":["python"],"limit":2.5})", "got 2.5"},
        {R"({"skills":["python"],"limit":"5"})", "got '5'"},
        {R"({"skills":["python"],"region":null})", "field 'region' must be a string, got null"},
        {R"({"skills":["python"],"elective_factor":2})", "field 'elective_factor' must be in [0, 1]"},
        {R"({"skills":["python"],"taxonomy_decay":true})", "field 'taxonomy_decay' must be a number"},
        {"{\"skills\":[\"\xff\"]}", "not valid JSON"},
    };
    for (const auto& [body, expected] : cases) {
        const auto [code, message] = failure(body);
        BOOST_TEST(code == "invalid_body", body);
        BOOST_TEST(contains(message, expected), body << " -> " << message);
    }
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_rejected_without_recursion) {
    const std::string deep = R"({"skills":)" + std::string(200'000, '[') + std::string(200'000, ']') + "}";
    const auto [code, message] = failure(deep);
    BOOST_TEST(code == "invalid_body");
    BOOST_TEST(contains(message, "field 'skills[0]' must be an object"), message);
}

BOOST_AUTO_TEST_CASE(a_body_that_is_not_declared_json_is_415) {
    const std::string body = R"({"skills":["python"]})";
    auto response = post(body, {});
    BOOST_TEST(response.status == 415);
    BOOST_TEST(contains(response.body, "unsupported_media_type"));
    response = post(body, {{"Content-Type", "text/plain"}});
    BOOST_TEST(response.status == 415);
    BOOST_TEST(contains(response.body, "got 'text/plain'"), response.body);
    BOOST_TEST(post(body, {{"content-type", "Application/JSON; charset=utf-8"}}).status == 200);
}

BOOST_AUTO_TEST_CASE(query_parameters_and_other_methods_are_refused) {
    auto response = post(R"({"skills":["python"]})", {{"Content-Type", "application/json"}}, "/api/v1/match?limit=5");
    BOOST_TEST(response.status == 400);
    BOOST_TEST(contains(response.body, "this route takes no parameters"), response.body);
    static const auto router = server::make_api_router();
    response = server::handle_http(router, example_context(), "GET", "/api/v1/match", {}, {});
    BOOST_TEST(response.status == 405);
}

BOOST_AUTO_TEST_CASE(answers_are_byte_identical_with_and_without_the_server_cache) {
    const std::string body = R"({"skills":["python",{"skill":"sql","weight":0.5},"机器学习"],"limit":3})";
    server::AnalysisCache cache;
    server::Context cached = example_context();
    cached.analysis = &cache;
    const auto plain = post(body);
    BOOST_TEST(plain.status == 200);
    BOOST_TEST(post(body).body == plain.body);
    BOOST_TEST(post(body, {{"Content-Type", "application/json"}}, "/api/v1/match", cached).body == plain.body);
    BOOST_TEST(post(body, {{"Content-Type", "application/json"}}, "/api/v1/match", cached).body == plain.body);
    BOOST_TEST(cache.match.misses() == 1u);
    BOOST_TEST(cache.match.hits() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
