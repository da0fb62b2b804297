// Field values: numbers, ranges, flags, dates, UTF-8, control characters.
#include "temp_bundle.hpp"

#include <boost/test/unit_test.hpp>

using woshou::importers::test::error_after_appending;
using woshou::importers::test::import_error_of;
using woshou::importers::test::TempBundle;

namespace {

const char* kCourseHeader = "course_id,university_id,code,name,name_en,credits,hours,category,description\n";

std::string error_with_course(const std::string& row) {
    auto bundle = TempBundle::copy_of_valid();
    bundle.write("courses.csv", std::string(kCourseHeader) + "TJU-CS101,TJU,CS101,程序设计,,4,,,\n" + row);
    bundle.write("plan_courses.csv", "plan_id,course_id,semester,required\n");
    bundle.write("prerequisites.csv", "course_id,prerequisite_id\n");
    bundle.write("course_skills.csv", "course_id,skill_id,weight\n");
    return import_error_of(bundle.dir());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bundle_values)

BOOST_AUTO_TEST_CASE(malformed_numbers_are_rejected_with_file_line_and_column) {
    BOOST_TEST(error_with_course("X,TJU,X1,课,,three,,,\n") == "courses.csv:3: column credits: 'three' is not a number");
    BOOST_TEST(error_with_course("X,TJU,X1,课,,2 ,,,\n") == "courses.csv:3: column credits: '2 ' is not a number");
    BOOST_TEST(error_with_course("X,TJU,X1,课,,2,32.5,,\n") == "courses.csv:3: column hours: '32.5' is not a whole number");
    BOOST_TEST(error_with_course("X,TJU,X1,课,,2,-1,,\n") == "courses.csv:3: column hours: must be at least 0, got '-1'");
    BOOST_TEST(error_with_course("X,TJU,X1,课,,nan,,,\n") == "courses.csv:3: column credits: 'nan' is not a number");
    BOOST_TEST(error_after_appending("plan_courses.csv", "TJU-CS-2023,LIS 3781,1.5,1\n") ==
               "plan_courses.csv:5: column semester: '1.5' is not a whole number");
}

BOOST_AUTO_TEST_CASE(credits_must_be_greater_than_zero) {
    BOOST_TEST(error_with_course("X,TJU,X1,课,,0,,,\n") == "courses.csv:3: column credits: must be greater than 0, got '0'");
    BOOST_TEST(error_with_course("X,TJU,X1,课,,-2.5,,,\n") == "courses.csv:3: column credits: must be greater than 0, got '-2.5'");
    BOOST_TEST(error_with_course("X,TJU,X1,课,,,,,\n") == "courses.csv:3: column credits: must not be empty");
}

BOOST_AUTO_TEST_CASE(weight_and_importance_outside_zero_one_are_rejected) {
    BOOST_TEST(error_after_appending("course_skills.csv", "TJU-CS301,db,1.5\n") ==
               "course_skills.csv:5: column weight: must be in (0,1], got '1.5'");
    BOOST_TEST(error_after_appending("course_skills.csv", "TJU-CS301,db,0\n") ==
               "course_skills.csv:5: column weight: must be in (0,1], got '0'");
    BOOST_TEST(error_after_appending("demand_skills.csv", "D2,db,-0.1\n") ==
               "demand_skills.csv:4: column importance: must be in (0,1], got '-0.1'");
}

BOOST_AUTO_TEST_CASE(placed_above_graduates_is_rejected) {
    BOOST_TEST(error_after_appending("outcomes.csv", "TJU-CS,2024,100,101\n") ==
               "outcomes.csv:4: column placed: placed (101) exceeds graduates (100)");
    BOOST_TEST(error_after_appending("outcomes.csv", "TJU-CS,2024,-1,0\n") ==
               "outcomes.csv:4: column graduates: must be at least 0, got '-1'");
}

BOOST_AUTO_TEST_CASE(ranges_flags_dates_and_relations_are_checked) {
    BOOST_TEST(error_after_appending("plan_courses.csv", "TJU-CS-2023,LIS 3781,13,1\n") ==
               "plan_courses.csv:5: column semester: must be between 1 and 12, got '13'");
    BOOST_TEST(error_after_appending("plan_courses.csv", "TJU-CS-2023,LIS 3781,2,yes\n") ==
               "plan_courses.csv:5: column required: must be 1 or 0, got 'yes'");
    BOOST_TEST(error_after_appending("plans.csv", "P2,TJU-CS,1800,v1\n") ==
               "plans.csv:3: column cohort_year: must be between 1900 and 2100, got '1800'");
    BOOST_TEST(error_after_appending("demands.csv", "D3,E1,岗位,,0,,2024-01-01\n") ==
               "demands.csv:4: column headcount: must be at least 1, got '0'");
    BOOST_TEST(error_after_appending("demands.csv", "D3,E1,岗位,,1,,2023-02-29\n") ==
               "demands.csv:4: column posted_on: '2023-02-29' is not a valid date (YYYY-MM-DD)");
    BOOST_TEST(error_after_appending("demands.csv", "D3,E1,岗位,,1,,2023/01/05\n") ==
               "demands.csv:4: column posted_on: '2023/01/05' is not a valid date (YYYY-MM-DD)");
    BOOST_TEST(error_after_appending("occupation_skills.csv", "dev,python,required\n") ==
               "occupation_skills.csv:4: column relation: must be essential or optional, got 'required'");
}

BOOST_AUTO_TEST_CASE(required_columns_must_not_be_empty_but_optional_ones_may) {
    BOOST_TEST(error_after_appending("employers.csv", "E2,某公司,,\n") == "employers.csv:3: column industry: must not be empty");
    BOOST_TEST(error_after_appending("universities.csv", "  ,某大学,,\n") ==
               "universities.csv:4: column university_id: must not be empty");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_rejected_with_line_and_column) {
    BOOST_TEST(error_after_appending("universities.csv", "U3,bad \xFF name,,\n") ==
               "universities.csv:4: column name: invalid UTF-8");
}

BOOST_AUTO_TEST_CASE(ids_keep_spaces_but_reject_control_characters) {
    BOOST_TEST(error_after_appending("universities.csv", "\"U\t3\",某大学,,\n") ==
               "universities.csv:4: column university_id: contains a control character");
}

BOOST_AUTO_TEST_SUITE_END()
