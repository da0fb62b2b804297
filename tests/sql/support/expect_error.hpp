// Asserting that a call throws SqlError with a given code and message part.
#pragma once

#include <boost/test/unit_test.hpp>
#include <string>

#include "woshou/sql/database.hpp"

namespace woshou::sql::test {

// Runs `call`; fails unless it throws SqlError with `code` and a message containing `part`.
template <class Call>
void expect_sql_error(Call&& call, const std::string& code, const std::string& part) {
    try {
        call();
    } catch (const SqlError& e) {
        BOOST_TEST(e.code() == code, "code " << e.code() << " for: " << e.what());
        BOOST_TEST(std::string(e.what()).find(part) != std::string::npos,
                   "message '" << e.what() << "' should contain '" << part << "'");
        return;
    }
    BOOST_ERROR("expected SqlError " << code << " containing '" << part << "', nothing was thrown");
}

}  // namespace woshou::sql::test
