// The query and report commands of the real `woshou` binary against a real
// woshoud serving the demo bundle from a SQLite file.
#include "server_process.hpp"
#include "woshou/importers/bundle_reader.hpp"
#include "woshou/sql/database.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace woshou;

namespace {

struct Output {
    int exit_code = -1;
    std::string text;  // stdout only
};

Output run_stdout(const std::string& command, bool with_stderr = false) {
    Output out;
    FILE* pipe = popen((command + (with_stderr ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
    BOOST_REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.text.append(buffer.data(), n);
    const int status = pclose(pipe);
    out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

// A fresh demo server per test case (importing the demo bundle takes about 0.1 s).
struct DemoServer {
    fs::path dir = fs::temp_directory_path() / ("woshou-cli-query-" + std::to_string(::getpid()));
    std::optional<e2e::ServerProcess> server;

    DemoServer() {
        fs::remove_all(dir);
        fs::create_directories(dir);
        const std::string db = "sqlite:" + (dir / "demo.db").string();
        const auto bundle = fs::path(WOSHOU_SOURCE_DIR) / "importers" / "demo" / "bundle";
        sql::Database::open(db)->upsert(importers::read_bundle(bundle, {}));
        server.emplace(db, std::vector<std::string>{"--threads", "1"});
    }
    ~DemoServer() {
        server.reset();
        fs::remove_all(dir);
    }
    std::string cli(const std::string& args) const {
        return std::string(WOSHOU_BINARY_DIR) + "/clients/woshou " + args + " --server http://127.0.0.1:" +
               std::to_string(server->port());
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cli_queries, DemoServer)

BOOST_AUTO_TEST_CASE(majors_search_prints_a_table_of_matches) {
    auto out = run_stdout(cli("majors search 软件"));
    BOOST_TEST_REQUIRE(out.exit_code == 0);
    BOOST_TEST(out.text.find("JHUT-080902") != std::string::npos, out.text);
    BOOST_TEST(out.text.find("2 of 2 majors") != std::string::npos, out.text);
}

BOOST_AUTO_TEST_CASE(major_show_lists_plans_by_semester) {
    auto out = run_stdout(cli("major show JHUT-080902"));
    BOOST_TEST_REQUIRE(out.exit_code == 0);
    BOOST_TEST(out.text.find("plan JHUT-080902-2023") != std::string::npos, out.text);
    BOOST_TEST(out.text.find("程序设计基础") != std::string::npos);
    BOOST_TEST(run_stdout(cli("major show NOPE")).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(gap_prints_a_table_and_exports_csv_and_xlsx) {
    auto table = run_stdout(cli("gap JHUT-080902 --industry it-innovation --limit 5"));
    BOOST_TEST_REQUIRE(table.exit_code == 0);
    BOOST_TEST(table.text.find("alignment ") != std::string::npos, table.text);
    auto csv = run_stdout(cli("gap JHUT-080902 --format csv"));
    BOOST_TEST_REQUIRE(csv.exit_code == 0);
    BOOST_TEST(csv.text.rfind("rank,skill_id,", 0) == 0u, csv.text);

    const fs::path xlsx = dir / "gap.xlsx";
    BOOST_TEST(run_stdout(cli("gap JHUT-080902 --format xlsx")).exit_code == 2);  // binary needs -o
    BOOST_TEST_REQUIRE(run_stdout(cli("gap JHUT-080902 --format xlsx -o " + xlsx.string())).exit_code == 0);
    std::ifstream file(xlsx, std::ios::binary);
    char magic[2] = {};
    file.read(magic, 2);
    BOOST_TEST((magic[0] == 'P' && magic[1] == 'K'));
}

BOOST_AUTO_TEST_CASE(gap_names_the_bad_parameter_and_fails) {
    auto bad = run_stdout(cli("gap JHUT-080902 --since 2026-01-01 --until 2025-01-01"), true);
    BOOST_TEST(bad.exit_code == 2);
    BOOST_TEST(bad.text.find("parameter 'since'") != std::string::npos, bad.text);
    auto unknown = run_stdout(cli("gap NOPE"), true);
    BOOST_TEST(unknown.exit_code == 2);
    BOOST_TEST(unknown.text.find("major 'NOPE' not found") != std::string::npos, unknown.text);
    auto foreign = run_stdout(cli("gap JHUT-080902 --plan JHUT-080901-2021"), true);
    BOOST_TEST(foreign.exit_code == 2);
    BOOST_TEST(foreign.text.find("belongs to major 'JHUT-080901'") != std::string::npos, foreign.text);
}

BOOST_AUTO_TEST_CASE(demand_analysis_lists_trends) {
    auto out = run_stdout(cli("demand analysis --industry port-logistics --limit 5"));
    BOOST_TEST_REQUIRE(out.exit_code == 0);
    BOOST_TEST(out.text.find("previous window") != std::string::npos, out.text);
    BOOST_TEST((out.text.find("rising") != std::string::npos || out.text.find("falling") != std::string::npos));
}

BOOST_AUTO_TEST_CASE(micro_recommend_explains_the_bundle_and_evaluate_checks_courses) {
    auto out = run_stdout(cli("micro recommend JHUT-080901 --budget 12 --industry it-innovation"));
    BOOST_TEST_REQUIRE(out.exit_code == 0, out.text);
    BOOST_TEST(out.text.find("method greedy") != std::string::npos, out.text);
    BOOST_TEST(out.text.find("alignment 0.") != std::string::npos, out.text);
    BOOST_TEST(out.text.find("close alternatives") != std::string::npos, out.text);
    // The recommendation's first chosen course, evaluated on its own, gains something.
    auto json = run_stdout(cli("micro evaluate JHUT-080901 --course \"JHUT SE4032\" --json"));
    BOOST_TEST_REQUIRE(json.exit_code == 0, json.text);
    BOOST_TEST(json.text.find(R"("prerequisites_added":["JHUT SE3013"])") != std::string::npos, json.text);
    auto bad = run_stdout(cli("micro evaluate JHUT-080901 --course \"JHUT NOPE\""), true);
    BOOST_TEST(bad.exit_code == 2);
    BOOST_TEST(bad.text.find("unknown course 'JHUT NOPE'") != std::string::npos, bad.text);
    auto poor = run_stdout(cli("micro recommend JHUT-080901 --budget 0.5"), true);
    BOOST_TEST(poor.exit_code == 2);
    BOOST_TEST(poor.text.find("below the cheapest candidate") != std::string::npos, poor.text);
}

BOOST_AUTO_TEST_SUITE_END()
