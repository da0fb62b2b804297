#include "scratch_file.hpp"

#include "exports.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace woshou::server::report {

ScratchFile::ScratchFile(const std::string& prefix) {
    std::error_code error;
    std::filesystem::path directory = std::filesystem::temp_directory_path(error);
    if (error) directory = "/tmp";
    std::string pattern = (directory / (prefix + "XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) {
        throw ExportError("cannot create a temporary file in " + directory.string() + ": " +
                          std::strerror(errno));
    }
    ::close(fd);
    path_ = name.data();
}

ScratchFile::~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

std::string ScratchFile::read() const {
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in) throw ExportError("cannot read temporary file " + path_.string());
    return std::move(content).str();
}

}  // namespace woshou::server::report
