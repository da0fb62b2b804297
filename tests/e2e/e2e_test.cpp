// End to end: a real woshoud process on an ephemeral port, a real SQLite
// file, real HTTP over a socket.
#include "http_connection.hpp"
#include "sample_data.hpp"
#include "server_process.hpp"

#include "woshou/sql/accounts.hpp"
#include "woshou/sql/database.hpp"

#include <boost/test/unit_test.hpp>
#include <rapidjson/document.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace woshou;
using e2e::HttpConnection;

namespace {

// A fresh SQLite file under the temp directory holding the sample dataset,
// removed (with its WAL and journal files) at scope exit.
struct TempDatabase {
    TempDatabase()
        : path(std::filesystem::temp_directory_path() /
               ("woshou-e2e-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".db")) {
        remove_files();
        sql::Database::open(connection())->upsert(test::sample_dataset());
    }
    ~TempDatabase() { remove_files(); }
    std::string connection() const { return "sqlite:" + path.string(); }
    void remove_files() const {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path.string() + suffix);
    }

    std::filesystem::path path;
    static inline int counter = 0;
};

// The sample data and a woshoud serving it with small limits, so the limit
// cases need only small requests.
struct RunningServer {
    RunningServer() {
        server.emplace(database.connection(), std::vector<std::string>{
                                                  "--threads", "2", "--body-limit", "1024",
                                                  "--max-requests-per-connection", "3", "--reload-interval", "0.1"});
    }
    std::string connection() const { return database.connection(); }
    int port() const { return server->port(); }

    TempDatabase database;  // declared first: destroyed after the server stops
    std::optional<e2e::ServerProcess> server;
};

rapidjson::Document parse(const std::string& body) {
    rapidjson::Document json;
    json.Parse(body.c_str());
    BOOST_TEST_REQUIRE(!json.HasParseError(), "not JSON: " << body);
    return json;
}

bool healthy(int port) {
    HttpConnection connection(port);
    auto reply = connection.get("/healthz");
    return reply && reply->status == 200;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(end_to_end, RunningServer)

BOOST_AUTO_TEST_CASE(healthz_answers_json_with_the_snapshot_version) {
    HttpConnection connection(port());
    auto reply = connection.get("/healthz");
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 200);
    BOOST_TEST(reply->headers["content-type"] == "application/json; charset=utf-8");
    auto json = parse(reply->body);
    BOOST_TEST(std::string(json["status"].GetString()) == "ok");
    BOOST_TEST(json["snapshot"].IsUint64());
}

BOOST_AUTO_TEST_CASE(a_major_page_is_served_from_the_database) {
    HttpConnection connection(port());
    auto reply = connection.get("/api/v1/majors/TJU-080901");
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 200);
    auto json = parse(reply->body);
    BOOST_TEST(std::string(json["major"]["name"].GetString()) == "计算机科学与技术");
    BOOST_TEST(json["plans"].Size() == 2u);
    BOOST_TEST(std::string(json["skill_profile"][0]["id"].GetString()) == "S-prog");

    auto stats = parse(connection.get("/api/v1/stats")->body);
    BOOST_TEST(std::string(stats["backend"].GetString()) == "sqlite");
    BOOST_TEST(stats["counts"]["majors"].GetUint64() == 4u);
}

BOOST_AUTO_TEST_CASE(a_gap_report_is_served_in_json_and_csv_over_the_wire) {
    HttpConnection connection(port());
    auto reply = connection.get("/api/v1/majors/TJU-080901/gap");
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST_REQUIRE(reply->status == 200, reply->body);
    auto json = parse(reply->body);
    // One demand asks for S-sql only, taught by the elective CS 250 at weight 0.7: A = 0.5 x 0.7.
    BOOST_TEST(json["alignment"].GetDouble() == 0.35, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(std::string(json["gaps"][0]["skill_id"].GetString()) == "S-sql");
    auto csv = connection.get("/api/v1/majors/TJU-080901/gap?format=csv");
    BOOST_TEST_REQUIRE(csv.has_value());
    BOOST_TEST(csv->status == 200);
    BOOST_TEST(csv->body.find("S-sql") != std::string::npos);
    auto empty = connection.get("/api/v1/majors/TJU-080901/gap?industry=none");
    BOOST_TEST_REQUIRE(empty.has_value());
    BOOST_TEST(empty->status == 422);
}

BOOST_AUTO_TEST_CASE(two_requests_share_one_keep_alive_connection) {
    HttpConnection connection(port());
    auto first = connection.get("/healthz");
    auto second = connection.get("/api/v1/majors?q=software");
    BOOST_TEST_REQUIRE(first.has_value());
    BOOST_TEST_REQUIRE(second.has_value());
    BOOST_TEST(first->headers.count("connection") == 0u);  // HTTP/1.1 default: keep alive
    BOOST_TEST(second->status == 200);
    BOOST_TEST(parse(second->body)["total"].GetUint64() == 1u);
}

BOOST_AUTO_TEST_CASE(pipelined_requests_are_answered_in_order) {
    HttpConnection connection(port());
    BOOST_TEST_REQUIRE(connection.send("GET /api/v1/universities/TJU HTTP/1.1\r\nHost: x\r\n\r\n"
                                       "GET /api/v1/universities/NKU HTTP/1.1\r\nHost: x\r\n\r\n"));
    auto first = connection.receive();
    auto second = connection.receive();
    BOOST_TEST_REQUIRE((first && second));
    BOOST_TEST(std::string(parse(first->body)["university"]["id"].GetString()) == "TJU");
    BOOST_TEST(std::string(parse(second->body)["university"]["id"].GetString()) == "NKU");
}

BOOST_AUTO_TEST_CASE(the_connection_closes_after_the_request_cap) {
    HttpConnection connection(port());
    for (int i = 1; i <= 3; ++i) {
        auto reply = connection.get("/healthz");
        BOOST_TEST_REQUIRE(reply.has_value());
        BOOST_TEST((reply->headers["connection"] == "close") == (i == 3), "request " << i);
    }
    BOOST_TEST(connection.closed_by_server());
}

BOOST_AUTO_TEST_CASE(a_body_over_the_limit_is_413_and_the_server_keeps_running) {
    HttpConnection connection(port());
    std::string body(64 * 1024, 'x');
    connection.send("POST /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: " +
                    std::to_string(body.size()) + "\r\n\r\n" + body);
    auto reply = connection.receive();
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 413);
    auto json = parse(reply->body);
    BOOST_TEST(std::string(json["error"]["code"].GetString()) == "payload_too_large");
    BOOST_TEST(reply->headers["connection"] == "close");
    BOOST_TEST(healthy(port()));
}

BOOST_AUTO_TEST_CASE(a_chunked_body_over_the_limit_is_413) {
    HttpConnection connection(port());
    std::string chunk(2000, 'y');
    char size[16];
    std::snprintf(size, sizeof size, "%zx", chunk.size());
    connection.send("POST /api/v1/stats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
                    std::string(size) + "\r\n" + chunk + "\r\n0\r\n\r\n");
    auto reply = connection.receive();
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 413);
}

BOOST_AUTO_TEST_CASE(a_small_body_on_a_get_only_route_is_405) {
    HttpConnection connection(port());
    connection.send("POST /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    auto reply = connection.receive();
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 405);
    BOOST_TEST(reply->headers["allow"] == "GET");
}

BOOST_AUTO_TEST_CASE(a_malformed_request_line_is_400_and_the_server_keeps_running) {
    HttpConnection connection(port());
    connection.send("THIS IS NOT HTTP\r\n\r\n");
    auto reply = connection.receive();
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 400);
    BOOST_TEST(std::string(parse(reply->body)["error"]["code"].GetString()) == "bad_request");
    BOOST_TEST(connection.closed_by_server());
    BOOST_TEST(healthy(port()));
}

BOOST_AUTO_TEST_CASE(oversized_headers_are_431) {
    HttpConnection connection(port());
    connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(16 * 1024, 'h') + "\r\n\r\n");
    auto reply = connection.receive();
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 431);
    BOOST_TEST(healthy(port()));
}

BOOST_AUTO_TEST_CASE(an_esco_uri_id_works_percent_encoded_over_the_wire) {
    HttpConnection connection(port());
    auto reply = connection.get("/api/v1/skills/http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2Fabc-123");
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 200);
    BOOST_TEST(std::string(parse(reply->body)["skill"]["label_en"].GetString()) == "use databases");
}

BOOST_AUTO_TEST_CASE(an_import_into_the_database_reaches_the_running_server) {
    HttpConnection client(port());
    auto before = parse(client.get("/api/v1/stats")->body);
    BOOST_TEST(before["counts"]["universities"].GetUint64() == 2u);

    // What `woshou import` does from another process: a write through its own connection.
    model::Dataset more;
    more.universities.push_back({"TUT", "天津理工大学", "Tianjin University of Technology", "天津"});
    sql::Database::open(connection())->upsert(more);

    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    std::uint64_t universities = 2;
    rapidjson::Document after;
    while (universities == 2 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        after = parse(HttpConnection(port()).get("/api/v1/stats")->body);
        universities = after["counts"]["universities"].GetUint64();
    }
    BOOST_TEST(universities == 3u);
    BOOST_TEST(after["snapshot"].GetUint64() != before["snapshot"].GetUint64());
}

BOOST_AUTO_TEST_CASE(sigterm_with_an_idle_keep_alive_connection_exits_zero_promptly) {
    HttpConnection idle(port());
    BOOST_TEST_REQUIRE(idle.get("/healthz").has_value());
    auto started = std::chrono::steady_clock::now();
    int status = server->signal_and_wait(SIGTERM, 10);
    BOOST_TEST_REQUIRE(status != -1, "woshoud did not exit within 10 s of SIGTERM");
    BOOST_TEST(WIFEXITED(status));
    BOOST_TEST(WEXITSTATUS(status) == 0);
    auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    BOOST_TEST(elapsed < 5.0, "shutdown took " << elapsed << " s");
    BOOST_TEST(idle.closed_by_server());
}

BOOST_AUTO_TEST_CASE(sigterm_lets_a_request_under_way_finish_then_exits_zero) {
    HttpConnection client(port());
    // Half a request: the server has started reading it when the signal arrives.
    BOOST_TEST_REQUIRE(client.send("GET /api/v1/majors/TJU-080902 HTTP/1.1\r\nHost: x\r\n"));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    ::kill(server->pid(), SIGTERM);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    BOOST_TEST(server->running());
    BOOST_TEST_REQUIRE(client.send("\r\n"));
    auto reply = client.receive();
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST(reply->status == 200);
    BOOST_TEST(reply->headers["connection"] == "close");
    BOOST_TEST(std::string(parse(reply->body)["major"]["name"].GetString()) == "软件工程");
    int status = server->signal_and_wait(0, 10);
    BOOST_TEST_REQUIRE(status != -1, "woshoud did not exit after finishing the request");
    BOOST_TEST(WIFEXITED(status));
    BOOST_TEST(WEXITSTATUS(status) == 0);
}

BOOST_AUTO_TEST_CASE(a_new_connection_after_sigterm_is_refused) {
    BOOST_TEST_REQUIRE(server->signal_and_wait(SIGTERM, 10) != -1);
    BOOST_CHECK_THROW(HttpConnection{port()}, std::runtime_error);
}

BOOST_AUTO_TEST_CASE(a_match_is_posted_as_json_and_ranks_the_majors) {
    // TJU-080901's latest plan: cov(programming) = min(1, 0.9 + 0.4) = 1; cov(SQL) = 0.5 x 0.7 (elective).
    const std::string body = R"({"skills":[{"skill":"coding","weight":1},{"skill":"结构化查询语言","weight":0.5}]})";
    HttpConnection connection(port());
    BOOST_TEST_REQUIRE(connection.send("POST /api/v1/match HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                       "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body));
    auto reply = connection.receive();
    BOOST_TEST_REQUIRE(reply.has_value());
    BOOST_TEST_REQUIRE(reply->status == 200, reply->body);
    auto json = parse(reply->body);
    BOOST_TEST_REQUIRE(json["results"].Size() == 1u);
    BOOST_TEST(std::string(json["results"][0]["major_id"].GetString()) == "TJU-080901");
    BOOST_TEST(json["results"][0]["score"].GetDouble() == (1 + 0.5 * 0.35) / 1.5, boost::test_tools::tolerance(1e-5));
    BOOST_TEST(json["results"][0]["graduates"].GetInt() == 120);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- accounts, posted demand and private mode over the wire ----------------

namespace {

// A SQLite file with the sample data, an employer organisation (E-1) and an
// admin, each with a token made before woshoud starts, and woshoud serving it
// with `extra_args`. The poll interval is an hour, so only the server's own
// refresh after a write can publish posted demand during a test.
struct AccountsServer {
    explicit AccountsServer(std::vector<std::string> extra_args) {
        {
            auto db = sql::Database::open(database.connection());
            sql::Accounts accounts(*db);
            accounts.add_organisation({"acme", "天津港集团", sql::kRoleEmployer, "E-1", "", ""});
            accounts.add_organisation({"root", "platform", sql::kRoleAdmin, "", "", ""});
            employer_token = accounts.create_token("acme").secret;
            admin_token = accounts.create_token("root").secret;
        }
        extra_args.insert(extra_args.end(), {"--threads", "2", "--reload-interval", "3600"});
        server.emplace(database.connection(), extra_args);
    }
    std::string connection() const { return database.connection(); }
    int port() const { return server->port(); }

    TempDatabase database;  // declared first: destroyed after the server stops
    std::string employer_token;
    std::string admin_token;
    std::optional<e2e::ServerProcess> server;
};

std::map<std::string, std::string> bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

std::map<std::string, std::string> bearer_json(const std::string& token) {
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(end_to_end_accounts)

BOOST_AUTO_TEST_CASE(a_posted_demand_is_served_at_once_and_audited_with_the_remote_address) {
    AccountsServer running({});
    HttpConnection connection(running.port());
    auto before = connection.get("/api/v1/demand/analysis");
    BOOST_TEST_REQUIRE(before.has_value());
    BOOST_TEST_REQUIRE(before->status == 200, before->body);
    auto before_json = parse(before->body);
    BOOST_TEST_REQUIRE(before_json["demand_count"].GetUint64() == 1u);

    const std::string body =
        R"({"title":"嵌入式工程师","headcount":4,"posted_on":"2024-05-01","skills":[{"skill":"操作系统","importance":1}]})";
    auto anonymous = connection.request("POST", "/api/v1/demands", {{"Content-Type", "application/json"}}, body);
    BOOST_TEST_REQUIRE(anonymous.has_value());
    BOOST_TEST(anonymous->status == 401);
    BOOST_TEST(anonymous->headers["www-authenticate"].rfind("Bearer", 0) == 0u);

    auto posted = connection.request("POST", "/api/v1/demands", bearer_json(running.employer_token), body);
    BOOST_TEST_REQUIRE(posted.has_value());
    BOOST_TEST_REQUIRE(posted->status == 201, posted->body);
    const std::string id = parse(posted->body)["demand"]["id"].GetString();
    BOOST_TEST(posted->headers["location"] == "/api/v1/demands/" + id);

    // Same connection, no waiting: the write refreshed the snapshot.
    auto after = connection.get("/api/v1/demand/analysis");
    BOOST_TEST_REQUIRE(after.has_value());
    auto after_json = parse(after->body);
    BOOST_TEST(after_json["demand_count"].GetUint64() == 2u, after->body);
    BOOST_TEST(after_json["snapshot"].GetUint64() != before_json["snapshot"].GetUint64());
    bool os_demanded = false;
    for (const auto& skill : after_json["skills"].GetArray())
        os_demanded = os_demanded || std::string(skill["skill_id"].GetString()) == "S-os";
    BOOST_TEST(os_demanded, after->body);
    auto gap = parse(connection.get("/api/v1/majors/TJU-080901/gap")->body);
    BOOST_TEST(gap["alignment"].GetDouble() != 0.35);  // S-os, taught by CS 301, now weighs in

    auto audit = connection.request("GET", "/api/v1/audit", bearer(running.admin_token));
    BOOST_TEST_REQUIRE(audit.has_value());
    BOOST_TEST_REQUIRE(audit->status == 200, audit->body);
    auto entries = parse(audit->body);
    BOOST_TEST_REQUIRE(entries["entries"].Size() == 2u, audit->body);
    const auto& newest = entries["entries"][0];
    BOOST_TEST(std::string(newest["organisation_id"].GetString()) == "acme");
    BOOST_TEST(std::string(newest["method"].GetString()) == "POST");
    BOOST_TEST(std::string(newest["path"].GetString()) == "/api/v1/demands");
    BOOST_TEST(newest["status"].GetInt() == 201);
    BOOST_TEST(std::string(newest["target_id"].GetString()) == id);
    BOOST_TEST(std::string(newest["remote_address"].GetString()) == "127.0.0.1");
    BOOST_TEST(entries["entries"][1]["status"].GetInt() == 401);
    BOOST_TEST(std::string(entries["entries"][1]["remote_address"].GetString()) == "127.0.0.1");

    // A soft delete leaves the next snapshot at once too.
    auto deleted = connection.request("DELETE", "/api/v1/demands/" + id, bearer(running.employer_token));
    BOOST_TEST_REQUIRE(deleted.has_value());
    BOOST_TEST(deleted->status == 200, deleted->body);
    BOOST_TEST(parse(connection.get("/api/v1/demand/analysis")->body)["demand_count"].GetUint64() == 1u);
}

BOOST_AUTO_TEST_CASE(a_private_server_answers_401_without_a_token_and_200_with_one) {
    AccountsServer running({"--private"});
    HttpConnection connection(running.port());
    auto anonymous = connection.get("/api/v1/majors");
    BOOST_TEST_REQUIRE(anonymous.has_value());
    BOOST_TEST(anonymous->status == 401, anonymous->body);
    BOOST_TEST(!anonymous->headers["www-authenticate"].empty());
    auto unknown = connection.request("GET", "/api/v1/majors", bearer("wsh_unknown"));
    BOOST_TEST_REQUIRE(unknown.has_value());
    BOOST_TEST(unknown->status == 401);
    auto with_token = connection.request("GET", "/api/v1/majors", bearer(running.employer_token));
    BOOST_TEST_REQUIRE(with_token.has_value());
    BOOST_TEST(with_token->status == 200, with_token->body);
    BOOST_TEST(parse(with_token->body)["total"].GetUint64() == 4u);
    auto health = connection.get("/healthz");
    BOOST_TEST_REQUIRE(health.has_value());
    BOOST_TEST(health->status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
