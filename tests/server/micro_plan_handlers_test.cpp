// POST /api/v1/micro-majors/evaluate and /recommend on the hand-computed case
// of docs/micro-majors.md, through the whole non-socket request path.
#include "woshou/graph/snapshot.hpp"
#include "woshou/server/router.hpp"
#include "micro_major_example.hpp"

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

using namespace woshou;
using boost::test_tools::tolerance;

namespace {

const server::Context& example_context() {
    static const server::Context context{graph::Snapshot::build(test::micro_major_example(), 4), "sqlite"};
    return context;
}

server::Response post(const std::string& target, const std::string& body,
                      const server::Context& context = example_context()) {
    static const auto router = server::make_api_router();
    return server::handle_http(router, context, "POST", target, {{"Content-Type", "application/json"}}, body);
}

rapidjson::Document json_of(const server::Response& response) {
    rapidjson::Document doc;
    doc.Parse(response.body.c_str());
    BOOST_REQUIRE_MESSAGE(!doc.HasParseError(), "not JSON: " << response.body);
    return doc;
}

std::vector<std::string> strings(const rapidjson::Value& list) {
    std::vector<std::string> out;
    for (const auto& v : list.GetArray()) out.emplace_back(v.GetString());
    return out;
}

// The error code and message of a refused request, checking the status.
std::pair<std::string, std::string> refusal(const std::string& target, const std::string& body, int status) {
    const auto response = post(target, body);
    BOOST_TEST(response.status == status, body << " -> " << response.body);
    auto doc = json_of(response);
    BOOST_REQUIRE(doc.HasMember("error"));
    return {doc["error"]["code"].GetString(), doc["error"]["message"].GetString()};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::string evaluate = "/api/v1/micro-majors/evaluate";
const std::string recommend = "/api/v1/micro-majors/recommend";

}  // namespace

BOOST_AUTO_TEST_SUITE(micro_plan_handlers)

BOOST_AUTO_TEST_CASE(evaluate_answers_the_hand_computed_case) {
    const auto response = post(evaluate, R"({"plan":"P","courses":["C5","C6"],"max_credits_per_term":4})");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    const auto doc = json_of(response);
    BOOST_TEST(doc["plan"]["id"].GetString() == std::string("P"));
    BOOST_TEST(doc["alignment_before"].GetDouble() == 0.508333, tolerance(1e-6));
    BOOST_TEST(doc["alignment_after"].GetDouble() == 0.991667, tolerance(1e-6));
    BOOST_TEST(doc["gain"].GetDouble() == 0.483333, tolerance(1e-6));
    BOOST_TEST(doc["credits"].GetDouble() == 7.0);
    BOOST_TEST(strings(doc["courses"]) == (std::vector<std::string>{"C5", "C7", "C6"}));
    BOOST_TEST(strings(doc["prerequisites_added"]) == std::vector<std::string>{"C7"});
    BOOST_TEST(doc["terms"].Size() == 3u);
    BOOST_TEST(doc["gaps_closed"].GetUint64() == 3u);
    const auto& first = doc["gap_changes"][0];
    BOOST_TEST(first["skill_id"].GetString() == std::string("sql"));
    BOOST_TEST(first["closed"].GetBool());
    BOOST_TEST(strings(first["courses"]) == std::vector<std::string>{"C6"});
    const auto& c7 = doc["bundle"][1];
    BOOST_TEST(c7["course_id"].GetString() == std::string("C7"));
    BOOST_TEST(c7["role"].GetString() == std::string("prerequisite"));
    BOOST_TEST(strings(c7["required_by"]) == std::vector<std::string>{"C6"});
}

BOOST_AUTO_TEST_CASE(recommend_finds_the_optimum_and_the_close_alternative) {
    const auto response = post(recommend, R"({"major":"M","credit_budget":4})");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    const auto doc = json_of(response);
    BOOST_TEST(doc["plan"]["id"].GetString() == std::string("P"));  // the latest plan of M
    BOOST_TEST(doc["method"].GetString() == std::string("exact"));
    BOOST_TEST(doc["guarantee"].GetDouble() == 1.0);
    BOOST_TEST(doc["pool"].GetString() == std::string("university"));
    BOOST_TEST(strings(doc["courses"]) == (std::vector<std::string>{"C7", "C6"}));
    BOOST_TEST(doc["credits"].GetDouble() == 4.0);
    BOOST_TEST(doc["search"]["candidates"].GetUint64() == 3u);
    BOOST_TEST_REQUIRE(doc["alternatives"].Size() >= 1u);
    BOOST_TEST(strings(doc["alternatives"][0]["courses"]) == std::vector<std::string>{"C5"});
    BOOST_TEST(strings(doc["alternatives"][0]["instead_of"]) == (std::vector<std::string>{"C7", "C6"}));
}

BOOST_AUTO_TEST_CASE(bad_requests_name_the_field) {
    auto [code, message] = refusal(evaluate, R"({"plan":"P","courses":["C5","C99"]})", 400);
    BOOST_TEST(code == "invalid_body");
    BOOST_TEST(contains(message, "courses[1]"), message);
    BOOST_TEST(contains(message, "C99"), message);
    std::tie(code, message) = refusal(evaluate, R"({"plan":"P","major":"M","courses":["C5"]})", 400);
    BOOST_TEST(contains(message, "not both"), message);
    std::tie(code, message) = refusal(evaluate, R"({"courses":["C5"]})", 400);
    BOOST_TEST(contains(message, "'plan' or 'major' is required"), message);
    std::tie(code, message) = refusal(evaluate, R"({"plan":"P","courses":[]})", 400);
    BOOST_TEST(contains(message, "at least one course"), message);
    std::tie(code, message) = refusal(evaluate, R"({"plan":"P","courses":["C5"],"scope":{"employer":"nobody"}})", 400);
    BOOST_TEST(contains(message, "scope.employer"), message);
    std::tie(code, message) = refusal(evaluate, R"({"plan":"P","courses":["C5"],"budget":3})", 400);
    BOOST_TEST(contains(message, "'budget' is not accepted"), message);
    std::tie(code, message) = refusal(recommend, R"({"plan":"P","pool":"galaxy"})", 400);
    BOOST_TEST(contains(message, "'pool'"), message);
    std::tie(code, message) = refusal(recommend, R"({"plan":"P","credit_budget":0})", 400);
    BOOST_TEST(contains(message, "credit_budget"), message);
    std::tie(code, message) = refusal(evaluate, R"({"plan":"P","courses":["C5"],"scope":{"region":"nowhere"}})", 422);
    BOOST_TEST(code == "empty_scope");
}

BOOST_AUTO_TEST_CASE(impossible_recommendations_are_explained) {
    auto [code, message] = refusal(recommend, R"({"plan":"P","pool":["C1","C2"]})", 422);
    BOOST_TEST(code == "empty_pool");
    BOOST_TEST(contains(message, "already in the plan"), message);
    std::tie(code, message) = refusal(recommend, R"({"plan":"P","pool":["C5","C6"],"credit_budget":1})", 422);
    BOOST_TEST(code == "over_budget");
    BOOST_TEST(contains(message, "C5 (3 credits)"), message);
    std::tie(code, message) = refusal(recommend, R"({"plan":"P","pool":["C8"]})", 422);
    BOOST_TEST(code == "no_gain");
}

BOOST_AUTO_TEST_CASE(a_prerequisite_cycle_is_a_400_naming_it) {
    auto data = test::micro_major_example();
    data.prerequisites.push_back({"C7", "C8"});
    data.prerequisites.push_back({"C8", "C6"});
    const server::Context context{graph::Snapshot::build(data, 5), "sqlite"};
    const auto response = post(evaluate, R"({"plan":"P","courses":["C6"]})", context);
    BOOST_TEST(response.status == 400);
    const auto doc = json_of(response);
    BOOST_TEST(doc["error"]["code"].GetString() == std::string("prerequisite_cycle"));
    BOOST_TEST(contains(doc["error"]["message"].GetString(), "C6 -> C7 -> C8 -> C6"));
}

BOOST_AUTO_TEST_SUITE_END()
