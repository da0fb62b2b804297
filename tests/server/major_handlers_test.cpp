#include "api_client.hpp"

#include <boost/test/unit_test.hpp>

#include <vector>

using woshou::test::call;
using woshou::test::sample_context;

namespace {

std::vector<std::string> major_ids(const woshou::test::ApiResult& result) {
    std::vector<std::string> ids;
    for (const auto& major : result.json["majors"].GetArray()) ids.emplace_back(major["id"].GetString());
    return ids;
}

std::string message(const woshou::test::ApiResult& result) {
    return result.json["error"]["message"].GetString();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(major_handlers)

BOOST_AUTO_TEST_CASE(without_filters_every_major_is_listed_by_id_with_the_total) {
    auto result = call(sample_context(), "/api/v1/majors");
    BOOST_TEST(result.response.status == 200);
    BOOST_TEST(result.json["total"].GetUint64() == 4u);
    BOOST_TEST(result.json["limit"].GetUint64() == 20u);
    BOOST_TEST(result.json["offset"].GetUint64() == 0u);
    std::vector<std::string> expected{"NKU-120102", "NKU/080910T", "TJU-080901", "TJU-080902"};
    BOOST_TEST(major_ids(result) == expected, boost::test_tools::per_element());
    BOOST_TEST(std::string(result.json["majors"][2]["university_name"].GetString()) == "天津大学");
}

BOOST_AUTO_TEST_CASE(q_matches_chinese_names) {
    // 软件 percent-encoded, as a browser sends it.
    auto result = call(sample_context(), "/api/v1/majors?q=%E8%BD%AF%E4%BB%B6");
    BOOST_TEST(major_ids(result) == std::vector<std::string>{"TJU-080902"}, boost::test_tools::per_element());
    BOOST_TEST(result.json["total"].GetUint64() == 1u);
}

BOOST_AUTO_TEST_CASE(q_matches_english_names_case_insensitively_with_plus_as_space) {
    auto result = call(sample_context(), "/api/v1/majors?q=COMPUTER+science");
    BOOST_TEST(major_ids(result) == std::vector<std::string>{"TJU-080901"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(q_matches_codes_and_full_width_input) {
    BOOST_TEST(call(sample_context(), "/api/v1/majors?q=0809").json["total"].GetUint64() == 3u);
    // "０８０９１０ｔ" in full-width forms normalises to "080910t".
    auto result = call(sample_context(), "/api/v1/majors?q=%EF%BC%90%EF%BC%98%EF%BC%90%EF%BC%99%EF%BC%91%EF%BC%90%EF%BD%94");
    BOOST_TEST(major_ids(result) == std::vector<std::string>{"NKU/080910T"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(university_and_code_filters_combine) {
    BOOST_TEST(call(sample_context(), "/api/v1/majors?university=NKU").json["total"].GetUint64() == 2u);
    auto result = call(sample_context(), "/api/v1/majors?university=TJU&code=080902");
    BOOST_TEST(major_ids(result) == std::vector<std::string>{"TJU-080902"}, boost::test_tools::per_element());
    BOOST_TEST(call(sample_context(), "/api/v1/majors?code=0809").json["total"].GetUint64() == 0u);
}

BOOST_AUTO_TEST_CASE(paging_keeps_the_total_and_slices_in_id_order) {
    auto page = call(sample_context(), "/api/v1/majors?limit=2&offset=1");
    BOOST_TEST(page.json["total"].GetUint64() == 4u);
    BOOST_TEST(major_ids(page) == (std::vector<std::string>{"NKU/080910T", "TJU-080901"}),
               boost::test_tools::per_element());
    auto past_end = call(sample_context(), "/api/v1/majors?offset=10");
    BOOST_TEST(past_end.response.status == 200);
    BOOST_TEST(past_end.json["majors"].Size() == 0u);
    BOOST_TEST(past_end.json["total"].GetUint64() == 4u);
}

BOOST_AUTO_TEST_CASE(bad_limit_and_offset_are_400_naming_the_parameter) {
    for (const char* target : {"/api/v1/majors?limit=0", "/api/v1/majors?limit=201", "/api/v1/majors?limit=abc",
                               "/api/v1/majors?limit=-1", "/api/v1/majors?limit=99999999999999999999999"}) {
        auto result = call(sample_context(), target);
        BOOST_TEST(result.response.status == 400, target);
        BOOST_TEST(std::string(result.json["error"]["code"].GetString()) == "invalid_parameter");
        BOOST_TEST(message(result).find("'limit'") != std::string::npos, target);
    }
    auto result = call(sample_context(), "/api/v1/majors?offset=x1");
    BOOST_TEST(result.response.status == 400);
    BOOST_TEST(message(result).find("'offset'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_q_is_400) {
    auto result = call(sample_context(), "/api/v1/majors?q=%FF%FE");
    BOOST_TEST(result.response.status == 400);
    BOOST_TEST(message(result).find("'q'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_major_shows_plans_latest_first_grouped_by_semester) {
    auto result = call(sample_context(), "/api/v1/majors/TJU-080901");
    BOOST_TEST_REQUIRE(result.response.status == 200);
    const auto& json = result.json;
    BOOST_TEST(std::string(json["major"]["code"].GetString()) == "080901");
    BOOST_TEST(std::string(json["university"]["id"].GetString()) == "TJU");
    const auto& plans = json["plans"];
    BOOST_TEST_REQUIRE(plans.Size() == 2u);
    BOOST_TEST(std::string(plans[0]["id"].GetString()) == "TJU-080901-2024");
    BOOST_TEST(plans[0]["latest"].GetBool());
    BOOST_TEST(!plans[1]["latest"].GetBool());
    BOOST_TEST(plans[0]["course_count"].GetUint64() == 5u);
    BOOST_TEST(plans[0]["total_credits"].GetDouble() == 18.5);

    const auto& semesters = plans[0]["semesters"];
    BOOST_TEST_REQUIRE(semesters.Size() == 4u);
    BOOST_TEST(semesters[0]["semester"].GetInt() == 1);
    BOOST_TEST(semesters[0]["credits"].GetDouble() == 9.0);
    BOOST_TEST_REQUIRE(semesters[0]["courses"].Size() == 2u);
    BOOST_TEST(std::string(semesters[0]["courses"][0]["code"].GetString()) == "CS101");
    BOOST_TEST(semesters[0]["courses"][0]["skills"][0]["weight"].GetDouble() == 0.9);
    const auto& elective = semesters[2]["courses"][0];
    BOOST_TEST(std::string(elective["id"].GetString()) == "CS 250");
    BOOST_TEST(!elective["required"].GetBool());
    BOOST_TEST(elective["hours"].IsNull());
}

BOOST_AUTO_TEST_CASE(the_skill_profile_sums_weights_over_the_latest_plan_heaviest_first) {
    auto result = call(sample_context(), "/api/v1/majors/TJU-080901");
    const auto& profile = result.json["skill_profile"];
    BOOST_TEST_REQUIRE(profile.Size() == 5u);
    BOOST_TEST(std::string(profile[0]["id"].GetString()) == "S-prog");
    BOOST_TEST(profile[0]["weight"].GetDouble() == 1.3);
    // S-ds and S-os tie at 0.8: ordered by id.
    BOOST_TEST(std::string(profile[1]["id"].GetString()) == "S-ds");
    BOOST_TEST(std::string(profile[2]["id"].GetString()) == "S-os");
    BOOST_TEST(std::string(profile[4]["id"].GetString()) == "http://data.europa.eu/esco/skill/abc-123");
}

BOOST_AUTO_TEST_CASE(outcomes_carry_a_placement_rate_or_null_without_graduates) {
    auto result = call(sample_context(), "/api/v1/majors/TJU-080901");
    const auto& outcomes = result.json["outcomes"];
    BOOST_TEST_REQUIRE(outcomes.Size() == 2u);
    BOOST_TEST(outcomes[0]["year"].GetInt() == 2022);
    BOOST_TEST(outcomes[1]["placed"].GetInt() == 108);
    BOOST_TEST(outcomes[1]["placement_rate"].GetDouble() == 0.9);
    auto empty = call(sample_context(), "/api/v1/majors/NKU-120102");
    BOOST_TEST(empty.json["outcomes"][0]["placement_rate"].IsNull());
    BOOST_TEST(empty.json["plans"].Size() == 0u);
    BOOST_TEST(empty.json["skill_profile"].Size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_major_id_with_a_slash_is_reached_percent_encoded) {
    auto result = call(sample_context(), "/api/v1/majors/NKU%2F080910T");
    BOOST_TEST(result.response.status == 200);
    BOOST_TEST(std::string(result.json["major"]["id"].GetString()) == "NKU/080910T");
    BOOST_TEST(call(sample_context(), "/api/v1/majors/NKU/080910T").response.status == 404);
}

BOOST_AUTO_TEST_CASE(an_unknown_major_is_404) {
    auto result = call(sample_context(), "/api/v1/majors/XYZ%20001");
    BOOST_TEST(result.response.status == 404);
    BOOST_TEST(message(result) == "major 'XYZ 001' not found");
}

BOOST_AUTO_TEST_SUITE_END()
