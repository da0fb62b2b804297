#include "sample_data.hpp"

#include "woshou/server/snapshot_reloader.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <thread>
#include <unistd.h>

using namespace woshou;

namespace {

// A fresh SQLite file per test, removed afterwards.
struct TempDatabase {
    TempDatabase()
        : path(std::filesystem::temp_directory_path() /
               ("woshou-server-reload-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".db")) {
        std::filesystem::remove(path);
    }
    ~TempDatabase() {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(path.string() + suffix);
    }
    std::string connection() const { return "sqlite:" + path.string(); }
    std::filesystem::path path;
    static inline int counter = 0;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(snapshot_reloader)

BOOST_AUTO_TEST_CASE(a_write_by_another_connection_is_published_as_a_new_snapshot) {
    TempDatabase file;
    auto database = sql::Database::open(file.connection());
    database->upsert(test::sample_dataset());
    graph::SnapshotHolder holder(graph::Snapshot::build(database->load(), database->data_version()));
    auto first = holder.get();
    server::SnapshotReloader reloader(*database, holder, std::chrono::milliseconds(50));

    BOOST_TEST(!reloader.reload_if_changed());
    BOOST_TEST(holder.get() == first);

    // An import from another process: a second connection to the same file.
    auto writer = sql::Database::open(file.connection());
    model::Dataset more;
    more.universities.push_back({"HEBUT", "河北工业大学", "Hebei University of Technology", "天津"});
    writer->upsert(more);

    BOOST_TEST(reloader.reload_if_changed());
    auto second = holder.get();
    BOOST_TEST(second->version() != first->version());
    BOOST_TEST(second->data().universities.size() == 3u);
    BOOST_TEST(first->data().universities.size() == 2u);  // old readers keep their snapshot
}

BOOST_AUTO_TEST_CASE(the_polling_thread_picks_up_a_write_and_stops_cleanly) {
    TempDatabase file;
    auto database = sql::Database::open(file.connection());
    database->upsert(test::sample_dataset());
    graph::SnapshotHolder holder(graph::Snapshot::build(database->load(), database->data_version()));
    auto before = holder.get()->version();
    server::SnapshotReloader reloader(*database, holder, std::chrono::milliseconds(20));
    reloader.start();

    auto writer = sql::Database::open(file.connection());
    model::Dataset more;
    more.universities.push_back({"TUST", "天津科技大学", "Tianjin University of Science and Technology", "天津"});
    writer->upsert(more);

    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (holder.get()->version() == before && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    BOOST_TEST(holder.get()->version() != before);
    reloader.stop();
    reloader.stop();  // idempotent
}

BOOST_AUTO_TEST_SUITE_END()
