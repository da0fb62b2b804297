#include <boost/test/unit_test.hpp>

#include "support/test_backends.hpp"
#include "woshou/sql/database.hpp"
#include "woshou/sql/postgresql_uri.hpp"

using woshou::sql::Database;
using woshou::sql::redact_connection_string;
using woshou::sql::SqlError;
using namespace woshou::sql::test;

BOOST_AUTO_TEST_SUITE(redaction)

BOOST_AUTO_TEST_CASE(a_keyword_password_is_replaced_and_everything_else_kept) {
    BOOST_TEST(redact_connection_string("host=db port=5432 user=woshou password=s3cret dbname=w") ==
               "host=db port=5432 user=woshou password=*** dbname=w");
    BOOST_TEST(redact_connection_string("password=s3cret") == "password=***");
    BOOST_TEST(redact_connection_string("host=db PASSWORD = 's3 cr\\'et' dbname=w") ==
               "host=db password=*** dbname=w");
}

BOOST_AUTO_TEST_CASE(a_uri_password_is_replaced_in_the_user_info_and_the_query) {
    BOOST_TEST(redact_connection_string("postgresql://woshou:s3cret@db.example:5432/w?sslmode=require") ==
               "postgresql://woshou:***@db.example:5432/w?sslmode=require");
    BOOST_TEST(redact_connection_string("postgres://u:p%40ss@h/d") == "postgres://u:***@h/d");
    BOOST_TEST(redact_connection_string("postgresql://u@h/d?password=s3cret&sslmode=disable") ==
               "postgresql://u@h/d?password=***&sslmode=disable");
}

BOOST_AUTO_TEST_CASE(strings_without_a_password_are_unchanged) {
    for (std::string text : {"sqlite:/var/lib/woshou/db.sqlite", "sqlite::memory:", "host=db dbname=w user=u",
                             "postgresql://u@h:5432/d", "host=db passwordless=1"}) {
        BOOST_TEST(redact_connection_string(text) == text);
    }
}

BOOST_AUTO_TEST_CASE(a_failed_postgresql_connection_never_shows_the_password) {
    // Port 1 refuses at once, so this needs no server.
    try {
        Database::open("host=127.0.0.1 port=1 dbname=w user=u password=hunter2 connect_timeout=2");
        BOOST_FAIL("must throw");
    } catch (const SqlError& e) {
        std::string message = e.what();
        BOOST_TEST(e.code() == "bad_connection");
        BOOST_TEST(message.find("hunter2") == std::string::npos, message);
        BOOST_TEST(message.find("password=***") != std::string::npos, message);
    }
}

BOOST_AUTO_TEST_CASE(an_open_postgresql_database_reports_its_connection_redacted) {
    with_postgresql([](const TestDatabase& target) {
        // The throwaway server trusts local connections, so the password is ignored.
        bool is_uri = target.connection.find("://") != std::string::npos;  // search_path made it have a '?'
        auto db = Database::open(target.connection + (is_uri ? "&" : " ") + "password=hunter2");
        BOOST_TEST(db->backend() == "postgresql");
        BOOST_TEST(db->redacted_connection().find("hunter2") == std::string::npos);
        BOOST_TEST(db->redacted_connection().find("password=***") != std::string::npos);
    });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(postgresql_uri)

BOOST_AUTO_TEST_CASE(a_uri_becomes_quoted_libpq_keywords) {
    using woshou::sql::postgresql_uri_to_keywords;
    std::string keywords = postgresql_uri_to_keywords(
        "postgresql://wo%20shou:p'a%5Css@127.0.0.1:5433/w_db?options=-csearch_path%3Dx");
    BOOST_TEST(keywords.find("user='wo shou'") != std::string::npos, keywords);
    BOOST_TEST(keywords.find("password='p\\'a\\\\ss'") != std::string::npos, keywords);
    BOOST_TEST(keywords.find("host='127.0.0.1'") != std::string::npos, keywords);
    BOOST_TEST(keywords.find("port='5433'") != std::string::npos, keywords);
    BOOST_TEST(keywords.find("dbname='w_db'") != std::string::npos, keywords);
    BOOST_TEST(keywords.find("options='-csearch_path=x'") != std::string::npos, keywords);
    BOOST_TEST(woshou::sql::is_postgresql_uri("postgres://h/d"));
    BOOST_TEST(!woshou::sql::is_postgresql_uri("host=h dbname=d"));
}

BOOST_AUTO_TEST_CASE(an_unparsable_uri_is_a_bad_connection_without_the_password) {
    try {
        woshou::sql::postgresql_uri_to_keywords("postgresql://u:hunter2@h/d?nonsense_option=1");
        BOOST_FAIL("must throw");
    } catch (const SqlError& e) {
        BOOST_TEST(e.code() == "bad_connection");
        BOOST_TEST(std::string(e.what()).find("hunter2") == std::string::npos, e.what());
    }
}

BOOST_AUTO_TEST_SUITE_END()
