#include "api_client.hpp"
#include "sample_data.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <random>

using namespace woshou;

namespace {

const char* const every_target[] = {
    "/healthz",
    "/api/v1/stats",
    "/api/v1/universities",
    "/api/v1/universities/TJU",
    "/api/v1/universities/nope",
    "/api/v1/majors?q=%E8%AE%A1%E7%AE%97",
    "/api/v1/majors?limit=2&offset=1",
    "/api/v1/majors?limit=0",
    "/api/v1/majors/TJU-080901",
    "/api/v1/courses/CS%20201",
    "/api/v1/skills?q=data",
    "/api/v1/skills/S-cs",
    "/api/v1/nowhere",
    "/api/v1/majors/TJU-080901/gap",
    "/api/v1/plans/TJU-080901-2024/gap?taxonomy_decay=0.3",
    "/api/v1/universities/TJU/gap",
    "/api/v1/demand/analysis",
};


// The sample dataset with the rows of most entities in a random order.
model::Dataset shuffled_sample() {
    model::Dataset shuffled = test::sample_dataset();
    std::mt19937 random(42);
    std::shuffle(shuffled.majors.begin(), shuffled.majors.end(), random);
    std::shuffle(shuffled.universities.begin(), shuffled.universities.end(), random);
    std::shuffle(shuffled.course_skills.begin(), shuffled.course_skills.end(), random);
    std::shuffle(shuffled.plan_courses.begin(), shuffled.plan_courses.end(), random);
    std::shuffle(shuffled.skills.begin(), shuffled.skills.end(), random);
    std::shuffle(shuffled.skill_broaders.begin(), shuffled.skill_broaders.end(), random);
    std::shuffle(shuffled.courses.begin(), shuffled.courses.end(), random);
    std::shuffle(shuffled.demands.begin(), shuffled.demands.end(), random);
    std::shuffle(shuffled.demand_skills.begin(), shuffled.demand_skills.end(), random);
    return shuffled;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(determinism)

BOOST_AUTO_TEST_CASE(the_same_data_in_any_row_order_gives_byte_identical_bodies) {
    model::Dataset shuffled = shuffled_sample();
    server::Context first{test::sample_snapshot(7), "sqlite"};
    server::Context second{graph::Snapshot::build(shuffled, 7), "sqlite"};
    for (const char* target : every_target) {
        auto a = test::call(first, target);
        auto b = test::call(second, target);
        BOOST_TEST(a.response.body == b.response.body, target);
        auto again = test::call(first, target);
        BOOST_TEST(a.response.body == again.response.body, target);
    }
}

BOOST_AUTO_TEST_CASE(every_response_including_errors_reports_the_snapshot) {
    server::Context context{test::sample_snapshot(42), "sqlite"};
    for (const char* target : every_target) {
        auto result = test::call(context, target);
        BOOST_TEST_REQUIRE(result.json.HasMember("snapshot"), target);
        BOOST_TEST(result.json["snapshot"].GetUint64() == 42u, target);
    }
    auto wrong_method = test::call(context, "/api/v1/majors", "PUT");
    BOOST_TEST(wrong_method.json["snapshot"].GetUint64() == 42u);
}

BOOST_AUTO_TEST_CASE(exports_are_byte_identical_whatever_the_row_order) {
    const auto router = server::make_api_router();
    server::Context first{test::sample_snapshot(7), "sqlite"};
    server::Context second{graph::Snapshot::build(shuffled_sample(), 7), "sqlite"};
    for (const char* target : {"/api/v1/majors/TJU-080901/gap?format=csv", "/api/v1/majors/TJU-080901/gap?format=html",
                               "/api/v1/majors/TJU-080901/gap?format=xlsx", "/api/v1/demand/analysis?format=csv"}) {
        auto a = server::handle_http(router, first, "GET", target, {}, {});
        auto b = server::handle_http(router, second, "GET", target, {}, {});
        BOOST_TEST(a.status == 200, target);
        BOOST_TEST(a.body == b.body, target);
    }
}

BOOST_AUTO_TEST_SUITE_END()
