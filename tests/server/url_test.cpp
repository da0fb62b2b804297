#include "woshou/server/http.hpp"
#include "woshou/server/url.hpp"

#include <boost/test/unit_test.hpp>

using namespace woshou::server;

BOOST_AUTO_TEST_SUITE(url)

BOOST_AUTO_TEST_CASE(percent_escapes_and_plus_decode_in_queries) {
    BOOST_TEST(*percent_decode("a%20b+c%2Fd", true) == "a b c/d");
    BOOST_TEST(*percent_decode("a+b", false) == "a+b");
    BOOST_TEST(*percent_decode("%E8%AE%A1%E7%AE%97%E6%9C%BA", true) == "计算机");
}

BOOST_AUTO_TEST_CASE(truncated_or_non_hex_escapes_are_rejected) {
    BOOST_TEST(!percent_decode("abc%", true));
    BOOST_TEST(!percent_decode("abc%4", true));
    BOOST_TEST(!percent_decode("%zz", true));
}

BOOST_AUTO_TEST_CASE(encoding_then_decoding_an_esco_uri_round_trips) {
    std::string uri = "http://data.europa.eu/esco/skill/abc 123";
    std::string encoded = percent_encode(uri);
    BOOST_TEST(encoded.find('/') == std::string::npos);
    BOOST_TEST(*percent_decode(encoded, false) == uri);
}

BOOST_AUTO_TEST_CASE(targets_split_into_path_and_decoded_parameters_in_order) {
    Request request = make_request("GET", "/api/v1/majors?q=%E8%BD%AF%E4%BB%B6+x&limit=5&flag&&b=");
    BOOST_TEST(request.path == "/api/v1/majors");
    BOOST_TEST_REQUIRE(request.query.size() == 4u);
    BOOST_TEST(request.query[0].first == "q");
    BOOST_TEST(request.query[0].second == "软件 x");
    BOOST_TEST(*request.query_param("limit") == "5");
    BOOST_TEST(request.query_param("flag")->empty());
    BOOST_TEST(request.query_param("missing") == nullptr);
}

BOOST_AUTO_TEST_CASE(malformed_query_escape_is_a_bad_request_naming_the_parameter) {
    try {
        make_request("GET", "/api/v1/majors?q=%G1");
        BOOST_FAIL("expected HttpError");
    } catch (const HttpError& error) {
        BOOST_TEST(error.status() == 400);
        BOOST_TEST(error.code() == "bad_request");
        BOOST_TEST(std::string(error.what()).find("'q'") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(headers_are_found_case_insensitively) {
    Request request = make_request("GET", "/", {{"Content-Type", "text/plain"}});
    BOOST_TEST_REQUIRE(request.header("content-type") != nullptr);
    BOOST_TEST(*request.header("CONTENT-TYPE") == "text/plain");
}

BOOST_AUTO_TEST_SUITE_END()
