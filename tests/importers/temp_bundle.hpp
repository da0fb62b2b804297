// A throw-away bundle folder for importer tests, seeded from a fixture.
#pragma once

#include "woshou/graph/model.hpp"

#include <filesystem>
#include <string>

namespace woshou::importers::test {

// The valid fixture bundle every bad-input test starts from.
std::filesystem::path valid_fixture();

class TempBundle {
public:
    // An empty folder under the system temp directory.
    TempBundle();
    // A copy of the valid fixture bundle.
    static TempBundle copy_of_valid();
    ~TempBundle();
    TempBundle(TempBundle&& other) noexcept;
    TempBundle(const TempBundle&) = delete;
    TempBundle& operator=(const TempBundle&) = delete;

    const std::filesystem::path& dir() const { return dir_; }
    // Writes `content` byte for byte to `name` in the folder.
    void write(const std::string& name, const std::string& content) const;
    // Appends `content` to `name`.
    void append(const std::string& name, const std::string& content) const;
    // Deletes `name` from the folder.
    void remove(const std::string& name) const;

private:
    std::filesystem::path dir_;
};

// The what() of the ImportError that reading `dir` throws; fails the test when none.
std::string import_error_of(const std::filesystem::path& dir, const model::Dataset& existing = {});

// The error the valid fixture bundle gives once `row` is appended to `file`.
std::string error_after_appending(const std::string& file, const std::string& row);

}  // namespace woshou::importers::test
