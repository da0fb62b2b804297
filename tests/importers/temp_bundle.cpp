#include "temp_bundle.hpp"

#include "woshou/importers/bundle_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <fstream>
#include <unistd.h>

namespace woshou::importers::test {

std::filesystem::path valid_fixture() {
    return std::filesystem::path(WOSHOU_SOURCE_DIR) / "tests/fixtures/bundles/valid";
}

TempBundle::TempBundle() {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("woshou-importers-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
}

TempBundle TempBundle::copy_of_valid() {
    TempBundle bundle;
    for (const auto& entry : std::filesystem::directory_iterator(valid_fixture())) {
        std::filesystem::copy_file(entry.path(), bundle.dir() / entry.path().filename());
    }
    return bundle;
}

TempBundle::~TempBundle() {
    if (!dir_.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
}

TempBundle::TempBundle(TempBundle&& other) noexcept : dir_(std::move(other.dir_)) { other.dir_.clear(); }

void TempBundle::write(const std::string& name, const std::string& content) const {
    std::ofstream(dir_ / name, std::ios::binary | std::ios::trunc) << content;
}

void TempBundle::append(const std::string& name, const std::string& content) const {
    std::ofstream(dir_ / name, std::ios::binary | std::ios::app) << content;
}

void TempBundle::remove(const std::string& name) const { std::filesystem::remove(dir_ / name); }

std::string import_error_of(const std::filesystem::path& dir, const model::Dataset& existing) {
    try {
        (void)read_bundle(dir, existing);
    } catch (const ImportError& error) {
        return error.what();
    }
    BOOST_ERROR("expected an ImportError from " << dir);
    return {};
}

std::string error_after_appending(const std::string& file, const std::string& row) {
    const TempBundle bundle = TempBundle::copy_of_valid();
    bundle.append(file, row);
    return import_error_of(bundle.dir());
}

}  // namespace woshou::importers::test
