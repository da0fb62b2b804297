#include "api_client.hpp"

#include "sample_data.hpp"

#include <boost/test/unit_test.hpp>

namespace woshou::test {

ApiResult call(const server::Context& context, const std::string& target, const std::string& method,
               const std::string& body) {
    static const server::Router router = server::make_api_router();
    ApiResult result;
    result.response = server::handle_http(router, context, method, target, {}, body);
    result.json.Parse(result.response.body.c_str());
    BOOST_TEST_REQUIRE(!result.json.HasParseError(), "body of " << target << " is not JSON: " << result.response.body);
    BOOST_TEST_REQUIRE(result.json.IsObject());
    return result;
}

const server::Context& sample_context() {
    static const server::Context context{sample_snapshot(7), "sqlite"};
    return context;
}

std::string header_of(const server::Response& response, const std::string& name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return {};
}

}  // namespace woshou::test
