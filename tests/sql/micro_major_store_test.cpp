// Micro-major proposals: what a proposal must hold (each refusal names the
// field), all-or-nothing writes, and the list filters (docs/micro-majors.md).
#include <soci/soci.h>

#include <boost/test/unit_test.hpp>

#include <functional>

#include "support/expect_error.hpp"
#include "support/micro_major_world.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"
#include "woshou/sql/micro_major_store.hpp"

using namespace woshou::sql;
using namespace woshou::sql::test;

namespace {

// A UTF-8 string of `n` copies of a three-byte character.
std::string chinese(std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += "课";
    return text;
}

long long rows_in(Database& db, const char* table) {
    long long n = 0;
    db.session() << std::string("SELECT COUNT(*) FROM ") + table, soci::into(n);
    return n;
}

struct Case {
    std::function<void(MicroMajorContent&)> change;
    std::string message;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(micro_major_store)

BOOST_AUTO_TEST_CASE(a_bad_proposal_is_refused_naming_the_field_and_nothing_is_written) {
    std::vector<std::string> forty_one;
    for (int i = 0; i < 41; ++i) forty_one.push_back(std::to_string(i) + "c");  // not "c" + ...: GCC 12 -Wrestrict
    const std::vector<Case> cases{
        {[](auto& c) { c.name = ""; }, "name must not be empty"},
        {[](auto& c) { c.name = " \t "; }, "name must not be empty"},
        {[](auto& c) { c.name = chinese(201); }, "name must be at most 200 characters, got 201"},
        {[](auto& c) { c.name = "two\nlines"; }, "name contains a control character"},
        {[](auto& c) { c.name = "bad \xff byte"; }, "name is not valid UTF-8"},
        {[](auto& c) { c.description = chinese(2001); }, "description must be at most 2000 characters, got 2001"},
        {[](auto& c) { c.description = std::string("bell\a"); }, "description contains a control character"},
        {[](auto& c) { c.base_majors.clear(); }, "base_majors must name at least one major"},
        {[](auto& c) { c.base_majors = {"tju-080901", "nope"}; }, "base_majors[1]: unknown major 'nope'"},
        {[](auto& c) { c.base_majors = {"tju-080901", "tju-080901"}; },
         "base_majors[1]: major 'tju-080901' is listed twice (also base_majors[0])"},
        {[](auto& c) { c.base_majors = {"tju-080901", "nku-120102"}; },
         "base_majors[1]: major 'nku-120102' belongs to university 'nku', but base_majors[0] 'tju-080901' to 'tju'"},
        {[](auto& c) { c.courses.clear(); }, "courses must list between 1 and 40 entries, got 0"},
        {[&](auto& c) { c.courses = forty_one; }, "courses must list between 1 and 40 entries, got 41"},
        {[](auto& c) { c.courses = {"tju-CS101", "ghost"}; }, "courses[1]: unknown course 'ghost'"},
        {[](auto& c) { c.courses = {"tju-CS101", ""}; }, "courses[1]: unknown course ''"},
        {[](auto& c) { c.courses = {"tju-CS101", "LIS 3781", "tju-CS101"}; },
         "courses[2]: course 'tju-CS101' is listed twice (also courses[0])"},
        {[](auto& c) { c.target_skills = {"S1", "S9"}; }, "target_skills[1]: unknown skill 'S9'"},
        {[](auto& c) { c.target_skills = {"S1", "S1"}; }, "target_skills[1]: skill 'S1' is listed twice"},
        {[](auto& c) { c.sponsors = {"tju"}; }, "sponsors[0]: unknown employer 'tju'"},
        {[](auto& c) { c.sponsors = {"e1", "e2", "e1"}; }, "sponsors[2]: employer 'e1' is listed twice (also sponsors[0])"},
    };
    for_each_backend([&](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        const auto version = db->data_version();
        for (const auto& c : cases) {
            auto content = valid_content();
            c.change(content);
            expect_sql_error([&] { create_micro_major(*db, content, kPlanner); }, "invalid", c.message);
        }
        expect_sql_error([&] { create_micro_major(*db, valid_content(), kPlanner, "has space\n"); }, "invalid",
                         "id contains a control character");
        for (const char* table : {"micro_major", "micro_major_major", "micro_major_course", "micro_major_skill",
                                  "micro_major_sponsor"})
            BOOST_TEST(rows_in(*db, table) == 0, table);
        BOOST_TEST(db->data_version() == version);

        // The limits themselves are accepted: 200 code points, 2000 of description, 40 courses.
        auto content = valid_content();
        content.name = chinese(200);
        content.description = chinese(2000);
        BOOST_TEST(!create_micro_major(*db, content, kPlanner).empty());
    });
}

BOOST_AUTO_TEST_CASE(a_taken_id_is_a_conflict) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        BOOST_TEST(create_micro_major(*db, valid_content(), kPlanner, "mm-1") == "mm-1");
        auto other = valid_content();
        other.name = "另一个";
        expect_sql_error([&] { create_micro_major(*db, other, kTju, "mm-1"); }, "conflict",
                         "micro-major 'mm-1' already exists");
        BOOST_TEST(micro_major_by_id(*db, "mm-1")->name == valid_content().name);
        BOOST_TEST(micro_major_by_id(*db, "mm-1")->created_by == kPlanner);
    });
}

BOOST_AUTO_TEST_CASE(a_write_failing_half_way_leaves_the_database_as_it_was) {
    // A trigger makes the last insert of a proposal (its sponsors) fail after
    // the row and three lists were written: the transaction must undo them.
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        const std::string id = micro_major_in(*db, "draft", kPlanner, "mm-kept");
        if (target.backend == "sqlite") {
            db->session() << "CREATE TRIGGER no_sponsor BEFORE INSERT ON micro_major_sponsor "
                             "BEGIN SELECT RAISE(ABORT, 'sponsors refused by the test'); END";
        } else {
            db->session() << "CREATE FUNCTION refuse_sponsor() RETURNS trigger AS $$ BEGIN "
                             "RAISE EXCEPTION 'sponsors refused by the test'; END $$ LANGUAGE plpgsql";
            db->session() << "CREATE TRIGGER no_sponsor BEFORE INSERT ON micro_major_sponsor "
                             "FOR EACH ROW EXECUTE FUNCTION refuse_sponsor()";
        }
        try {
            create_micro_major(*db, valid_content(), kPlanner, "mm-new");
            BOOST_ERROR("the trigger should have refused the create");
        } catch (const SqlError&) {
        }
        BOOST_TEST(!micro_major_by_id(*db, "mm-new").has_value());
        BOOST_TEST(rows_in(*db, "micro_major") == 1);

        auto content = valid_content();
        content.name = "新名字";
        content.courses = {"tju-CS101"};
        try {
            update_micro_major(*db, id, content, kPlanner);
            BOOST_ERROR("the trigger should have refused the update");
        } catch (const SqlError&) {
        }
        const auto kept = micro_major_by_id(*db, id);
        BOOST_TEST(kept->name == valid_content().name);
        BOOST_TEST(kept->courses == valid_content().courses);
        BOOST_TEST(kept->sponsors == valid_content().sponsors);  // deleted and re-inserted in the failed attempt
        BOOST_TEST(rows_in(*db, "micro_major_course") == 3);
    });
}

BOOST_AUTO_TEST_CASE(lists_filter_by_status_university_major_and_what_a_university_may_see) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        prepare_micro_majors(*db);
        micro_major_in(*db, "draft", kPlanner, "mm-a");
        micro_major_in(*db, "published", kPlanner, "mm-b");
        micro_major_in(*db, "submitted", kTju, "mm-c");
        auto nku = valid_content();
        nku.base_majors = {"nku-120102"};
        create_micro_major(*db, nku, kNku, "mm-d");  // nku draft
        // Distinct times, so the order (latest change first) is known.
        int minute = 10;
        for (const std::string id : {"mm-a", "mm-b", "mm-c", "mm-d"}) {
            const std::string at = "2024-05-01T08:" + std::to_string(minute++) + ":00Z";
            db->session() << "UPDATE micro_major SET updated_at = :t WHERE id = :id", soci::use(at), soci::use(id);
        }

        auto ids = [&](const MicroMajorQuery& q) {
            std::vector<std::string> out;
            for (const auto& m : micro_majors(*db, q)) out.push_back(m.id);
            BOOST_TEST(micro_major_count(*db, {q.status, q.university_id, q.major_id, q.viewer_university, 1000, 0}) >=
                       out.size());
            return out;
        };
        using V = std::vector<std::string>;
        BOOST_TEST(ids({}) == (V{"mm-d", "mm-c", "mm-b", "mm-a"}));
        BOOST_TEST(ids({"published", "", "", "", 100, 0}) == V{"mm-b"});
        BOOST_TEST(ids({"", "nku", "", "", 100, 0}) == V{"mm-d"});
        BOOST_TEST(ids({"", "", "tju-080910T", "", 100, 0}) == (V{"mm-c", "mm-b", "mm-a"}));
        BOOST_TEST(ids({"", "", "nku-120102", "", 100, 0}) == V{"mm-d"});
        // A university sees what is published anywhere and everything of its own.
        BOOST_TEST(ids({"", "", "", "nku", 100, 0}) == (V{"mm-d", "mm-b"}));
        BOOST_TEST(ids({"draft", "", "", "nku", 100, 0}) == V{"mm-d"});
        BOOST_TEST(ids({"", "", "", "tju", 100, 0}) == (V{"mm-c", "mm-b", "mm-a"}));
        // Paging and counts.
        BOOST_TEST(ids({"", "", "", "", 2, 1}) == (V{"mm-c", "mm-b"}));
        BOOST_TEST(micro_major_count(*db, {"", "", "", "", 2, 1}) == 4u);
        BOOST_TEST(micro_major_count(*db, {"", "", "", "nku", 1, 0}) == 2u);
        BOOST_TEST(micro_major_count(*db, {"rejected", "", "", "", 1, 0}) == 0u);
        BOOST_TEST(!micro_major_by_id(*db, "mm-z").has_value());
    });
}

BOOST_AUTO_TEST_CASE(action_names_parse_and_print_and_edit_is_no_transition) {
    for (const char* name : {"submit", "withdraw", "approve", "reject", "publish"}) {
        auto action = parse_micro_major_action(name);
        BOOST_TEST_REQUIRE(action.has_value(), name);
        BOOST_TEST(std::string(to_string(*action)) == name);
    }
    BOOST_TEST(!parse_micro_major_action("edit").has_value());
    BOOST_TEST(!parse_micro_major_action("Approve").has_value());
    BOOST_TEST(!parse_micro_major_action("").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
