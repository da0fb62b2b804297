#include "api_client.hpp"
#include "sample_data.hpp"

#include "woshou/server/url.hpp"

#include <boost/test/unit_test.hpp>

#include <vector>

using woshou::test::call;
using woshou::test::sample_context;

namespace {

std::vector<std::string> ids(const rapidjson::Value& array) {
    std::vector<std::string> out;
    for (const auto& item : array.GetArray()) out.emplace_back(item["id"].GetString());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(course_and_skill_handlers)

BOOST_AUTO_TEST_CASE(a_course_shows_prerequisites_unlocks_skills_and_plans) {
    auto result = call(sample_context(), "/api/v1/courses/CS%20201");
    BOOST_TEST_REQUIRE(result.response.status == 200);
    const auto& json = result.json;
    BOOST_TEST(std::string(json["course"]["name"].GetString()) == "数据结构");
    BOOST_TEST(json["course"]["credits"].GetDouble() == 3.5);
    BOOST_TEST(json["course"]["hours"].GetInt() == 56);
    BOOST_TEST(json["course"].HasMember("description"));
    BOOST_TEST(std::string(json["university"]["id"].GetString()) == "TJU");
    BOOST_TEST(ids(json["prerequisites"]) == std::vector<std::string>{"CS 101"}, boost::test_tools::per_element());
    BOOST_TEST(ids(json["unlocks"]) == (std::vector<std::string>{"CS 250", "CS 301"}), boost::test_tools::per_element());
    BOOST_TEST(ids(json["skills"]) == (std::vector<std::string>{"S-ds", "S-prog"}), boost::test_tools::per_element());
    BOOST_TEST(json["skills"][0]["weight"].GetDouble() == 0.8);
    const auto& plans = json["plans"];
    BOOST_TEST(ids(plans) == (std::vector<std::string>{"TJU-080901-2023", "TJU-080901-2024"}),
               boost::test_tools::per_element());
    BOOST_TEST(plans[1]["semester"].GetInt() == 2);
    BOOST_TEST(plans[1]["required"].GetBool());
    BOOST_TEST(std::string(plans[1]["major_name"].GetString()) == "计算机科学与技术");
}

BOOST_AUTO_TEST_CASE(an_unknown_course_is_404) {
    auto result = call(sample_context(), "/api/v1/courses/CS%20999");
    BOOST_TEST(result.response.status == 404);
    BOOST_TEST(std::string(result.json["error"]["message"].GetString()) == "course 'CS 999' not found");
}

BOOST_AUTO_TEST_CASE(skill_search_matches_chinese_labels) {
    auto result = call(sample_context(), "/api/v1/skills?q=%E6%95%B0%E6%8D%AE");  // 数据
    BOOST_TEST_REQUIRE(result.response.status == 200);
    auto found = ids(result.json["skills"]);
    BOOST_TEST(found.size() == 2u);
    BOOST_TEST((std::find(found.begin(), found.end(), "S-ds") != found.end()));
    BOOST_TEST(result.json["snapshot"].GetUint64() == 7u);
}

BOOST_AUTO_TEST_CASE(skill_search_matches_english_and_alternative_labels_case_insensitively) {
    auto english = call(sample_context(), "/api/v1/skills?q=Operating");
    BOOST_TEST(ids(english.json["skills"]) == std::vector<std::string>{"S-os"}, boost::test_tools::per_element());
    auto alternative = call(sample_context(), "/api/v1/skills?q=CODING");
    BOOST_TEST(ids(alternative.json["skills"]) == std::vector<std::string>{"S-prog"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(skill_search_honours_limit_and_requires_q) {
    auto limited = call(sample_context(), "/api/v1/skills?q=s&limit=1");
    BOOST_TEST(limited.json["skills"].Size() == 1u);
    BOOST_TEST(limited.json["limit"].GetUint64() == 1u);
    auto missing = call(sample_context(), "/api/v1/skills");
    BOOST_TEST(missing.response.status == 400);
    BOOST_TEST(std::string(missing.json["error"]["message"].GetString()).find("'q'") != std::string::npos);
    auto bad = call(sample_context(), "/api/v1/skills?q=x&limit=1000");
    BOOST_TEST(bad.response.status == 400);
    BOOST_TEST(std::string(bad.json["error"]["message"].GetString()).find("'limit'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_skill_shows_broader_narrower_and_teaching_courses) {
    auto group = call(sample_context(), "/api/v1/skills/S-cs");
    BOOST_TEST_REQUIRE(group.response.status == 200);
    BOOST_TEST(group.json["broader"].Size() == 0u);
    BOOST_TEST(group.json["narrower"].Size() == 4u);

    auto prog = call(sample_context(), "/api/v1/skills/S-prog");
    BOOST_TEST(ids(prog.json["broader"]) == std::vector<std::string>{"S-cs"}, boost::test_tools::per_element());
    BOOST_TEST(ids(prog.json["courses"]) == (std::vector<std::string>{"CS 101", "CS 201"}),
               boost::test_tools::per_element());
    BOOST_TEST(prog.json["courses"][1]["weight"].GetDouble() == 0.4);
    const auto& alt = prog.json["skill"]["alt_labels"];
    BOOST_TEST_REQUIRE(alt.Size() == 2u);
    BOOST_TEST(std::string(alt[1].GetString()) == "写代码");
}

BOOST_AUTO_TEST_CASE(an_esco_uri_skill_is_reached_percent_encoded) {
    std::string target = "/api/v1/skills/" + woshou::server::percent_encode(woshou::test::esco_skill_id);
    auto result = call(sample_context(), target);
    BOOST_TEST_REQUIRE(result.response.status == 200);
    BOOST_TEST(std::string(result.json["skill"]["source"].GetString()) == "esco");
    BOOST_TEST(ids(result.json["courses"]) == std::vector<std::string>{"CS 250"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_unknown_skill_is_404) {
    auto result = call(sample_context(), "/api/v1/skills/nope");
    BOOST_TEST(result.response.status == 404);
    BOOST_TEST(std::string(result.json["error"]["code"].GetString()) == "not_found");
}

BOOST_AUTO_TEST_SUITE_END()
