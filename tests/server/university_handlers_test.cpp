#include "api_client.hpp"

#include <boost/test/unit_test.hpp>

using woshou::test::call;
using woshou::test::sample_context;

BOOST_AUTO_TEST_SUITE(university_handlers)

BOOST_AUTO_TEST_CASE(universities_are_listed_by_id_with_major_counts) {
    auto result = call(sample_context(), "/api/v1/universities");
    BOOST_TEST(result.response.status == 200);
    BOOST_TEST(result.json["total"].GetUint64() == 2u);
    const auto& list = result.json["universities"];
    BOOST_TEST_REQUIRE(list.Size() == 2u);
    BOOST_TEST(std::string(list[0]["id"].GetString()) == "NKU");
    BOOST_TEST(std::string(list[1]["name"].GetString()) == "天津大学");
    BOOST_TEST(list[1]["major_count"].GetUint64() == 2u);
    BOOST_TEST(list[1]["course_count"].GetUint64() == 5u);
}

BOOST_AUTO_TEST_CASE(a_university_comes_with_its_majors) {
    auto result = call(sample_context(), "/api/v1/universities/NKU");
    BOOST_TEST(result.response.status == 200);
    BOOST_TEST(std::string(result.json["university"]["name_en"].GetString()) == "Nankai University");
    const auto& majors = result.json["majors"];
    BOOST_TEST_REQUIRE(majors.Size() == 2u);
    BOOST_TEST(std::string(majors[0]["code"].GetString()) == "120102");
    BOOST_TEST(std::string(majors[1]["id"].GetString()) == "NKU/080910T");
}

BOOST_AUTO_TEST_CASE(an_unknown_university_is_404_naming_the_id) {
    auto result = call(sample_context(), "/api/v1/universities/PKU");
    BOOST_TEST(result.response.status == 404);
    BOOST_TEST(std::string(result.json["error"]["code"].GetString()) == "not_found");
    BOOST_TEST(std::string(result.json["error"]["message"].GetString()) == "university 'PKU' not found");
    BOOST_TEST(result.json["snapshot"].GetUint64() == 7u);
}

BOOST_AUTO_TEST_SUITE_END()
