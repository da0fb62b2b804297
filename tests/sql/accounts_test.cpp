#include <soci/soci.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <thread>

#include "support/expect_error.hpp"
#include "support/sample_dataset.hpp"
#include "support/test_backends.hpp"
#include "woshou/sql/accounts.hpp"
#include "woshou/sql/database.hpp"

using namespace woshou::sql;
using namespace woshou::sql::test;

namespace {

// The sample data plus one organisation per role.
void add_organisations(Database& db) {
    db.upsert(sample_dataset());
    Accounts accounts(db);
    accounts.add_organisation({"acme", "中汽研", "employer", "e1", "", ""});
    accounts.add_organisation({"tju-office", "天津大学教务处", "university", "", "tju", ""});
    accounts.add_organisation({"bureau", "Tianjin Education Bureau", "planner", "", "", ""});
    accounts.add_organisation({"root", "Platform admin", "admin", "", "", ""});
}

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool is_base64url(const std::string& text) {
    for (char c : text)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    return true;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(accounts)

BOOST_AUTO_TEST_CASE(organisations_of_every_role_are_stored_and_listed_by_id) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        add_organisations(*db);
        Accounts accounts(*db);
        auto all = accounts.organisations();
        BOOST_TEST_REQUIRE(all.size() == 4u);
        BOOST_TEST(all[0].id == "acme");
        BOOST_TEST(all[0].name == "中汽研");
        BOOST_TEST(all[0].employer_id == "e1");
        BOOST_TEST(all[0].university_id == "");
        BOOST_TEST(all[0].created_at.size() == 20u);
        BOOST_TEST(all[1].id == "bureau");
        BOOST_TEST(all[2].id == "root");
        BOOST_TEST(all[3].id == "tju-office");
        BOOST_TEST(all[3].university_id == "tju");
        BOOST_TEST(accounts.organisation("tju-office")->role == "university");
        BOOST_TEST(!accounts.organisation("nobody"));
    });
}

BOOST_AUTO_TEST_CASE(wrong_role_ties_and_bad_fields_are_rejected_naming_the_field) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        add_organisations(*db);
        Accounts a(*db);
        expect_sql_error([&] { a.add_organisation({"x", "X", "employer", "", "", ""}); }, "invalid",
                         "employer_id is required");
        expect_sql_error([&] { a.add_organisation({"x", "X", "planner", "e1", "", ""}); }, "invalid",
                         "employer_id is only allowed for role employer");
        expect_sql_error([&] { a.add_organisation({"x", "X", "university", "", "", ""}); }, "invalid",
                         "university_id is required");
        expect_sql_error([&] { a.add_organisation({"x", "X", "employer", "e1", "tju", ""}); }, "invalid",
                         "university_id is only allowed for role university");
        expect_sql_error([&] { a.add_organisation({"x", "X", "employer", "e404", "", ""}); }, "invalid",
                         "employer_id: unknown employer 'e404'");
        expect_sql_error([&] { a.add_organisation({"x", "X", "university", "", "mit", ""}); }, "invalid",
                         "university_id: unknown university 'mit'");
        expect_sql_error([&] { a.add_organisation({"x", "X", "root", "", "", ""}); }, "invalid",
                         "role must be employer, university, planner or admin, got 'root'");
        expect_sql_error([&] { a.add_organisation({"a b", "X", "admin", "", "", ""}); }, "invalid", "id 'a b'");
        expect_sql_error([&] { a.add_organisation({"x", " ", "admin", "", "", ""}); }, "invalid",
                         "name must not be empty");
        expect_sql_error([&] { a.add_organisation({"acme", "again", "admin", "", "", ""}); }, "conflict",
                         "organisation 'acme' already exists");
        BOOST_TEST(a.organisations().size() == 4u);
    });
}

BOOST_AUTO_TEST_CASE(the_schema_itself_refuses_an_employer_organisation_without_its_employer) {
    // The CHECK is the safety net behind add_organisation's validation.
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        BOOST_CHECK_THROW(db->session() << "INSERT INTO organisation (id, name, role, created_at) "
                                           "VALUES ('x', 'X', 'employer', '2024-01-01T00:00:00Z')",
                          soci::soci_error);
        BOOST_CHECK_THROW(db->session() << "INSERT INTO organisation (id, name, role, created_at) "
                                           "VALUES ('x', 'X', 'superuser', '2024-01-01T00:00:00Z')",
                          soci::soci_error);
    });
}

BOOST_AUTO_TEST_CASE(a_token_secret_has_256_random_bits_and_the_database_never_holds_it) {
    for_each_backend([](const TestDatabase& target) {
        std::string secret, token_id;
        {
            auto db = Database::open(target.connection);
            add_organisations(*db);
            Accounts accounts(*db);
            auto created = accounts.create_token("acme", "hr laptop");
            secret = created.secret;
            token_id = created.info.id;
            BOOST_TEST(secret.rfind("wsh_", 0) == 0u);
            BOOST_TEST(secret.size() == 4u + 43u);  // 32 bytes in unpadded base64url
            BOOST_TEST(is_base64url(secret.substr(4)));
            BOOST_TEST(accounts.create_token("acme").secret != secret);
            BOOST_TEST(token_id.rfind("tok_", 0) == 0u);

            // Every column of the row, and nothing looks like the secret or its body.
            std::string id, org, hash, label, created_at;
            db->session() << "SELECT id, organisation_id, secret_hash, label, created_at FROM api_token WHERE id = :id",
                soci::use(token_id), soci::into(id), soci::into(org), soci::into(hash), soci::into(label),
                soci::into(created_at);
            for (const auto& column : {id, org, hash, label, created_at}) {
                BOOST_TEST(column.find(secret.substr(4, 16)) == std::string::npos, column);
            }
            BOOST_TEST(hash.size() == 64u);  // BLAKE2b-256 in hex
            BOOST_TEST(label == "hr laptop");
        }
        if (target.backend == "sqlite") {
            // The raw file and its write-ahead log do not contain it either.
            std::filesystem::path file = target.connection.substr(std::string("sqlite:").size());
            std::string bytes = file_bytes(file) + file_bytes(file.string() + "-wal");
            BOOST_TEST(!bytes.empty());
            BOOST_TEST(bytes.find(secret.substr(4)) == std::string::npos);
        }
    });
}

BOOST_AUTO_TEST_CASE(authenticate_returns_the_organisation_for_a_valid_secret_only) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        add_organisations(*db);
        Accounts accounts(*db);
        auto created = accounts.create_token("tju-office");
        auto principal = accounts.authenticate(created.secret);
        BOOST_TEST_REQUIRE(principal.has_value());
        BOOST_TEST(principal->token_id == created.info.id);
        BOOST_TEST(principal->organisation.id == "tju-office");
        BOOST_TEST(principal->organisation.role == "university");
        BOOST_TEST(principal->organisation.university_id == "tju");

        std::string altered = created.secret;
        altered.back() = altered.back() == 'A' ? 'B' : 'A';
        BOOST_TEST(!accounts.authenticate(altered));
        BOOST_TEST(!accounts.authenticate(""));
        BOOST_TEST(!accounts.authenticate(created.secret.substr(4)));  // without the prefix
        BOOST_TEST(!accounts.authenticate(created.info.id));
    });
}

BOOST_AUTO_TEST_CASE(a_revoked_token_is_refused_at_once_and_revoking_again_keeps_the_first_time) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        add_organisations(*db);
        Accounts accounts(*db);
        auto first = accounts.create_token("acme", "one");
        auto second = accounts.create_token("acme", "two");
        BOOST_TEST(accounts.authenticate(first.secret).has_value());
        accounts.revoke_token(first.info.id);
        BOOST_TEST(!accounts.authenticate(first.secret));
        BOOST_TEST(accounts.authenticate(second.secret).has_value());

        db->session() << "UPDATE api_token SET revoked_at = '2020-01-01T00:00:00Z' WHERE id = :id",
            soci::use(first.info.id);
        accounts.revoke_token(first.info.id);  // idempotent
        for (const auto& t : accounts.tokens(std::string("acme")))
            if (t.id == first.info.id) BOOST_TEST(*t.revoked_at == "2020-01-01T00:00:00Z");
        expect_sql_error([&] { accounts.revoke_token("tok_nope"); }, "not_found", "token 'tok_nope' not found");
    });
}

BOOST_AUTO_TEST_CASE(tokens_are_listed_per_organisation_with_usage_but_without_secrets) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        add_organisations(*db);
        Accounts accounts(*db);
        auto a = accounts.create_token("acme", "ci");
        auto b = accounts.create_token("bureau");
        accounts.authenticate(a.secret);
        auto all = accounts.tokens();
        BOOST_TEST(all.size() == 2u);
        auto acme = accounts.tokens(std::string("acme"));
        BOOST_TEST_REQUIRE(acme.size() == 1u);
        BOOST_TEST(acme[0].id == a.info.id);
        BOOST_TEST(acme[0].label == "ci");
        BOOST_TEST(acme[0].last_used_at.has_value());
        BOOST_TEST(!acme[0].revoked_at.has_value());
        BOOST_TEST(!accounts.tokens(std::string("bureau"))[0].last_used_at.has_value());
        BOOST_TEST(accounts.tokens(std::string("root")).empty());
        expect_sql_error([&] { accounts.create_token("ghost"); }, "not_found", "organisation 'ghost' not found");
    });
}

BOOST_AUTO_TEST_CASE(last_used_at_is_refreshed_at_most_once_a_minute) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        add_organisations(*db);
        Accounts accounts(*db);
        auto t = accounts.create_token("acme");
        auto last_used = [&] {
            std::string value;
            db->session() << "SELECT last_used_at FROM api_token WHERE id = :id", soci::use(t.info.id),
                soci::into(value);
            return value;
        };
        db->session() << "UPDATE api_token SET last_used_at = '2000-01-01T00:00:00Z'";
        accounts.authenticate(t.secret);
        BOOST_TEST(last_used() > "2020");  // older than a minute: refreshed
        // A value newer than a minute ago (here: in the future) is left alone.
        db->session() << "UPDATE api_token SET last_used_at = '2999-01-01T00:00:00Z'";
        accounts.authenticate(t.secret);
        BOOST_TEST(last_used() == "2999-01-01T00:00:00Z");
    });
}

BOOST_AUTO_TEST_CASE(the_audit_log_keeps_every_entry_in_order_newest_first_with_filters) {
    for_each_backend([](const TestDatabase& target) {
        auto db = Database::open(target.connection);
        add_organisations(*db);
        Accounts accounts(*db);
        AuditEntry e;
        e.organisation_id = "acme";
        e.token_id = "tok_1";
        e.remote_address = "10.0.0.7";
        e.method = "POST";
        e.path = "/api/v1/demands";
        e.action = "demand.create";
        e.target_kind = "demand";
        e.target_id = "dm_1";
        e.status = 201;
        e.at = "2024-05-01T08:00:00Z";
        BOOST_TEST(accounts.append_audit(e) == 1);
        e.at = "2024-05-02T08:00:00Z";
        e.organisation_id = "bureau";
        e.detail = "说明 with 'quotes'";
        BOOST_TEST(accounts.append_audit(e) == 2);
        e.at = "";
        e.organisation_id = "acme";
        e.action = "demand.delete";
        e.status = 403;
        BOOST_TEST(accounts.append_audit(e) == 3);

        auto all = accounts.audit({});
        BOOST_TEST_REQUIRE(all.size() == 3u);
        BOOST_TEST(all[0].seq == 3);
        BOOST_TEST(all[0].action == "demand.delete");
        BOOST_TEST(all[0].status == 403);
        BOOST_TEST(all[0].at > "2024-05-02");  // filled with now
        BOOST_TEST(all[1].detail == "说明 with 'quotes'");
        BOOST_TEST(all[2].remote_address == "10.0.0.7");
        BOOST_TEST(all[2].path == "/api/v1/demands");

        auto acme = accounts.audit({"acme", "", 100, 0});
        BOOST_TEST_REQUIRE(acme.size() == 2u);
        BOOST_TEST(acme[0].seq == 3);
        BOOST_TEST(acme[1].seq == 1);
        auto since = accounts.audit({"", "2024-05-02T08:00:00Z", 100, 0});
        BOOST_TEST(since.size() == 2u);
        auto page = accounts.audit({"", "", 1, 1});
        BOOST_TEST_REQUIRE(page.size() == 1u);
        BOOST_TEST(page[0].seq == 2);
    });
}

BOOST_AUTO_TEST_CASE(concurrent_writers_never_share_an_audit_seq) {
    // Server workers append from their own connections at the same time.
    for_each_backend([](const TestDatabase& target) {
        Database::open(target.connection);  // migrate once before the writers start
        constexpr int kWriters = 3, kEntries = 40;
        std::vector<std::vector<std::int64_t>> seqs(kWriters);
        std::vector<std::string> failures(kWriters);
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                try {
                    auto db = Database::open(target.connection);
                    Accounts accounts(*db);
                    AuditEntry e;
                    e.action = "test.write";
                    e.status = 200;
                    for (int i = 0; i < kEntries; ++i) seqs[w].push_back(accounts.append_audit(e));
                } catch (const std::exception& ex) {
                    failures[w] = ex.what();
                }
            });
        }
        for (auto& t : writers) t.join();
        std::set<std::int64_t> all;
        for (int w = 0; w < kWriters; ++w) {
            BOOST_TEST(failures[w] == "", "writer " << w << ": " << failures[w]);
            all.insert(seqs[w].begin(), seqs[w].end());
        }
        BOOST_TEST(all.size() == static_cast<std::size_t>(kWriters * kEntries));
        auto db = Database::open(target.connection);
        BOOST_TEST(Accounts(*db).audit({"", "", 1000, 0}).size() == static_cast<std::size_t>(kWriters * kEntries));
    });
}

BOOST_AUTO_TEST_SUITE_END()
