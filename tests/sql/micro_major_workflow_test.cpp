// Micro-major proposals: the status flow, every legal and illegal transition,
// who may do what, and what reaches a snapshot (docs/micro-majors.md).
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <thread>

#include "support/expect_error.hpp"
#include "support/micro_major_world.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"
#include "woshou/sql/micro_major_store.hpp"

using namespace woshou::sql;
using namespace woshou::sql::test;

namespace {

using A = MicroMajorAction;

const std::vector<std::string> kStatuses{"draft", "submitted", "approved", "rejected", "published"};
const std::vector<A> kActions{A::edit, A::submit, A::withdraw, A::approve, A::reject, A::publish};

// The legal moves: status -> action -> next status.
const std::map<std::string, std::map<A, std::string>> kLegal{
    {"draft", {{A::edit, "draft"}, {A::submit, "submitted"}}},
    {"submitted", {{A::withdraw, "draft"}, {A::approve, "approved"}, {A::reject, "rejected"}}},
    {"approved", {{A::publish, "published"}}},
    {"rejected", {{A::edit, "draft"}}},
    {"published", {}},
};

// Applies `action` as `actor` with a comment where one is needed.
void apply(Database& db, const std::string& id, A action, const std::string& actor) {
    if (action == A::edit) {
        auto content = valid_content();
        content.name = "改名后的微专业";
        update_micro_major(db, id, content, actor);
    } else {
        transition_micro_major(db, id, action, actor, action == A::reject ? "请补充实践课程" : "");
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(micro_major_workflow)

BOOST_AUTO_TEST_CASE(a_planner_proposal_is_reviewed_by_the_university_and_reaches_the_snapshot_only_when_published) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        const auto version = db->data_version();
        const std::string id = create_micro_major(*db, valid_content(), kPlanner);
        BOOST_TEST(id.rfind("mm_", 0) == 0u);
        BOOST_TEST(id.size() == 3u + 16u);
        auto m = micro_major_by_id(*db, id);
        BOOST_TEST_REQUIRE(m.has_value());
        BOOST_TEST(m->status == "draft");
        BOOST_TEST(m->university_id == "tju");
        BOOST_TEST(m->created_by == kPlanner);
        BOOST_TEST(m->name == "智能制造数据分析微专业");
        BOOST_TEST(m->description == "面向滨海新区制造企业\n三门课程");
        // Lists keep the given order (courses in study order, the first base major first).
        BOOST_TEST(m->base_majors == (std::vector<std::string>{"tju-080901", "tju-080910T"}));
        BOOST_TEST(m->courses == (std::vector<std::string>{"tju-CS201", "LIS 3781", "tju-CS101"}));
        BOOST_TEST(m->target_skills == std::vector<std::string>{"S1"});
        BOOST_TEST(m->sponsors == std::vector<std::string>{"e1"});
        BOOST_TEST(!m->submitted_at.has_value());
        BOOST_TEST(!m->reviewed_at.has_value());
        BOOST_TEST(!m->published_at.has_value());
        BOOST_TEST(m->reviewed_by.empty());

        transition_micro_major(*db, id, A::submit, kPlanner);
        BOOST_TEST(micro_major_by_id(*db, id)->submitted_at.has_value());
        transition_micro_major(*db, id, A::approve, kTju, "同意，建议增加实习");
        m = micro_major_by_id(*db, id);
        BOOST_TEST(m->status == "approved");
        BOOST_TEST(m->reviewed_by == kTju);
        BOOST_TEST(m->reviewed_at.has_value());
        BOOST_TEST(m->review_comment == "同意，建议增加实习");
        // Nothing so far touched what a snapshot holds.
        BOOST_TEST(db->data_version() == version);
        BOOST_TEST(db->load().micro_majors.empty());

        transition_micro_major(*db, id, A::publish, kTju);
        BOOST_TEST(db->data_version() == version + 1);
        m = micro_major_by_id(*db, id);
        BOOST_TEST(m->status == "published");
        BOOST_TEST(m->published_at.has_value());

        const auto data = db->load();
        BOOST_TEST_REQUIRE(data.micro_majors.size() == 1u);
        BOOST_TEST(data.micro_majors[0].id == id);
        BOOST_TEST(data.micro_majors[0].name == "智能制造数据分析微专业");
        BOOST_TEST(data.micro_majors[0].university_id == "tju");
        BOOST_TEST_REQUIRE(data.micro_major_majors.size() == 2u);
        BOOST_TEST(data.micro_major_majors[0].major_id == "tju-080901");
        BOOST_TEST_REQUIRE(data.micro_major_courses.size() == 3u);
        BOOST_TEST(data.micro_major_courses[0].course_id == "tju-CS201");
        BOOST_TEST(data.micro_major_courses[0].position == 1);
        BOOST_TEST(data.micro_major_courses[1].course_id == "LIS 3781");
        BOOST_TEST(data.micro_major_courses[2].course_id == "tju-CS101");
        BOOST_TEST(data.micro_major_courses[2].position == 3);
        BOOST_TEST(data.row_count() == db->load().row_count());  // not counted as imported rows
    });
}

BOOST_AUTO_TEST_CASE(only_published_micro_majors_are_loaded_whatever_the_others_status) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        for (const auto& status : kStatuses) micro_major_in(*db, status, kPlanner, "mm-" + status);
        const auto data = db->load();
        BOOST_TEST_REQUIRE(data.micro_majors.size() == 1u);
        BOOST_TEST(data.micro_majors[0].id == "mm-published");
        BOOST_TEST(data.micro_major_majors.size() == 2u);
        BOOST_TEST(data.micro_major_courses.size() == 3u);
        for (const auto& c : data.micro_major_courses) BOOST_TEST(c.micro_major_id == "mm-published");
    });
}

BOOST_AUTO_TEST_CASE(every_action_in_every_status_is_either_the_legal_move_or_a_conflict_naming_status_and_action) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        int n = 0;
        for (const auto& status : kStatuses) {
            for (A action : kActions) {
                // The admin may do everything, so only the status decides.
                const std::string id = micro_major_in(*db, status, kPlanner, "mm-" + std::to_string(n++));
                const auto before = micro_major_by_id(*db, id);
                const auto version = db->data_version();
                const auto legal = kLegal.at(status);
                const auto next = legal.find(action);
                if (next != legal.end()) {
                    apply(*db, id, action, kAdmin);
                    BOOST_TEST(status_of(*db, id) == next->second, status << " + " << to_string(action));
                    BOOST_TEST(db->data_version() == version + (next->second == "published" ? 1u : 0u));
                } else {
                    expect_sql_error([&] { apply(*db, id, action, kAdmin); }, "conflict",
                                     "micro-major '" + id + "' is " + status + ": cannot " + to_string(action));
                    const auto after = micro_major_by_id(*db, id);
                    BOOST_TEST(after->status == status);
                    BOOST_TEST(after->updated_at == before->updated_at);
                    BOOST_TEST(after->name == before->name);
                    BOOST_TEST(db->data_version() == version);
                }
            }
        }
    });
}

BOOST_AUTO_TEST_CASE(only_planners_and_universities_for_their_own_majors_may_propose) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        BOOST_TEST(status_of(*db, create_micro_major(*db, valid_content(), kTju)) == "draft");
        BOOST_TEST(status_of(*db, create_micro_major(*db, valid_content(), kOtherPlanner)) == "draft");
        expect_sql_error([&] { create_micro_major(*db, valid_content(), kNku); }, "forbidden",
                         "organisation 'org-nku' speaks for university 'nku' and may not propose a micro-major on "
                         "base majors of university 'tju'");
        expect_sql_error([&] { create_micro_major(*db, valid_content(), kEmployer); }, "forbidden",
                         "organisation 'org-e1' (employer) may not propose a micro-major");
        expect_sql_error([&] { create_micro_major(*db, valid_content(), kAdmin); }, "forbidden",
                         "organisation 'org-admin' (admin) may not propose a micro-major");
        expect_sql_error([&] { create_micro_major(*db, valid_content(), "nobody"); }, "not_found",
                         "organisation 'nobody' not found");
        BOOST_TEST(micro_major_count(*db, {}) == 2u);
    });
}

BOOST_AUTO_TEST_CASE(every_action_is_refused_to_every_organisation_the_rules_leave_out) {
    // Who may, per action, on a planner's proposal for tju (docs/micro-majors.md):
    const std::map<A, std::set<std::string>> allowed{
        {A::edit, {kPlanner, kAdmin}},
        {A::submit, {kPlanner, kAdmin}},
        {A::withdraw, {kPlanner, kAdmin}},
        {A::approve, {kAdmin, kTju, kTjuOther}},
        {A::reject, {kAdmin, kTju, kTjuOther}},
        {A::publish, {kPlanner, kAdmin, kTju, kTjuOther}},
    };
    const std::map<A, std::string> from{{A::edit, "draft"},     {A::submit, "draft"},    {A::withdraw, "submitted"},
                                        {A::approve, "submitted"}, {A::reject, "submitted"}, {A::publish, "approved"}};
    const std::vector<std::string> everyone{kPlanner, kOtherPlanner, kTju, kTjuOther, kNku, kAdmin, kEmployer};
    for_each_backend([&](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        int n = 0;
        for (const auto& [action, who] : allowed) {
            for (const auto& actor : everyone) {
                const std::string id = micro_major_in(*db, from.at(action), kPlanner, "mm-" + std::to_string(n++));
                if (who.count(actor)) {
                    apply(*db, id, action, actor);
                    BOOST_TEST(status_of(*db, id) == kLegal.at(from.at(action)).at(action),
                               actor << " " << to_string(action));
                } else {
                    expect_sql_error([&] { apply(*db, id, action, actor); }, "forbidden",
                                     "organisation '" + actor + "'");
                    BOOST_TEST(status_of(*db, id) == from.at(action), actor << " " << to_string(action));
                }
            }
        }
        // Someone unknown is not found rather than forbidden.
        const std::string id = micro_major_in(*db, "submitted", kPlanner, "mm-unknown-actor");
        expect_sql_error([&] { apply(*db, id, A::approve, "ghost"); }, "not_found", "organisation 'ghost' not found");
        expect_sql_error([&] { apply(*db, "mm-none", A::approve, kAdmin); }, "not_found",
                         "micro-major 'mm-none' not found");
    });
}

BOOST_AUTO_TEST_CASE(a_university_never_reviews_its_own_side_s_proposal_but_an_admin_does) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        const std::string id = micro_major_in(*db, "submitted", kTju);
        // Neither the proposing office nor another office of the same university.
        for (const auto& reviewer : {kTju, kTjuOther})
            for (A action : {A::approve, A::reject})
                expect_sql_error([&] { apply(*db, id, action, reviewer); }, "forbidden",
                                 "it was proposed by its own side ('org-tju' of university 'tju')");
        expect_sql_error([&] { apply(*db, id, A::approve, kNku); }, "forbidden",
                         "only an admin or university 'tju' reviews it");
        expect_sql_error([&] { apply(*db, id, A::approve, kPlanner); }, "forbidden",
                         "organisation 'org-plan' (planner) may not approve");
        BOOST_TEST(status_of(*db, id) == "submitted");
        transition_micro_major(*db, id, A::approve, kAdmin);
        // The proposing university publishes it (as its creator and as its university).
        transition_micro_major(*db, id, A::publish, kTjuOther);
        BOOST_TEST(status_of(*db, id) == "published");
    });
}

BOOST_AUTO_TEST_CASE(a_rejection_needs_the_reviewer_s_reason_and_an_edit_sends_it_back_to_draft_keeping_it) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        const std::string id = micro_major_in(*db, "submitted");
        for (const std::string comment : {"", "  \n\t"})
            expect_sql_error([&] { transition_micro_major(*db, id, A::reject, kTju, comment); }, "invalid",
                             "comment is required to reject");
        expect_sql_error([&] { transition_micro_major(*db, id, A::withdraw, kPlanner, "never mind"); }, "invalid",
                         "comment is recorded only when approving or rejecting, not to withdraw");
        expect_sql_error([&] { transition_micro_major(*db, id, A::reject, kTju, std::string(2001, 'x')); }, "invalid",
                         "comment must be at most 2000 characters, got 2001");
        BOOST_TEST(status_of(*db, id) == "submitted");

        transition_micro_major(*db, id, A::reject, kTju, "缺少实践环节\n请补充");
        auto m = micro_major_by_id(*db, id);
        BOOST_TEST(m->status == "rejected");
        BOOST_TEST(m->review_comment == "缺少实践环节\n请补充");
        BOOST_TEST(m->reviewed_by == kTju);

        auto content = valid_content();
        content.courses.push_back("tju-CS101x");
        expect_sql_error([&] { update_micro_major(*db, id, content, kPlanner); }, "invalid",
                         "courses[3]: unknown course 'tju-CS101x'");
        content.courses = {"tju-CS101", "tju-CS201"};
        content.sponsors = {};
        update_micro_major(*db, id, content, kPlanner);
        m = micro_major_by_id(*db, id);
        BOOST_TEST(m->status == "draft");
        BOOST_TEST(m->courses == (std::vector<std::string>{"tju-CS101", "tju-CS201"}));
        BOOST_TEST(m->sponsors.empty());
        BOOST_TEST(m->review_comment == "缺少实践环节\n请补充");  // the author can still read why

        transition_micro_major(*db, id, A::submit, kPlanner);
        transition_micro_major(*db, id, A::approve, kTju);
        m = micro_major_by_id(*db, id);
        BOOST_TEST(m->status == "approved");
        BOOST_TEST(m->review_comment == "");  // the latest review's words
    });
}

BOOST_AUTO_TEST_CASE(an_edit_keeps_a_university_proposal_on_that_university_s_majors) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        const std::string id = micro_major_in(*db, "draft", kTju);
        auto content = valid_content();
        content.base_majors = {"nku-120102"};
        for (const auto& editor : {kTju, kAdmin})
            expect_sql_error([&] { update_micro_major(*db, id, content, editor); }, "forbidden",
                             "its base majors must stay at 'tju', not move to 'nku'");
        // A planner's proposal may move: the planner may propose for any university.
        const std::string planned = micro_major_in(*db, "draft", kPlanner);
        update_micro_major(*db, planned, content, kPlanner);
        BOOST_TEST(micro_major_by_id(*db, planned)->university_id == "nku");
    });
}

BOOST_AUTO_TEST_CASE(two_reviewers_at_once_one_wins_and_the_other_gets_a_conflict) {
    for_each_backend([](const TestDatabase& target) {
        std::string id;
        {
            auto db = Database::open(target.connection);
            prepare_micro_majors(*db);
            id = micro_major_in(*db, "submitted");
        }
        std::vector<std::string> outcomes(2);
        std::vector<std::thread> reviewers;
        for (int r = 0; r < 2; ++r)
            reviewers.emplace_back([&, r] {
                try {
                    auto db = Database::open(target.connection);
                    if (r == 0) transition_micro_major(*db, id, A::approve, kTju);
                    else transition_micro_major(*db, id, A::reject, kAdmin, "不同意");
                    outcomes[r] = "ok";
                } catch (const SqlError& e) {
                    outcomes[r] = e.code();
                } catch (const std::exception& e) {
                    outcomes[r] = e.what();
                }
            });
        for (auto& t : reviewers) t.join();
        std::multiset<std::string> got(outcomes.begin(), outcomes.end());
        BOOST_TEST((got == std::multiset<std::string>{"conflict", "ok"}), outcomes[0] << " / " << outcomes[1]);
        auto db = Database::open(target.connection);
        const auto status = status_of(*db, id);
        BOOST_TEST((status == (outcomes[0] == "ok" ? "approved" : "rejected")));
    });
}

BOOST_AUTO_TEST_SUITE_END()
