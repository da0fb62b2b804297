// Database::upsert's `ready` hook, which lets a reader on another thread fill
// later tables while earlier ones are written (clients' `import bundle`):
// asked before every table in write order and before the commit, and an
// exception from it rolls the whole write back.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "support/dataset_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using namespace woshou::sql::test;
namespace model = woshou::model;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(pipelined_upsert)

BOOST_AUTO_TEST_CASE(ready_is_asked_for_every_table_parents_first_then_for_the_commit) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        const model::Dataset d = sample_dataset();
        std::vector<const void*> asked;
        db->upsert(d, {}, [&](const void* rows) { asked.push_back(rows); });
        const std::vector<const void*> expected = {
            &d.universities, &d.majors,         &d.courses,           &d.plans,     &d.plan_courses,
            &d.prerequisites, &d.skills,        &d.skill_broaders,    &d.course_skills, &d.occupations,
            &d.occupation_skills, &d.employers, &d.demands,           &d.demand_skills, &d.outcomes,
            nullptr};
        BOOST_TEST(asked == expected, tt::per_element());
        BOOST_TEST(dataset_lines(db->load()) == dataset_lines(in_key_order(d)), tt::per_element());
    });
}

BOOST_AUTO_TEST_CASE(tables_filled_by_another_thread_while_earlier_ones_are_written_arrive_whole) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        const model::Dataset full = sample_dataset();
        model::Dataset filling;
        filling.universities = full.universities;
        // The writer may only go past a table once the filler has completed it.
        std::mutex mutex;
        std::condition_variable changed;
        int completed = 0;  // tables the filler has completed, in write order
        std::vector<std::function<void()>> fill = {
            [&] { filling.majors = full.majors; },       [&] { filling.courses = full.courses; },
            [&] { filling.plans = full.plans; },         [&] { filling.plan_courses = full.plan_courses; },
            [&] { filling.prerequisites = full.prerequisites; }, [&] { filling.skills = full.skills; },
            [&] { filling.skill_broaders = full.skill_broaders; }, [&] { filling.course_skills = full.course_skills; },
            [&] { filling.occupations = full.occupations; }, [&] { filling.occupation_skills = full.occupation_skills; },
            [&] { filling.employers = full.employers; }, [&] { filling.demands = full.demands; },
            [&] { filling.demand_skills = full.demand_skills; }, [&] { filling.outcomes = full.outcomes; }};
        std::thread filler([&] {
            for (auto& step : fill) {
                step();
                std::lock_guard lock(mutex);
                ++completed;
                changed.notify_all();
            }
        });
        int needed = 0;  // universities come complete; each later table needs one more step
        db->upsert(filling, {}, [&](const void*) {
            std::unique_lock lock(mutex);
            const int step = needed++;
            changed.wait(lock, [&] { return completed >= std::min(step, static_cast<int>(fill.size())); });
        });
        filler.join();
        BOOST_TEST(dataset_lines(db->load()) == dataset_lines(in_key_order(full)), tt::per_element());
    });
}

BOOST_AUTO_TEST_CASE(an_exception_from_ready_before_the_commit_writes_nothing) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        BOOST_CHECK_THROW(db->upsert(sample_dataset(), {},
                                     [](const void* rows) {
                                         if (!rows) throw std::runtime_error("the reader failed");
                                     }),
                          std::runtime_error);
        BOOST_TEST(db->load().row_count() == 0u);
        BOOST_TEST(db->data_version() == 0u);
        // The connection is usable and consistent afterwards.
        db->upsert(sample_dataset());
        BOOST_TEST(db->data_version() == 1u);
    });
}

BOOST_AUTO_TEST_SUITE_END()
