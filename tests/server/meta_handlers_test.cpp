#include "api_client.hpp"
#include "sample_data.hpp"

#include <boost/test/unit_test.hpp>

using namespace woshou;
using woshou::test::call;
using woshou::test::sample_context;

BOOST_AUTO_TEST_SUITE(meta_handlers)

BOOST_AUTO_TEST_CASE(healthz_reports_ok_and_the_snapshot_version) {
    auto result = call(sample_context(), "/healthz");
    BOOST_TEST(result.response.status == 200);
    BOOST_TEST(std::string(result.json["status"].GetString()) == "ok");
    BOOST_TEST(result.json["snapshot"].GetUint64() == 7u);
    BOOST_TEST(result.response.content_type == "application/json; charset=utf-8");
}

BOOST_AUTO_TEST_CASE(stats_counts_every_entity_and_skill_groups_apart) {
    auto result = call(sample_context(), "/api/v1/stats");
    BOOST_TEST(result.response.status == 200);
    const auto& counts = result.json["counts"];
    BOOST_TEST(counts["universities"].GetUint64() == 2u);
    BOOST_TEST(counts["majors"].GetUint64() == 4u);
    BOOST_TEST(counts["plans"].GetUint64() == 2u);
    BOOST_TEST(counts["courses"].GetUint64() == 5u);
    BOOST_TEST(counts["skills"].GetUint64() == 5u);
    BOOST_TEST(counts["skill_groups"].GetUint64() == 1u);
    BOOST_TEST(counts["occupations"].GetUint64() == 1u);
    BOOST_TEST(counts["employers"].GetUint64() == 1u);
    BOOST_TEST(counts["demands"].GetUint64() == 1u);
    BOOST_TEST(std::string(result.json["backend"].GetString()) == "sqlite");
    BOOST_TEST(result.json["snapshot"].GetUint64() == 7u);
}

BOOST_AUTO_TEST_CASE(stats_reports_the_backend_of_the_context) {
    server::Context context{test::sample_snapshot(3), "postgresql"};
    auto result = call(context, "/api/v1/stats");
    BOOST_TEST(std::string(result.json["backend"].GetString()) == "postgresql");
    BOOST_TEST(result.json["snapshot"].GetUint64() == 3u);
}

BOOST_AUTO_TEST_CASE(parameters_on_parameterless_routes_are_rejected) {
    auto result = call(sample_context(), "/api/v1/stats?verbose=1");
    BOOST_TEST(result.response.status == 400);
    BOOST_TEST(std::string(result.json["error"]["message"].GetString()).find("'verbose'") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
