#include "woshou/graph/snapshot_holder.hpp"

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <thread>

using namespace woshou;

namespace {

// A snapshot whose content is tied to its version: version v holds v courses.
std::shared_ptr<const graph::Snapshot> snapshot_with(std::uint64_t version) {
    model::Dataset d;
    d.universities.push_back({"U", "U", "", ""});
    for (std::uint64_t i = 0; i < version; ++i) {
        // Built with append: GCC 12 warns falsely (-Wrestrict) on "C" + std::to_string(i).
        std::string id = "C";
        id += std::to_string(i);
        d.courses.push_back({id, "U", id, "c", "", 1, {}, "", ""});
    }
    return graph::Snapshot::build(std::move(d), version);
}

}  // namespace

BOOST_AUTO_TEST_CASE(readers_never_see_half_a_swap_under_concurrent_replacement) {
    graph::SnapshotHolder holder(snapshot_with(1));
    std::atomic<bool> stop{false};
    std::atomic<int> inconsistent{0};
    std::atomic<long> reads{0};
    std::vector<std::thread> readers;
    for (int r = 0; r < 3; ++r)
        readers.emplace_back([&] {
            while (!stop.load()) {
                auto s = holder.get();
                if (s->data().courses.size() != s->version() ||
                    s->courses_of_university(0).size() != s->version())
                    ++inconsistent;
                ++reads;
            }
        });
    std::uint64_t last = 1;
    for (std::uint64_t v = 2; v <= 200; ++v) {
        holder.replace(snapshot_with(v));
        last = v;
    }
    stop = true;
    for (auto& t : readers) t.join();
    BOOST_TEST(inconsistent.load() == 0);
    BOOST_TEST(reads.load() > 0);
    BOOST_TEST(holder.get()->version() == last);
}

BOOST_AUTO_TEST_CASE(a_held_snapshot_outlives_its_replacement) {
    graph::SnapshotHolder holder(snapshot_with(3));
    auto held = holder.get();
    holder.replace(snapshot_with(5));
    BOOST_TEST(held->data().courses.size() == 3u);
    BOOST_TEST(holder.get()->version() == 5u);
}
