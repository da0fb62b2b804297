// A uniquely named temporary file that is removed when it goes out of scope,
// for libraries (libxlsxwriter 1.1.4) that can only write to a path.
#pragma once

#include <filesystem>
#include <string>

namespace woshou::server::report {

class ScratchFile {
public:
    // Creates an empty file "<tmp>/<prefix>XXXXXX" with mkstemp (mode 0600);
    // throws ExportError when it cannot.
    explicit ScratchFile(const std::string& prefix);
    // Removes the file, ignoring errors: nothing useful can be done about them here.
    ~ScratchFile();
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // The file's whole content; throws ExportError when it cannot be read.
    std::string read() const;

private:
    std::filesystem::path path_;
};

}  // namespace woshou::server::report
