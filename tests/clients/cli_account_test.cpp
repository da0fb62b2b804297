// Runs the real `woshou org` and `woshou token` commands against real SQLite files.
#include "woshou/sql/accounts.hpp"
#include "woshou/sql/database.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using woshou::sql::Accounts;
using woshou::sql::Database;

namespace {

struct Output {
    int exit_code = -1;
    std::string out;  // stdout only
    std::string err;  // stderr only
};

// Runs `command`, keeping stdout and stderr apart (stderr through a file).
Output run_split(const std::string& command, const fs::path& err_file) {
    Output result;
    FILE* pipe = popen((command + " 2>'" + err_file.string() + "'").c_str(), "r");
    BOOST_REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe)) result.out += buffer.data();
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    FILE* err = std::fopen(err_file.c_str(), "r");
    if (err) {
        while (std::fgets(buffer.data(), buffer.size(), err)) result.err += buffer.data();
        std::fclose(err);
    }
    return result;
}

std::string woshou_cli() { return std::string(WOSHOU_BINARY_DIR) + "/clients/woshou"; }
std::string demo_bundle() { return std::string(WOSHOU_SOURCE_DIR) + "/importers/demo/bundle"; }

// A temp folder holding a database with the demo bundle imported.
struct AccountsFixture {
    fs::path dir;
    AccountsFixture() {
        static int counter = 0;
        dir = fs::temp_directory_path() / ("woshou-cli-accounts-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(counter++));
        fs::remove_all(dir);
        fs::create_directories(dir);
        auto imported = woshou("import bundle '" + demo_bundle() + "'");
        BOOST_TEST_REQUIRE(imported.exit_code == 0, imported.err);
    }
    ~AccountsFixture() { fs::remove_all(dir); }
    std::string db() const { return "sqlite:" + (dir / "accounts.db").string(); }
    Output woshou(const std::string& args) const {
        return run_split(woshou_cli() + " " + args + " --db '" + db() + "'", dir / "stderr.txt");
    }
    // The first employer and university of the imported demo data.
    std::pair<std::string, std::string> employer_and_university() const {
        auto database = Database::open(db());
        auto data = database->load();
        BOOST_TEST_REQUIRE(!data.employers.empty());
        BOOST_TEST_REQUIRE(!data.universities.empty());
        return {data.employers.front().id, data.universities.front().id};
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_accounts)

BOOST_AUTO_TEST_CASE(org_add_accepts_each_role_with_its_tie_and_org_list_shows_them) {
    AccountsFixture f;
    auto [employer, university] = f.employer_and_university();
    auto added = f.woshou("org add acme --name 'ACME 招聘' --role employer --employer '" + employer + "'");
    BOOST_TEST_REQUIRE(added.exit_code == 0, added.err);
    BOOST_TEST(added.out.find("added organisation acme (employer)") != std::string::npos, added.out);
    BOOST_TEST(f.woshou("org add uni --name U --role university --university '" + university + "'").exit_code == 0);
    BOOST_TEST(f.woshou("org add bureau --name 'Education Bureau' --role planner").exit_code == 0);

    auto listed = f.woshou("org list");
    BOOST_TEST_REQUIRE(listed.exit_code == 0, listed.err);
    BOOST_TEST(listed.out.find("ACME 招聘") != std::string::npos, listed.out);
    BOOST_TEST(listed.out.find("employer " + employer) != std::string::npos, listed.out);
    BOOST_TEST(listed.out.find("bureau") != std::string::npos, listed.out);
}

BOOST_AUTO_TEST_CASE(org_add_refuses_a_missing_tie_or_an_unknown_role_with_exit_code_1_or_2) {
    AccountsFixture f;
    auto no_tie = f.woshou("org add acme --name A --role employer");
    BOOST_TEST(no_tie.exit_code == 1);
    BOOST_TEST(no_tie.err.find("employer_id is required") != std::string::npos, no_tie.err);
    auto bad_role = f.woshou("org add acme --name A --role root");
    BOOST_TEST(bad_role.exit_code != 0);
    BOOST_TEST(bad_role.err.find("root") != std::string::npos, bad_role.err);
    BOOST_TEST(f.woshou("org add x --name X --role planner").exit_code == 0);
    auto again = f.woshou("org add x --name X --role planner");
    BOOST_TEST(again.exit_code == 1);
    BOOST_TEST(again.err.find("already exists") != std::string::npos, again.err);
}

BOOST_AUTO_TEST_CASE(token_create_prints_the_secret_once_and_token_list_never_shows_it) {
    AccountsFixture f;
    BOOST_TEST_REQUIRE(f.woshou("org add bureau --name B --role planner").exit_code == 0);
    auto created = f.woshou("token create --org bureau --label 'ci runner'");
    BOOST_TEST_REQUIRE(created.exit_code == 0, created.err);
    // stdout is the secret alone: "wsh_" + at least 43 base64url characters.
    std::smatch match;
    BOOST_TEST_REQUIRE(std::regex_match(created.out, match, std::regex("(wsh_[A-Za-z0-9_-]{43,})\n")), created.out);
    const std::string secret = match[1];
    BOOST_TEST(created.err.find("will not be shown again") != std::string::npos, created.err);
    std::smatch id_match;
    BOOST_TEST_REQUIRE(std::regex_search(created.err, id_match, std::regex("tok_[0-9a-f]+")), created.err);
    const std::string token_id = id_match[0];

    auto listed = f.woshou("token list --org bureau");
    BOOST_TEST_REQUIRE(listed.exit_code == 0, listed.err);
    BOOST_TEST(listed.out.find(token_id) != std::string::npos, listed.out);
    BOOST_TEST(listed.out.find("ci runner") != std::string::npos, listed.out);
    BOOST_TEST(listed.out.find("never") != std::string::npos, listed.out);
    BOOST_TEST(listed.out.find(secret.substr(4, 12)) == std::string::npos, listed.out);
    BOOST_TEST(listed.out.find("wsh_") == std::string::npos, listed.out);

    auto db = Database::open(f.db());
    Accounts accounts(*db);
    auto principal = accounts.authenticate(secret);
    BOOST_TEST_REQUIRE(principal.has_value());
    BOOST_TEST(principal->organisation.id == "bureau");
    BOOST_TEST(principal->token_id == token_id);

    auto unknown = f.woshou("token create --org nobody");
    BOOST_TEST(unknown.exit_code == 1);
    BOOST_TEST(unknown.out.empty(), unknown.out);
    BOOST_TEST(unknown.err.find("organisation 'nobody' not found") != std::string::npos, unknown.err);
}

BOOST_AUTO_TEST_CASE(token_revoke_stops_the_token_at_once_and_list_shows_when) {
    AccountsFixture f;
    BOOST_TEST_REQUIRE(f.woshou("org add root --name Admin --role admin").exit_code == 0);
    auto created = f.woshou("token create --org root");
    BOOST_TEST_REQUIRE(created.exit_code == 0, created.err);
    const std::string secret = created.out.substr(0, created.out.find('\n'));
    std::smatch id_match;
    BOOST_TEST_REQUIRE(std::regex_search(created.err, id_match, std::regex("tok_[0-9a-f]+")));
    const std::string token_id = id_match[0];

    auto revoked = f.woshou("token revoke " + token_id);
    BOOST_TEST_REQUIRE(revoked.exit_code == 0, revoked.err);
    BOOST_TEST(revoked.out.find("revoked token " + token_id) != std::string::npos, revoked.out);
    {
        auto db = Database::open(f.db());
        Accounts accounts(*db);
        BOOST_TEST(!accounts.authenticate(secret).has_value());
    }
    auto listed = f.woshou("token list");
    BOOST_TEST(std::regex_search(listed.out, std::regex(token_id + ".*\\d{4}-\\d\\d-\\d\\dT")), listed.out);
    BOOST_TEST(f.woshou("token revoke " + token_id).exit_code == 0);  // idempotent
    auto unknown = f.woshou("token revoke tok_0000");
    BOOST_TEST(unknown.exit_code == 1);
    BOOST_TEST(unknown.err.find("token 'tok_0000' not found") != std::string::npos, unknown.err);
}

BOOST_AUTO_TEST_SUITE_END()
