#include <boost/test/unit_test.hpp>
#include <chrono>

#include "support/dataset_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using namespace woshou::sql::test;
namespace model = woshou::model;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(upsert_and_load)

BOOST_AUTO_TEST_CASE(upsert_then_load_returns_every_entity_and_field_unchanged_in_key_order) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        auto sample = sample_dataset();
        db->upsert(sample);

        auto loaded = db->load();
        BOOST_TEST(loaded.row_count() == sample.row_count());
        BOOST_TEST(dataset_lines(loaded) == dataset_lines(in_key_order(sample)), tt::per_element());
        BOOST_TEST(db->data_version() == 1u);
    });
}

BOOST_AUTO_TEST_CASE(upserting_the_same_rows_again_changes_nothing_but_data_version) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        db->upsert(sample_dataset());
        auto first = dataset_lines(db->load());
        db->upsert(sample_dataset());
        BOOST_TEST(dataset_lines(db->load()) == first, tt::per_element());
        BOOST_TEST(db->data_version() == 2u);
    });
}

BOOST_AUTO_TEST_CASE(a_changed_row_is_updated_in_place_and_the_others_stay) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        auto expected = sample_dataset();
        db->upsert(expected);

        // Change some non-key fields, sending only the changed rows.
        model::Dataset change;
        model::Course course = expected.courses[1];  // tju-CS101
        course.name = "程序设计基础（新）";
        course.hours.reset();
        course.credits = 4;
        change.courses = {course};
        model::Skill skill = expected.skills[1];  // S1
        skill.alt_labels = {"编码"};
        skill.label_en.clear();
        change.skills = {skill};
        model::Demand demand = expected.demands[1];  // d1
        demand.occupation_id.clear();
        demand.headcount = 7;
        change.demands = {demand};
        model::PlanCourse plan_course = expected.plan_courses[1];
        plan_course.required = false;
        plan_course.semester = 2;
        change.plan_courses = {plan_course};
        db->upsert(change);

        expected.courses[1] = course;
        expected.skills[1] = skill;
        expected.demands[1] = demand;
        expected.plan_courses[1] = plan_course;
        BOOST_TEST(dataset_lines(db->load()) == dataset_lines(in_key_order(expected)), tt::per_element());
        BOOST_TEST(db->data_version() == 2u);
    });
}

BOOST_AUTO_TEST_CASE(an_empty_upsert_still_counts_as_a_write) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        db->upsert({});
        BOOST_TEST(db->data_version() == 1u);
        BOOST_TEST(db->load().row_count() == 0u);
    });
}

namespace {

// Many skills with a hierarchy and course links: several write and fetch
// batches per table, with the last batch partly filled.
model::Dataset bulk_dataset(std::size_t skill_count) {
    model::Dataset d;
    d.universities = {{"u", "大学", "", ""}};
    d.courses = {{"c", "u", "C1", "课程", "", 2, 32, "", ""}};
    for (std::size_t i = 0; i < skill_count; ++i) {
        std::string id = "skill-" + std::to_string(100000 + i);
        d.skills.push_back({id,
                            "技能 " + std::to_string(i),
                            "skill " + std::to_string(i),
                            {"alt a " + std::to_string(i), "alt b"},
                            "skill/competence",
                            "esco"});
        if (i > 0) d.skill_broaders.push_back({id, "skill-100000"});
        d.course_skills.push_back({"c", id, (static_cast<double>(i % 100) + 1) / 100});
    }
    return d;
}

}  // namespace

BOOST_AUTO_TEST_CASE(thousands_of_rows_round_trip_in_batches_with_progress_up_to_the_total) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        auto rows = bulk_dataset(target.backend == "sqlite" ? 30000 : 6000);

        std::vector<std::pair<std::size_t, std::size_t>> reports;
        auto start = std::chrono::steady_clock::now();
        db->upsert(rows, [&](std::size_t done, std::size_t total) { reports.emplace_back(done, total); });
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        BOOST_TEST_MESSAGE(target.backend << ": upserted " << rows.row_count() << " rows in " << seconds
                                          << " s (" << static_cast<long>(rows.row_count() / seconds)
                                          << " rows/s)");

        BOOST_TEST_REQUIRE(reports.size() > 3u);
        for (std::size_t i = 0; i < reports.size(); ++i) {
            BOOST_TEST(reports[i].second == rows.row_count());
            if (i > 0) BOOST_TEST(reports[i].first > reports[i - 1].first);
        }
        BOOST_TEST(reports.back().first == rows.row_count());

        start = std::chrono::steady_clock::now();
        auto loaded = db->load();
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        BOOST_TEST_MESSAGE(target.backend << ": loaded " << loaded.row_count() << " rows in " << seconds
                                          << " s");
        BOOST_TEST(dataset_lines(loaded) == dataset_lines(in_key_order(rows)), tt::per_element());
    });
}

BOOST_AUTO_TEST_SUITE_END()
