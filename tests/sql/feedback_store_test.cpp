#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include "support/expect_error.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/accounts.hpp"
#include "woshou/sql/database.hpp"
#include "woshou/sql/feedback_store.hpp"

using namespace woshou::sql;
using namespace woshou::sql::test;

namespace {

const std::string kPython = "http://data.europa.eu/esco/skill/ccd0a1d9";

// Sample data; two organisations speak for employer e1, one for e2.
void prepare(Database& db) {
    db.upsert(sample_dataset());
    Accounts accounts(db);
    accounts.add_organisation({"org-e1", "E1 HR", "employer", "e1", "", ""});
    accounts.add_organisation({"org-e1b", "E1 R&D", "employer", "e1", "", ""});
    accounts.add_organisation({"org-e2", "E2", "employer", "e2", "", ""});
    accounts.add_organisation({"org-tju", "TJU", "university", "", "tju", ""});
}

NewFeedback on_major(const std::string& organisation = "org-e1") {
    NewFeedback f;
    f.organisation_id = organisation;
    f.target_kind = "major";
    f.target_id = "tju-080901";
    f.rating = 4;
    f.missing_skills = {"S1", "S1"};
    f.outdated_skills = {kPython};
    f.comment = "<b>不错</b>, but add more practice\nsecond line";
    return f;
}

FeedbackResponse answer(const std::string& status) {
    FeedbackResponse r;
    r.status = status;
    r.responded_by = "org-tju";
    return r;
}

// A UTF-8 string of `n` copies of a three-byte character.
std::string chinese(std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += "课";
    return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(feedback_store)

BOOST_AUTO_TEST_CASE(feedback_goes_from_employer_to_university_and_back_with_its_answer) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        const auto before = db->data_version();
        std::string id = add_feedback(*db, on_major());
        BOOST_TEST(id.rfind("fb_", 0) == 0u);
        BOOST_TEST(db->data_version() == before + 1);

        auto f = feedback_by_id(*db, id);
        BOOST_TEST_REQUIRE(f.has_value());
        BOOST_TEST(f->employer_id == "e1");
        BOOST_TEST(f->university_id == "tju");
        BOOST_TEST(f->major_id == "tju-080901");
        BOOST_TEST(f->status == "received");
        BOOST_TEST(f->comment == "<b>不错</b>, but add more practice\nsecond line");  // verbatim
        BOOST_TEST(f->missing_skills == std::vector<std::string>{"S1"});
        BOOST_TEST(f->outdated_skills == std::vector<std::string>{kPython});
        BOOST_TEST(!f->responded_at.has_value());

        // The university finds it; another does not.
        BOOST_TEST(feedback(*db, {"tju", "", "", "", 100, 0}).size() == 1u);
        BOOST_TEST(feedback(*db, {"nku", "", "", "", 100, 0}).empty());
        BOOST_TEST(feedback(*db, {"tju", "", "", "received", 100, 0}).size() == 1u);
        BOOST_TEST(feedback(*db, {"", "e2", "", "", 100, 0}).empty());
        BOOST_TEST(feedback_count(*db, {"tju", "e1", "tju-080901", "", 1, 0}) == 1u);

        auto response = answer("under_review");
        response.response = "我们正在研究";
        respond_feedback(*db, id, response);
        BOOST_TEST(feedback_by_id(*db, id)->status == "under_review");
        BOOST_TEST(feedback_by_id(*db, id)->responded_at.has_value());
        // A later answer keeps the first answer's time (response time is to the first).
        db->session() << "UPDATE feedback SET responded_at = '2024-01-01T00:00:00Z'";

        auto adopted = answer("adopted");
        adopted.adopted_plan_id = "tju-080901-2024";
        adopted.response = "新版培养方案已加入";
        respond_feedback(*db, id, adopted);
        f = feedback_by_id(*db, id);
        BOOST_TEST(f->status == "adopted");
        BOOST_TEST(f->adopted_plan_id == "tju-080901-2024");
        BOOST_TEST(f->response == "新版培养方案已加入");
        BOOST_TEST(f->responded_by == "org-tju");
        BOOST_TEST(f->responded_at.value_or("") == "2024-01-01T00:00:00Z");
        // The employer sees the answer in its own list.
        auto own = feedback(*db, {"", "e1", "", "", 100, 0});
        BOOST_TEST_REQUIRE(own.size() == 1u);
        BOOST_TEST(own[0].status == "adopted");
        BOOST_TEST(db->data_version() == before + 1);  // answers do not change what reports weigh
    });
}

BOOST_AUTO_TEST_CASE(illegal_answers_are_refused_and_leave_the_feedback_as_it_was) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        std::string id = add_feedback(*db, on_major());
        auto refuse = [&](const FeedbackResponse& r, const std::string& code, const std::string& part) {
            expect_sql_error([&] { respond_feedback(*db, id, r); }, code, part);
        };
        refuse(answer("received"), "invalid", "status must be under_review, adopted or declined, got 'received'");
        refuse(answer("done"), "invalid", "got 'done'");
        refuse(answer("adopted"), "invalid", "adopted_plan_id is required");
        auto foreign = answer("adopted");
        foreign.adopted_plan_id = "nku-120102-2023";
        refuse(foreign, "invalid", "plan 'nku-120102-2023' belongs to major 'nku-120102'");
        auto unknown_plan = answer("adopted");
        unknown_plan.adopted_plan_id = "p404";
        refuse(unknown_plan, "invalid", "adopted_plan_id: unknown plan 'p404'");
        refuse(answer("declined"), "invalid", "declined_reason is required");
        auto blank_reason = answer("declined");
        blank_reason.declined_reason = "  \n";
        refuse(blank_reason, "invalid", "declined_reason is required");
        auto plan_with_review = answer("under_review");
        plan_with_review.adopted_plan_id = "tju-080901-2024";
        refuse(plan_with_review, "invalid", "adopted_plan_id is only allowed when status is adopted");
        auto too_long = answer("under_review");
        too_long.response = chinese(kFeedbackTextLimit + 1);
        refuse(too_long, "invalid", "response must be at most 2000 characters");
        auto stranger = answer("under_review");
        stranger.responded_by = "org-ghost";
        refuse(stranger, "not_found", "organisation 'org-ghost' not found");
        expect_sql_error([&] { respond_feedback(*db, "fb_none", answer("under_review")); }, "not_found",
                         "feedback 'fb_none' not found");
        BOOST_TEST(feedback_by_id(*db, id)->status == "received");
        BOOST_TEST(!feedback_by_id(*db, id)->responded_at.has_value());

        // Declined with a reason is legal, and so is a later change of mind.
        auto declined = answer("declined");
        declined.declined_reason = "课程已满";
        respond_feedback(*db, id, declined);
        BOOST_TEST(feedback_by_id(*db, id)->declined_reason == "课程已满");
        respond_feedback(*db, id, answer("under_review"));
        BOOST_TEST(feedback_by_id(*db, id)->status == "under_review");
        BOOST_TEST(feedback_by_id(*db, id)->declined_reason == "");
    });
}

BOOST_AUTO_TEST_CASE(the_comment_is_limited_to_2000_characters_of_valid_text) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        auto f = on_major();
        f.comment = chinese(kFeedbackTextLimit);  // 6000 bytes but 2000 characters: accepted
        std::string id = add_feedback(*db, f);
        BOOST_TEST(feedback_by_id(*db, id)->comment == f.comment);
        f.comment = chinese(kFeedbackTextLimit + 1);
        expect_sql_error([&] { add_feedback(*db, f); }, "invalid", "comment must be at most 2000 characters, got 2001");
        f.comment = "ok\x07";
        expect_sql_error([&] { add_feedback(*db, f); }, "invalid", "comment contains a control character");
        f.comment = "\xc3\x28";
        expect_sql_error([&] { add_feedback(*db, f); }, "invalid", "comment is not valid UTF-8");
        BOOST_TEST(feedback_count(*db, {}) == 1u);
    });
}

BOOST_AUTO_TEST_CASE(invalid_feedback_is_refused_naming_the_field) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        auto with = [](auto change) {
            NewFeedback f = on_major();
            change(f);
            return f;
        };
        auto refuse = [&](const NewFeedback& f, const std::string& code, const std::string& part) {
            expect_sql_error([&] { add_feedback(*db, f); }, code, part);
        };
        refuse(with([](NewFeedback& f) { f.rating = 0; }), "invalid", "rating must be between 1 and 5, got 0");
        refuse(with([](NewFeedback& f) { f.rating = 6; }), "invalid", "got 6");
        refuse(with([](NewFeedback& f) { f.target_kind = "university"; }), "invalid",
               "target_kind must be major, plan or course, got 'university'");
        refuse(with([](NewFeedback& f) { f.target_id = "m404"; }), "invalid", "target_id: unknown major 'm404'");
        refuse(with([](NewFeedback& f) { f.missing_skills = {"S1", "S404"}; }), "invalid",
               "missing_skills[1]: unknown skill 'S404'");
        refuse(with([](NewFeedback& f) { f.outdated_skills = {"S1"}; }), "invalid",
               "outdated_skills: skill 'S1' is also in missing_skills");
        refuse(with([](NewFeedback& f) { f.major_id = "nku-120102"; }), "invalid", "is not the major of major");
        refuse(with([](NewFeedback& f) { f.target_kind = "course"; f.target_id = "tju-CS101"; f.major_id = "tju-080910T"; }),
               "invalid", "major_id: course 'tju-CS101' is in no plan of major 'tju-080910T'");
        refuse(with([](NewFeedback& f) { f.organisation_id = "org-tju"; }), "forbidden", "is not an employer");
        refuse(with([](NewFeedback& f) { f.organisation_id = "org-ghost"; }), "not_found",
               "organisation 'org-ghost' not found");
        BOOST_TEST(feedback_count(*db, {}) == 0u);
    });
}

BOOST_AUTO_TEST_CASE(plan_and_course_targets_find_their_major_and_university) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        auto on_plan = on_major();
        on_plan.target_kind = "plan";
        on_plan.target_id = "tju-080901-2023";
        auto plan_feedback = feedback_by_id(*db, add_feedback(*db, on_plan));
        BOOST_TEST(plan_feedback->major_id == "tju-080901");
        BOOST_TEST(plan_feedback->university_id == "tju");

        auto on_course = on_major();
        on_course.target_kind = "course";
        on_course.target_id = "tju-CS201";
        auto course_feedback = feedback_by_id(*db, add_feedback(*db, on_course));
        BOOST_TEST(course_feedback->major_id == "");
        BOOST_TEST(course_feedback->university_id == "tju");
        on_course.major_id = "tju-080901";  // CS201 is in its 2023 plan
        BOOST_TEST(feedback_by_id(*db, add_feedback(*db, on_course))->major_id == "tju-080901");

        // A course target without a major is adopted by any plan of its university.
        auto adopted = answer("adopted");
        adopted.adopted_plan_id = "tju-080901-2024";
        respond_feedback(*db, course_feedback->id, adopted);
        BOOST_TEST(feedback(*db, {"", "", "tju-080901", "", 100, 0}).size() == 2u);
    });
}

BOOST_AUTO_TEST_CASE(missing_skills_count_distinct_employers_per_major) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        // Two organisations of e1 and one of e2 all name S1; only e2 names Python.
        add_feedback(*db, on_major("org-e1"));
        auto second = on_major("org-e1b");
        second.outdated_skills.clear();
        second.target_kind = "plan";
        second.target_id = "tju-080901-2024";
        add_feedback(*db, second);
        auto third = on_major("org-e2");
        third.missing_skills = {"S1", kPython};
        third.outdated_skills.clear();
        third.rating = 2;
        std::string third_id = add_feedback(*db, third);
        // Feedback on another major does not count here.
        auto elsewhere = on_major("org-e2");
        elsewhere.target_id = "nku-120102";
        add_feedback(*db, elsewhere);

        auto by_skill = missing_skill_employers(*db, "tju-080901");
        BOOST_TEST_REQUIRE(by_skill.size() == 2u);
        BOOST_TEST((by_skill["S1"] == std::set<std::string>{"e1", "e2"}));
        BOOST_TEST((by_skill[kPython] == std::set<std::string>{"e2"}));
        BOOST_TEST(missing_skill_employers(*db, "tju-080910T").empty());

        auto signals = feedback_signals(*db);
        BOOST_TEST(signals.size() == 5u);  // 1 + 1 + 2 on tju-080901, 1 on nku-120102
        BOOST_TEST(signals.front().major_id == "nku-120102");

        auto answered = answer("under_review");
        respond_feedback(*db, third_id, answered);
        auto summary = feedback_summary(*db, "tju-080901");
        BOOST_TEST(summary.total == 3u);
        BOOST_TEST(summary.by_rating[4] == 2u);
        BOOST_TEST(summary.by_rating[2] == 1u);
        BOOST_TEST(summary.by_rating[5] == 0u);
        BOOST_TEST(summary.by_status["received"] == 2u);
        BOOST_TEST(summary.by_status["under_review"] == 1u);
        BOOST_TEST(summary.by_status["adopted"] == 0u);
        BOOST_TEST_REQUIRE(summary.missing_skills.size() == 2u);
        BOOST_TEST(summary.missing_skills[0].first == "S1");
        BOOST_TEST(summary.missing_skills[0].second == 3u);
        BOOST_TEST(summary.missing_skills[1].second == 1u);
        BOOST_TEST_REQUIRE(summary.outdated_skills.size() == 1u);
        BOOST_TEST(summary.responded == 1u);
        BOOST_TEST_REQUIRE(summary.median_response_hours.has_value());
        BOOST_TEST(*summary.median_response_hours >= 0.0);
        BOOST_TEST(*summary.median_response_hours < 0.1);
        expect_sql_error([&] { feedback_summary(*db, "m404"); }, "not_found", "major 'm404' not found");
    });
}

BOOST_AUTO_TEST_CASE(feedback_is_listed_newest_first_in_pages) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        std::vector<std::string> ids;
        for (int i = 0; i < 3; ++i) {
            auto f = on_major();
            f.id = "fb-" + std::to_string(i);
            ids.push_back(add_feedback(*db, f));
        }
        // Spread the creation times so the order is by time, not by id.
        db->session() << "UPDATE feedback SET created_at = '2024-01-03T00:00:00Z' WHERE id = 'fb-0'";
        db->session() << "UPDATE feedback SET created_at = '2024-01-01T00:00:00Z' WHERE id = 'fb-1'";
        db->session() << "UPDATE feedback SET created_at = '2024-01-02T00:00:00Z' WHERE id = 'fb-2'";
        auto all = feedback(*db, {});
        BOOST_TEST_REQUIRE(all.size() == 3u);
        BOOST_TEST(all[0].id == "fb-0");
        BOOST_TEST(all[1].id == "fb-2");
        BOOST_TEST(all[2].id == "fb-1");
        auto page = feedback(*db, {"", "", "", "", 1, 1});
        BOOST_TEST_REQUIRE(page.size() == 1u);
        BOOST_TEST(page[0].id == "fb-2");
        BOOST_TEST(feedback_count(*db, {"", "", "", "", 1, 1}) == 3u);
    });
}

BOOST_AUTO_TEST_SUITE_END()
