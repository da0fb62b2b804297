#include <boost/test/unit_test.hpp>
#include <functional>

#include "support/dataset_text.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"

using woshou::sql::Database;
using woshou::sql::SqlError;
using namespace woshou::sql::test;
namespace model = woshou::model;
namespace tt = boost::test_tools;

namespace {

struct BadInput {
    std::string what;   // for the failure context
    std::string table;  // the table the error must name
    std::function<void(model::Dataset&)> spoil;
};

// A valid new university and a changed existing course come first, so a
// rollback has real earlier work to undo.
model::Dataset valid_changes(const model::Dataset& sample) {
    model::Dataset d;
    d.universities = {{"tust", "天津科技大学", "Tianjin University of Science and Technology", "天津"}};
    d.courses = {sample.courses[1]};
    d.courses[0].name = "should be rolled back";
    return d;
}

const std::vector<BadInput>& bad_inputs() {
    static const std::vector<BadInput> inputs = {
        {"course_skill naming a missing skill", "course_skill",
         [](model::Dataset& d) {
             d.course_skills = {{"tju-CS101", "no such skill", 0.5}};
         }},
        {"major naming a missing university", "major",
         [](model::Dataset& d) {
             d.majors = {{"m", "no such university", "080901", "x", "", "bachelor"}};
         }},
        {"demand naming a missing occupation", "demand",
         [](model::Dataset& d) {
             d.demands = {{"d9", "e1", "", "no such occupation", 1, "", "2024-01-01"}};
         }},
        {"weight above 1", "course_skill",
         [](model::Dataset& d) {
             d.course_skills = {{"tju-CS101", "S1", 1.5}};
         }},
        {"weight 0", "course_skill",
         [](model::Dataset& d) {
             d.course_skills = {{"tju-CS101", "S1", 0}};
         }},
        {"credits 0", "course",
         [](model::Dataset& d) {
             d.courses.push_back({"c0", "tju", "C0", "零学分", "", 0, std::nullopt, "", ""});
         }},
        {"semester 13", "plan_course",
         [](model::Dataset& d) {
             d.plan_courses = {{"tju-080901-2023", "tju-CS101", 13, true}};
         }},
        {"headcount 0", "demand",
         [](model::Dataset& d) {
             d.demands = {{"d9", "e1", "", "", 0, "", "2024-01-01"}};
         }},
        {"posted_on not YYYY-MM-DD", "demand",
         [](model::Dataset& d) {
             d.demands = {{"d9", "e1", "", "", 1, "", "2024/1/1"}};
         }},
        {"importance above 1", "demand_skill",
         [](model::Dataset& d) {
             d.demand_skills = {{"d1", "S1", 2}};
         }},
        {"placed above graduates", "outcome",
         [](model::Dataset& d) {
             d.outcomes = {{"tju-080901", 2025, 10, 11}};
         }},
        {"course its own prerequisite", "course_prerequisite",
         [](model::Dataset& d) {
             d.prerequisites = {{"tju-CS101", "tju-CS101"}};
         }},
        {"skill its own broader", "skill_broader",
         [](model::Dataset& d) {
             d.skill_broaders = {{"S1", "S1"}};
         }},
        {"duplicate (major, cohort_year, version)", "training_plan",
         [](model::Dataset& d) {
             d.plans = {{"another plan id", "tju-080901", 2023, "v1"}};
         }},
        {"duplicate course code in one university", "course",
         [](model::Dataset& d) {
             d.courses.push_back({"other", "tju", "CS201", "重复", "", 1, 16, "", ""});
         }},
        {"empty id", "employer",
         [](model::Dataset& d) {
             d.employers = {{"", "x", "", ""}};
         }},
    };
    return inputs;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(failed_upsert)

BOOST_AUTO_TEST_CASE(every_constraint_violation_throws_constraint_naming_the_table_and_writes_nothing) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        auto sample = sample_dataset();
        db->upsert(sample);
        const auto before = dataset_lines(db->load());
        const auto version_before = db->data_version();

        for (const auto& bad : bad_inputs()) {
            BOOST_TEST_CONTEXT(bad.what) {
                auto rows = valid_changes(sample);
                bad.spoil(rows);
                try {
                    db->upsert(rows);
                    BOOST_ERROR("upsert must throw");
                } catch (const SqlError& e) {
                    std::string message = e.what();
                    BOOST_TEST(e.code() == "constraint", message);
                    BOOST_TEST(message.find("table " + bad.table) != std::string::npos, message);
                }
                BOOST_TEST(dataset_lines(db->load()) == before, tt::per_element());
                BOOST_TEST(db->data_version() == version_before);
            }
        }
        // The connection is still usable after all those rollbacks.
        db->upsert(valid_changes(sample));
        BOOST_TEST(db->data_version() == version_before + 1);
    });
}

BOOST_AUTO_TEST_CASE(a_failure_in_a_late_batch_rolls_back_the_earlier_batches) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        model::Dataset rows;
        rows.universities = {{"u", "大学", "", ""}};
        rows.courses = {{"c", "u", "C", "课程", "", 1, std::nullopt, "", ""}};
        for (int i = 0; i < 5000; ++i) {
            std::string id = "s";
            id += std::to_string(i);
            rows.skills.push_back({id, "技能", "", {}, "", ""});
            rows.course_skills.push_back({"c", id, 0.5});
        }
        rows.course_skills.push_back({"c", "missing skill", 0.5});

        BOOST_CHECK_THROW(db->upsert(rows), SqlError);
        BOOST_TEST(db->load().row_count() == 0u);
        BOOST_TEST(db->data_version() == 0u);
    });
}

BOOST_AUTO_TEST_SUITE_END()
