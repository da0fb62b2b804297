// Shared by the export tests: a sample report with hostile text, temporary
// files and running the command-line tools (unzip, xmllint) that check output.
#pragma once

#include "../../server/src/export/exports.hpp"

#include <filesystem>
#include <string>

namespace woshou::test {

// A gap-like report: a "gaps" table with text, percent, double and integer
// columns and tricky labels (commas, quotes, newlines, Chinese, markup), a
// "surplus" table, facts, and a three-bar chart whose values are 0.4, 0.2, 0.1.
server::report::TabularReport sample_export_report();

// A file under the temp directory holding `content`, removed on destruction.
class TempFile {
public:
    explicit TempFile(const std::string& content, const std::string& suffix = "");
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::filesystem::path& path() const { return path_; }
    // The path quoted for a POSIX shell.
    std::string quoted() const;

private:
    std::filesystem::path path_;
};

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout only
};

// Runs `command` through /bin/sh and captures its standard output.
CommandResult run_command(const std::string& command);

// True when `tool` is on PATH; tests skip with a message when it is not.
bool have_tool(const std::string& tool);

}  // namespace woshou::test
