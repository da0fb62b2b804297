// ResponseCache: keys tell requests apart, least recently used bodies go first,
// and a cached gap report is byte-identical to a computed one.
#include "woshou/server/analysis_cache.hpp"
#include "woshou/server/response_cache.hpp"
#include "woshou/server/router.hpp"
#include "micro_major_example.hpp"

#include <boost/test/unit_test.hpp>

using namespace woshou;
using namespace woshou::server;

namespace {

Request get(const std::string& path, Fields query = {}, Fields headers = {}) {
    Request r;
    r.method = "GET";
    r.path = path;
    r.query = std::move(query);
    r.headers = std::move(headers);
    return r;
}

Response body(std::size_t size) {
    Response r;
    r.body.assign(size, 'x');
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(response_cache)

BOOST_AUTO_TEST_CASE(keys_differ_by_version_path_query_and_accept) {
    const auto base = ResponseCache::key_of(get("/a", {{"limit", "5"}}), 1);
    BOOST_TEST(base == ResponseCache::key_of(get("/a", {{"limit", "5"}}), 1));
    BOOST_TEST(base != ResponseCache::key_of(get("/a", {{"limit", "5"}}), 2));
    BOOST_TEST(base != ResponseCache::key_of(get("/b", {{"limit", "5"}}), 1));
    BOOST_TEST(base != ResponseCache::key_of(get("/a", {{"limit", "6"}}), 1));
    BOOST_TEST(base != ResponseCache::key_of(get("/a", {{"limit", "5"}}, {{"Accept", "text/csv"}}), 1));
    // A name and value are not confused with another split of the same characters.
    BOOST_TEST(ResponseCache::key_of(get("/a", {{"ab", "c"}}), 1) != ResponseCache::key_of(get("/a", {{"a", "bc"}}), 1));
}

BOOST_AUTO_TEST_CASE(the_least_recently_used_body_goes_first) {
    ResponseCache cache(2400);  // bodies of 500 bytes + 1-byte keys: 4 fit, a fifth evicts one
    cache.insert("a", body(500));
    cache.insert("b", body(500));
    cache.insert("c", body(500));
    BOOST_TEST(cache.find("a") != nullptr);  // a is now the most recent
    cache.insert("d", body(500));
    BOOST_TEST(cache.find("b") != nullptr);  // 2,004 bytes: all kept; b is now the most recent
    cache.insert("e", body(500));            // 2,505 bytes: c, the least recent, goes
    BOOST_TEST(cache.find("c") == nullptr);
    for (const char* key : {"a", "b", "d", "e"}) BOOST_TEST(cache.find(key) != nullptr, key);
    cache.insert("huge", body(700));         // over a quarter of the budget: not kept
    BOOST_TEST(cache.find("huge") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_cached_gap_report_is_the_computed_one) {
    AnalysisCache analysis;
    const Context cached{graph::Snapshot::build(test::micro_major_example(), 3), "sqlite", &analysis};
    const Context uncached{cached.snapshot, "sqlite"};
    const auto router = make_api_router();
    for (const char* target : {"/api/v1/majors/M/gap", "/api/v1/majors/M/gap?limit=2", "/api/v1/plans/P2/gap?format=csv"}) {
        const auto first = handle_http(router, cached, "GET", target, {}, "");
        const auto again = handle_http(router, cached, "GET", target, {}, "");
        const auto computed = handle_http(router, uncached, "GET", target, {}, "");
        BOOST_TEST(first.status == 200);
        BOOST_TEST(again.body == computed.body, target);
        BOOST_TEST(again.content_type == computed.content_type);
        BOOST_TEST(analysis.responses.find(ResponseCache::key_of(get("/api/v1/majors/M/gap"), 3)) != nullptr);
    }
    // A refusal is not kept: the same bad request is refused again, from scratch.
    BOOST_TEST(handle_http(router, cached, "GET", "/api/v1/majors/M/gap?industry=none", {}, "").status == 422);
    BOOST_TEST(handle_http(router, cached, "GET", "/api/v1/majors/M/gap?industry=none", {}, "").status == 422);
}

BOOST_AUTO_TEST_SUITE_END()
