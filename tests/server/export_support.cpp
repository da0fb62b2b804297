#include "export_support.hpp"

#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace woshou::test {

using namespace server::report;

TabularReport sample_export_report() {
    TabularReport r;
    r.title = "Gap report: 软件工程 (JHUT-080902) & <friends>";
    r.facts = {{"snapshot", "7"}, {"plan", "JHUT-080902-2023"}, {"scope", "region=杭州, \"all\" dates"},
               {"alignment", "0.734"}};
    Table gaps;
    gaps.name = "gaps";
    gaps.title = "Largest gaps";
    gaps.columns = {{"skill_id", "Skill", false},
                    {"label", "技能", false},
                    {"demand_share", "Demand share", true},
                    {"gap", "Gap", false},
                    {"headcount", "Headcount", false}};
    gaps.rows = {
        {std::string("S1"), std::string("机器学习, 深度学习"), 0.25, 0.208333, 120LL},
        {std::string("S2"), std::string("say \"hi\"\nthen leave"), 0.5, 0.5, 7LL},
        {std::string("S3"), std::string("<script>alert(1)</script>"), 0.125, 1.0 / 3.0, -3LL},
        {std::string("S4"), std::string(""), 0.0, 0.0, 0LL},
    };
    Table surplus;
    surplus.name = "surplus";
    surplus.title = "Courses by relevance";
    surplus.columns = {{"course_id", "Course", false}, {"relevance", "Relevance", true}, {"credits", "Credits", false}};
    surplus.rows = {{std::string("C1"), 0.05, 2.5}, {std::string("C2"), 0.9, 4.0}};
    r.tables = {gaps, surplus};
    r.chart_title = "Top gaps";
    r.chart = {{"机器学习", 0.4}, {"<script>alert(1)</script>", 0.2}, {"say \"hi\" & go", 0.1}};
    return r;
}

TempFile::TempFile(const std::string& content, const std::string& suffix) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("woshou-export-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix);
    std::ofstream out(path_, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path_.string());
}

TempFile::~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

std::string TempFile::quoted() const {
    std::string out = "'";
    for (char c : path_.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

CommandResult run_command(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) return result;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
    int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

bool have_tool(const std::string& tool) {
    return run_command("command -v " + tool + " >/dev/null 2>&1").exit_code == 0;
}

}  // namespace woshou::test
