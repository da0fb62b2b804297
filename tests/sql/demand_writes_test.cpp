#include <boost/test/unit_test.hpp>
#include <thread>

#include "support/expect_error.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/accounts.hpp"
#include "woshou/sql/database.hpp"
#include "woshou/sql/demand_writes.hpp"

using namespace woshou::sql;
using namespace woshou::sql::test;

namespace {

// Sample data, an employer organisation for each sample employer, a university and a planner.
void prepare(Database& db) {
    db.upsert(sample_dataset());
    Accounts accounts(db);
    accounts.add_organisation({"org-e1", "E1", "employer", "e1", "", ""});
    accounts.add_organisation({"org-e2", "E2", "employer", "e2", "", ""});
    accounts.add_organisation({"org-tju", "TJU", "university", "", "tju", ""});
    accounts.add_organisation({"org-plan", "Bureau", "planner", "", "", ""});
}

NewDemand valid_demand() {
    NewDemand d;
    d.employer_id = "e1";
    d.title = "数据工程师";
    d.occupation_id = "http://data.europa.eu/esco/occupation/f2b15a0e";
    d.headcount = 4;
    d.region = "滨海新区";
    d.posted_on = "2024-06-01";
    d.skills = {{"S1", 1.0}, {"http://data.europa.eu/esco/skill/ccd0a1d9", 0.5}};
    d.posted_by_organisation = "org-e1";
    return d;
}

bool loaded_has_demand(Database& db, const std::string& id) {
    auto data = db.load();
    bool demand = false, skills = false;
    for (const auto& d : data.demands) demand = demand || d.id == id;
    for (const auto& s : data.demand_skills) skills = skills || s.demand_id == id;
    BOOST_TEST(demand == skills, "demand and its skills must come and go together");
    return demand;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(demand_writes)

BOOST_AUTO_TEST_CASE(a_posted_demand_is_in_the_next_load_and_bumps_data_version) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        const auto before = db->data_version();
        std::string id = post_demand(*db, valid_demand());
        BOOST_TEST(id.rfind("dm_", 0) == 0u);
        BOOST_TEST(id.size() == 3u + 16u);
        BOOST_TEST(db->data_version() == before + 1);
        BOOST_TEST(loaded_has_demand(*db, id));

        auto row = demand_by_id(*db, id);
        BOOST_TEST_REQUIRE(row.has_value());
        BOOST_TEST(row->demand.title == "数据工程师");
        BOOST_TEST(row->demand.headcount == 4);
        BOOST_TEST(row->demand.posted_on == "2024-06-01");
        BOOST_TEST(row->posted_by_organisation == "org-e1");
        BOOST_TEST(!row->deleted_at.has_value());
        BOOST_TEST_REQUIRE(row->skills.size() == 2u);
        BOOST_TEST(row->skills[0].skill_id == "S1");
        BOOST_TEST(row->skills[1].importance == 0.5);

        NewDemand minimal;
        minimal.id = "my-demand";
        minimal.employer_id = "e2";
        minimal.skills = {{"S1", 0.25}};
        BOOST_TEST(post_demand(*db, minimal) == "my-demand");
        auto stored = demand_by_id(*db, "my-demand");
        BOOST_TEST(stored->demand.occupation_id == "");
        BOOST_TEST(stored->demand.posted_on.size() == 10u);  // today
        BOOST_TEST(stored->posted_by_organisation == "");
        expect_sql_error([&] { post_demand(*db, minimal); }, "conflict", "demand 'my-demand' already exists");
    });
}

BOOST_AUTO_TEST_CASE(an_invalid_demand_is_refused_naming_the_field_and_nothing_is_written) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        const auto before = db->data_version();
        const auto rows_before = db->load().demands.size();
        auto with = [](auto change) {
            NewDemand d = valid_demand();
            change(d);
            return d;
        };
        auto refuse = [&](const NewDemand& d, const std::string& code, const std::string& part) {
            expect_sql_error([&] { post_demand(*db, d); }, code, part);
        };
        refuse(with([](NewDemand& d) { d.headcount = 0; }), "invalid", "headcount must be at least 1, got 0");
        refuse(with([](NewDemand& d) { d.skills[1].importance = 0; }), "invalid", "skills[1].importance must be in (0,1]");
        refuse(with([](NewDemand& d) { d.skills[0].importance = 1.5; }), "invalid", "skills[0].importance");
        refuse(with([](NewDemand& d) { d.skills[1].skill_id = "S404"; }), "invalid",
               "skills[1].skill_id: unknown skill 'S404'");
        refuse(with([](NewDemand& d) { d.skills.push_back({"S1", 0.3}); }), "invalid",
               "skills[2].skill_id: skill 'S1' is listed twice (first as skills[0])");
        refuse(with([](NewDemand& d) { d.skills.clear(); }), "invalid", "skills must name at least one skill");
        refuse(with([](NewDemand& d) { d.occupation_id = "occ 404"; }), "invalid",
               "occupation_id: unknown occupation 'occ 404'");
        refuse(with([](NewDemand& d) { d.employer_id = "e9"; }), "invalid", "employer_id: unknown employer 'e9'");
        refuse(with([](NewDemand& d) { d.posted_on = "2024-02-30"; }), "invalid",
               "posted_on '2024-02-30' is not a valid date (YYYY-MM-DD)");
        refuse(with([](NewDemand& d) { d.posted_on = "24-1-1"; }), "invalid", "posted_on");
        refuse(with([](NewDemand& d) { d.title = std::string(201, 'x'); }), "invalid",
               "title must be at most 200 characters");
        refuse(with([](NewDemand& d) { d.title = "bad\x01"; }), "invalid", "title contains a control character");
        refuse(with([](NewDemand& d) { d.region = "\xff"; }), "invalid", "region is not valid UTF-8");
        refuse(with([](NewDemand& d) { d.posted_by_organisation = "org-x"; }), "invalid",
               "posted_by_organisation: unknown organisation 'org-x'");
        BOOST_TEST(db->data_version() == before);
        BOOST_TEST(db->load().demands.size() == rows_before);
        // A leap day is a real date.
        BOOST_TEST(!post_demand(*db, with([](NewDemand& d) { d.posted_on = "2024-02-29"; })).empty());
    });
}

BOOST_AUTO_TEST_CASE(a_soft_deleted_demand_leaves_load_and_the_employer_list_but_keeps_its_row) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        std::string id = post_demand(*db, valid_demand());
        BOOST_TEST(demands_of_employer(*db, "e1").size() == 2u);  // d1 and the new one
        const auto before = db->data_version();

        delete_demand(*db, id, "org-e1");
        BOOST_TEST(db->data_version() == before + 1);
        BOOST_TEST(!loaded_has_demand(*db, id));
        BOOST_TEST(!demand_by_id(*db, id).has_value());
        auto kept = demand_by_id(*db, id, true);
        BOOST_TEST_REQUIRE(kept.has_value());
        BOOST_TEST(kept->deleted_at.has_value());
        BOOST_TEST(kept->deleted_by_organisation == "org-e1");
        BOOST_TEST(kept->skills.size() == 2u);
        BOOST_TEST(demands_of_employer(*db, "e1").size() == 1u);
        BOOST_TEST(demands_of_employer(*db, "e1", true).size() == 2u);

        expect_sql_error([&] { delete_demand(*db, id, "org-e1"); }, "not_found", "already deleted");
        expect_sql_error([&] { delete_demand(*db, "nope", "org-e1"); }, "not_found", "demand 'nope' not found");
        BOOST_TEST(db->data_version() == before + 1);
    });
}

BOOST_AUTO_TEST_CASE(only_the_owning_employer_or_a_planner_may_delete_a_demand) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        // d1 is e1's (imported).
        expect_sql_error([&] { delete_demand(*db, "d1", "org-e2"); }, "forbidden", "belongs to another employer");
        expect_sql_error([&] { delete_demand(*db, "d1", "org-tju"); }, "forbidden", "may not delete demand");
        expect_sql_error([&] { delete_demand(*db, "d1", "org-ghost"); }, "not_found", "organisation 'org-ghost'");
        BOOST_TEST(loaded_has_demand(*db, "d1"));
        delete_demand(*db, "d2", "org-plan");
        BOOST_TEST(!loaded_has_demand(*db, "d2"));
        delete_demand(*db, "d1", "org-e1");
        BOOST_TEST(!loaded_has_demand(*db, "d1"));
    });
}

BOOST_AUTO_TEST_CASE(reimporting_a_deleted_demand_does_not_bring_it_back) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare(*db);
        delete_demand(*db, "d1", "org-e1");
        db->upsert(sample_dataset());
        BOOST_TEST(!loaded_has_demand(*db, "d1"));
        BOOST_TEST(loaded_has_demand(*db, "d2"));
    });
}

BOOST_AUTO_TEST_CASE(concurrent_posts_from_several_connections_all_succeed) {
    // Server workers write through their own connections at the same time; on
    // SQLite a write transaction that read first could fail with "busy" if it
    // did not take the write lock up front.
    for_each_backend([](const TestDatabase& target) {
        std::uint64_t before = 0;
        {
            auto db = Database::open(target.connection);
            prepare(*db);
            before = db->data_version();
        }
        constexpr int kWriters = 3, kPosts = 15;
        std::vector<std::string> failures(kWriters);
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                try {
                    auto db = Database::open(target.connection);
                    for (int i = 0; i < kPosts; ++i) post_demand(*db, valid_demand());
                } catch (const std::exception& e) {
                    failures[w] = e.what();
                }
            });
        }
        for (auto& t : writers) t.join();
        for (int w = 0; w < kWriters; ++w) BOOST_TEST(failures[w] == "", "writer " << w << ": " << failures[w]);
        auto db = Database::open(target.connection);
        BOOST_TEST(db->data_version() == before + kWriters * kPosts);
        BOOST_TEST(demands_of_employer(*db, "e1").size() == 1u + kWriters * kPosts);
    });
}

BOOST_AUTO_TEST_SUITE_END()
