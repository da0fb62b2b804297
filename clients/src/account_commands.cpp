#include "account_commands.hpp"

#include <fmt/format.h>

#include <exception>

#include "text_table.hpp"
#include "woshou/sql/accounts.hpp"
#include "woshou/sql/database.hpp"

namespace woshou::clients {
namespace {

// Runs `body` on an Accounts over the database, turning failures into a
// message on stderr naming the command, and exit code 1.
template <typename Body>
int with_accounts(const std::string& command, const std::string& database, Body&& body) {
    try {
        auto db = sql::Database::open(database);
        sql::Accounts accounts(*db);
        body(accounts);
        return 0;
    } catch (const sql::SqlError& e) {
        fmt::print(stderr, "woshou {}: {} ({})\n", command, e.what(), e.code());
    } catch (const std::exception& e) {
        fmt::print(stderr, "woshou {}: {}\n", command, e.what());
    }
    return 1;
}

}  // namespace

int add_organisation(const OrgAddOptions& o) {
    return with_accounts("org add", o.database, [&](sql::Accounts& accounts) {
        accounts.add_organisation({o.id, o.name, o.role, o.employer_id, o.university_id, ""});
        fmt::print("added organisation {} ({})\n", o.id, o.role);
    });
}

int list_organisations(const std::string& database) {
    return with_accounts("org list", database, [&](sql::Accounts& accounts) {
        TextTable table({"id", "role", "name", "speaks for", "created"});
        for (const auto& org : accounts.organisations()) {
            std::string tie = !org.employer_id.empty()     ? "employer " + org.employer_id
                              : !org.university_id.empty() ? "university " + org.university_id
                                                           : "";
            table.add_row({org.id, org.role, org.name, tie, org.created_at});
        }
        fmt::print("{}", table.render());
    });
}

int create_token(const std::string& database, const std::string& organisation_id, const std::string& label) {
    return with_accounts("token create", database, [&](sql::Accounts& accounts) {
        auto created = accounts.create_token(organisation_id, label);
        fmt::print(stderr, "created token {} for organisation {}; its secret:\n", created.info.id, organisation_id);
        fmt::print("{}\n", created.secret);
        std::fflush(stdout);
        fmt::print(stderr,
                   "Store it now: it will not be shown again (only its hash is kept). "
                   "Send it as 'Authorization: Bearer SECRET'.\n");
    });
}

int list_tokens(const std::string& database, const std::string& organisation_id) {
    return with_accounts("token list", database, [&](sql::Accounts& accounts) {
        TextTable table({"id", "organisation", "label", "created", "last used", "revoked"});
        auto filter = organisation_id.empty() ? std::nullopt : std::optional<std::string>(organisation_id);
        for (const auto& t : accounts.tokens(filter))
            table.add_row({t.id, t.organisation_id, t.label, t.created_at, t.last_used_at.value_or("never"),
                           t.revoked_at.value_or("")});
        fmt::print("{}", table.render());
    });
}

int revoke_token(const std::string& database, const std::string& token_id) {
    return with_accounts("token revoke", database, [&](sql::Accounts& accounts) {
        accounts.revoke_token(token_id);
        fmt::print("revoked token {}\n", token_id);
    });
}

}  // namespace woshou::clients
