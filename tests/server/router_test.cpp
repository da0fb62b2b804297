#include "api_client.hpp"
#include "sample_data.hpp"

#include <boost/test/unit_test.hpp>

#include <stdexcept>

using namespace woshou;
using woshou::test::call;
using woshou::test::sample_context;

namespace {

std::string error_code(const test::ApiResult& result) {
    return result.json["error"]["code"].GetString();
}

std::string error_message(const test::ApiResult& result) {
    return result.json["error"]["message"].GetString();
}

server::Response throwing_handler(const server::Request&, const server::Context&) {
    throw std::runtime_error("secret table name in SQL");
}

server::Response echo_id(const server::Request& request, const server::Context&) {
    server::Response response;
    response.body = request.path_param("id");
    return response;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(router)

BOOST_AUTO_TEST_CASE(unknown_path_is_404_route_not_found_in_the_envelope) {
    auto result = call(sample_context(), "/api/v1/nothing");
    BOOST_TEST(result.response.status == 404);
    BOOST_TEST(error_code(result) == "route_not_found");
    BOOST_TEST(result.json["snapshot"].GetUint64() == 7u);
}

BOOST_AUTO_TEST_CASE(trailing_slash_or_empty_id_is_not_a_route) {
    BOOST_TEST(call(sample_context(), "/api/v1/majors/").response.status == 404);
    BOOST_TEST(call(sample_context(), "/api/v1/stats/").response.status == 404);
}

BOOST_AUTO_TEST_CASE(post_to_a_get_route_is_405_with_allow_header) {
    auto result = call(sample_context(), "/api/v1/stats", "POST");
    BOOST_TEST(result.response.status == 405);
    BOOST_TEST(error_code(result) == "method_not_allowed");
    BOOST_TEST(test::header_of(result.response, "Allow") == "GET");
}

BOOST_AUTO_TEST_CASE(delete_of_an_entity_is_405) {
    auto result = call(sample_context(), "/api/v1/majors/TJU-080901", "DELETE");
    BOOST_TEST(result.response.status == 405);
    BOOST_TEST(test::header_of(result.response, "Allow") == "GET");
}

BOOST_AUTO_TEST_CASE(a_body_on_a_route_that_takes_none_is_415) {
    auto result = call(sample_context(), "/api/v1/stats", "GET", "{\"a\":1}");
    BOOST_TEST(result.response.status == 415);
    BOOST_TEST(error_code(result) == "unsupported_media_type");
}

BOOST_AUTO_TEST_CASE(internal_errors_are_500_without_details) {
    server::Router router;
    router.add("GET", "/boom", throwing_handler);
    auto response = router.respond(server::make_request("GET", "/boom"), sample_context());
    BOOST_TEST(response.status == 500);
    BOOST_TEST(response.body.find("secret") == std::string::npos);
    BOOST_TEST(response.body.find("\"internal_error\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(path_parameters_are_percent_decoded_after_splitting) {
    server::Router router;
    router.add("GET", "/things/{id}", echo_id);
    auto response = router.respond(
        server::make_request("GET", "/things/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Fx%20y+z"), sample_context());
    BOOST_TEST(response.status == 200);
    BOOST_TEST(response.body == "http://data.europa.eu/esco/skill/x y+z");
}

BOOST_AUTO_TEST_CASE(malformed_path_escape_is_400) {
    auto result = call(sample_context(), "/api/v1/majors/%ZZ");
    BOOST_TEST(result.response.status == 400);
    BOOST_TEST(error_code(result) == "bad_request");
}

BOOST_AUTO_TEST_CASE(unknown_query_parameter_is_400_naming_it) {
    auto result = call(sample_context(), "/api/v1/majors?limt=5");
    BOOST_TEST(result.response.status == 400);
    BOOST_TEST(error_code(result) == "invalid_parameter");
    BOOST_TEST(error_message(result).find("'limt'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(repeated_query_parameter_is_400) {
    auto result = call(sample_context(), "/api/v1/majors?q=a&q=b");
    BOOST_TEST(result.response.status == 400);
    BOOST_TEST(error_message(result).find("more than once") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
