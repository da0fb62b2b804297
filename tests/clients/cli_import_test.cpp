// Runs the real `woshou import` binary against real SQLite files.
#include "woshou/sql/database.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using woshou::sql::Database;

namespace {

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

CommandResult run(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    BOOST_REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe)) result.output += buffer.data();
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string woshou_cli() { return std::string(WOSHOU_BINARY_DIR) + "/clients/woshou"; }
std::string demo_bundle() { return std::string(WOSHOU_SOURCE_DIR) + "/importers/demo/bundle"; }

// A fresh directory under the system temp dir, removed at scope exit.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("woshou-cli-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter()++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    static int& counter() {
        static int n = 0;
        return n;
    }
    std::string db() const { return "sqlite:" + (path / "test.db").string(); }
};

void copy_bundle(const fs::path& to) {
    fs::create_directories(to);
    for (const auto& entry : fs::directory_iterator(demo_bundle())) fs::copy_file(entry.path(), to / entry.path().filename());
}

void append_line(const fs::path& file, const std::string& line) {
    std::ofstream out(file, std::ios::app);
    out << line << "\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE(demo_bundle_imports_and_prints_a_summary) {
    TempDir dir;
    auto result = run(woshou_cli() + " import bundle '" + demo_bundle() + "' --db " + dir.db());
    BOOST_TEST_REQUIRE(result.exit_code == 0, result.output);
    BOOST_TEST(result.output.find("imported ") != std::string::npos, result.output);
    BOOST_TEST(result.output.find("majors ") != std::string::npos, result.output);
    auto db = Database::open(dir.db());
    auto data = db->load();
    BOOST_TEST(data.universities.size() >= 4u);
    BOOST_TEST(data.majors.size() >= 20u);
}

BOOST_AUTO_TEST_CASE(reimporting_the_same_bundle_changes_nothing) {
    TempDir dir;
    BOOST_TEST_REQUIRE(run(woshou_cli() + " import bundle '" + demo_bundle() + "' --db " + dir.db()).exit_code == 0);
    auto before = Database::open(dir.db())->load();
    auto again = run(woshou_cli() + " import bundle '" + demo_bundle() + "' --db " + dir.db());
    BOOST_TEST_REQUIRE(again.exit_code == 0, again.output);
    auto after = Database::open(dir.db())->load();
    BOOST_TEST(after.row_count() == before.row_count());
    BOOST_TEST(after.courses.size() == before.courses.size());
    for (std::size_t i = 0; i < before.courses.size(); ++i) {
        BOOST_TEST(after.courses[i].id == before.courses[i].id);
        BOOST_TEST(after.courses[i].credits == before.courses[i].credits);
    }
}

BOOST_AUTO_TEST_CASE(a_bad_row_fails_the_whole_import_and_leaves_the_database_as_it_was) {
    TempDir dir;
    BOOST_TEST_REQUIRE(run(woshou_cli() + " import bundle '" + demo_bundle() + "' --db " + dir.db()).exit_code == 0);
    auto before = Database::open(dir.db())->load();
    const auto version_before = Database::open(dir.db())->data_version();

    // A copy of the bundle with one new valid university and one course with zero credits.
    const fs::path bad = dir.path / "bad";
    copy_bundle(bad);
    append_line(bad / "universities.csv", "NEWU,新大学,New University,南开区");
    std::ifstream courses(bad / "courses.csv");
    std::size_t lines = 0;
    for (std::string l; std::getline(courses, l);) ++lines;
    append_line(bad / "courses.csv", "NEWU X1,NEWU,X1,坏课程,Bad course,0,16,,");

    auto result = run(woshou_cli() + " import bundle '" + bad.string() + "' --db " + dir.db());
    BOOST_TEST(result.exit_code != 0);
    BOOST_TEST(result.output.find("courses.csv") != std::string::npos, result.output);
    std::string where = "courses.csv:";  // built step by step: GCC 12 warns falsely on "x" + to_string()
    where += std::to_string(lines + 1);
    where += ':';
    BOOST_TEST(result.output.find(where) != std::string::npos, result.output);
    BOOST_TEST(result.output.find("credits") != std::string::npos, result.output);

    auto db = Database::open(dir.db());
    auto after = db->load();
    BOOST_TEST(after.universities.size() == before.universities.size());
    BOOST_TEST(after.row_count() == before.row_count());
    BOOST_TEST(db->data_version() == version_before);
}

BOOST_AUTO_TEST_CASE(a_missing_bundle_folder_is_a_clear_error) {
    TempDir dir;
    auto result = run(woshou_cli() + " import bundle /nonexistent/bundle --db " + dir.db());
    BOOST_TEST(result.exit_code != 0);
    BOOST_TEST(result.output.find("/nonexistent/bundle") != std::string::npos, result.output);
}

BOOST_AUTO_TEST_CASE(the_real_esco_download_imports_completely_into_sqlite) {
    const fs::path esco = fs::path(WOSHOU_SOURCE_DIR) / ".." / "shared" / "data" / "esco-1.1.1";
    if (!fs::exists(esco / "skills_en.csv")) {
        BOOST_TEST_MESSAGE("skipped: ESCO v1.1.1 not found at " << esco.string());
        return;
    }
    TempDir dir;
    // Without the flag the unknown occupation is an error naming its URI, and nothing is written.
    auto strict = run(woshou_cli() + " import esco '" + esco.string() + "' --db " + dir.db());
    BOOST_TEST(strict.exit_code != 0);
    BOOST_TEST(strict.output.find("a9e54177-a185-404d-b6e6-15663d31137e") != std::string::npos, strict.output);
    BOOST_TEST(Database::open(dir.db())->load().skills.empty());

    auto lenient = run(woshou_cli() + " import esco '" + esco.string() + "' --skip-unknown-occupations --db " + dir.db());
    BOOST_TEST_REQUIRE(lenient.exit_code == 0, lenient.output);
    BOOST_TEST(lenient.output.find("warning: ") != std::string::npos, lenient.output);
    auto data = Database::open(dir.db())->load();
    std::size_t skills = 0, groups = 0, essential = 0;
    for (const auto& s : data.skills) (s.type == "skill group" ? groups : skills)++;
    for (const auto& r : data.occupation_skills) essential += r.essential ? 1 : 0;
    BOOST_TEST(skills == 13'896u);
    BOOST_TEST(groups == 647u);  // 640 in skillGroups_en.csv + 7 only in the hierarchy file
    BOOST_TEST(data.occupations.size() == 3'007u);
    BOOST_TEST(data.skill_broaders.size() == 20'656u);
    BOOST_TEST(data.occupation_skills.size() == 123'855u - 67u);
    BOOST_TEST(essential > 60'000u);
}

BOOST_AUTO_TEST_CASE(a_generated_city_is_a_valid_bundle_and_the_same_seed_writes_the_same_files) {
    TempDir dir;
    const std::string args = " generate --scale city --no-esco --majors 40 --demands 800 --seed 11 --out ";
    auto first = run(woshou_cli() + args + (dir.path / "a").string());
    BOOST_TEST_REQUIRE(first.exit_code == 0, first.output);
    BOOST_TEST_REQUIRE(run(woshou_cli() + args + (dir.path / "b").string()).exit_code == 0);
    for (const auto& entry : fs::directory_iterator(dir.path / "a")) {
        std::ifstream a(entry.path()), b(dir.path / "b" / entry.path().filename());
        std::string text_a((std::istreambuf_iterator<char>(a)), {}), text_b((std::istreambuf_iterator<char>(b)), {});
        BOOST_TEST(text_a == text_b, entry.path().filename() << " differs between two runs with one seed");
    }
    auto imported = run(woshou_cli() + " import bundle '" + (dir.path / "a").string() + "' --db " + dir.db());
    BOOST_TEST_REQUIRE(imported.exit_code == 0, imported.output);
    auto data = Database::open(dir.db())->load();
    BOOST_TEST(data.majors.size() == 40u);
    BOOST_TEST(data.demands.size() == 800u);
    BOOST_TEST(data.plan_courses.size() >= 40u * 40u);  // 40 to 60 courses per plan
}

// The import writes each table while later files are still read; a failure
// found only after the last file (a prerequisite cycle) or in the last file
// must still leave nothing written.
BOOST_AUTO_TEST_CASE(a_failure_after_every_table_was_written_still_leaves_the_database_as_it_was) {
    TempDir dir;
    BOOST_TEST_REQUIRE(run(woshou_cli() + " import bundle '" + demo_bundle() + "' --db " + dir.db()).exit_code == 0);
    const auto before = Database::open(dir.db())->load();
    const auto version_before = Database::open(dir.db())->data_version();

    // A prerequisite edge reversed: a cycle, which is checked after every file is read.
    const fs::path cycle = dir.path / "cycle";
    copy_bundle(cycle);
    append_line(cycle / "universities.csv", "NEWU,新大学,New University,南开区");
    std::ifstream prerequisites(cycle / "prerequisites.csv");
    std::string header, first;
    std::getline(prerequisites, header);
    std::getline(prerequisites, first);
    const auto comma = first.find(',');
    BOOST_TEST_REQUIRE(comma != std::string::npos);
    append_line(cycle / "prerequisites.csv", first.substr(comma + 1) + "," + first.substr(0, comma));
    auto result = run(woshou_cli() + " import bundle '" + cycle.string() + "' --db " + dir.db());
    BOOST_TEST(result.exit_code != 0);
    BOOST_TEST(result.output.find("cycle") != std::string::npos, result.output);

    // A bad row in the last file read.
    const fs::path last = dir.path / "last";
    copy_bundle(last);
    append_line(last / "universities.csv", "NEWU,新大学,New University,南开区");
    append_line(last / "demand_skills.csv", "no-such-demand,no-such-skill,0.5");
    result = run(woshou_cli() + " import bundle '" + last.string() + "' --db " + dir.db());
    BOOST_TEST(result.exit_code != 0);
    BOOST_TEST(result.output.find("demand_skills.csv") != std::string::npos, result.output);

    auto db = Database::open(dir.db());
    const auto after = db->load();
    BOOST_TEST(after.universities.size() == before.universities.size());
    BOOST_TEST(after.row_count() == before.row_count());
    BOOST_TEST(db->data_version() == version_before);
}

BOOST_AUTO_TEST_CASE(read_first_writes_the_same_rows_as_the_overlapped_import) {
    TempDir overlapped, read_first;
    BOOST_TEST_REQUIRE(run(woshou_cli() + " import bundle '" + demo_bundle() + "' --db " + overlapped.db()).exit_code == 0);
    auto result = run(woshou_cli() + " import bundle '" + demo_bundle() + "' --read-first --db " + read_first.db());
    BOOST_TEST_REQUIRE(result.exit_code == 0, result.output);
    BOOST_TEST(result.output.find("imported ") != std::string::npos, result.output);
    const auto a = Database::open(overlapped.db())->load();
    const auto b = Database::open(read_first.db())->load();
    BOOST_TEST(a.row_count() == b.row_count());
    BOOST_TEST_REQUIRE(a.demand_skills.size() == b.demand_skills.size());
    for (std::size_t i = 0; i < a.demand_skills.size(); ++i) {
        BOOST_TEST(a.demand_skills[i].demand_id == b.demand_skills[i].demand_id);
        BOOST_TEST(a.demand_skills[i].skill_id == b.demand_skills[i].skill_id);
        BOOST_TEST(a.demand_skills[i].importance == b.demand_skills[i].importance);
    }
}
