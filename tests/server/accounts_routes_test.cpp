// The write routes (posted demand, feedback and its answers) and the audit
// log, called through the router against a real SQLite file: tokens, roles,
// ownership, validation, rate limits and private mode (docs/accounts.md).
#include "accounts_fixture.hpp"

#include "woshou/sql/accounts.hpp"
#include "sample_data.hpp"
#include "woshou/sql/demand_writes.hpp"
#include "woshou/sql/feedback_store.hpp"

#include <boost/test/unit_test.hpp>
#include <soci/soci.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

using namespace woshou;
using test::AccountsWorld;
using test::error_message_of;
using test::json_of;
using test::response_header;

namespace {

const std::string kDemand =
    R"({"title":"数据工程师","headcount":2,"region":"天津","posted_on":"2024-05-01",)"
    R"("skills":[{"skill":"编程","importance":0.8},{"skill":"operating systems"},{"skill":"S-ds","importance":0.5},)"
    R"({"skill":"结构化查询语言","importance":1}]})";

const std::string kFeedbackOnMajor =
    R"({"target_kind":"major","target_id":"TJU-080901","rating":2,"missing_skills":["使用数据库","coding"],)"
    R"("outdated_skills":["数据结构"],"comment":"毕业生缺少数据库实践"})";

// The id of the demand or feedback a 201 answered with.
std::string created_id(const server::Response& response, const char* kind) {
    BOOST_TEST_REQUIRE(response.status == 201, response.body);
    return json_of(response)[kind]["id"].GetString();
}

std::string error_code_of(const server::Response& response) {
    auto doc = json_of(response);
    if (!doc.IsObject() || !doc.HasMember("error")) return {};
    return doc["error"]["code"].GetString();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(accounts_routes, AccountsWorld)

// ---- 401 -------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(every_write_route_without_a_token_is_401_with_a_bearer_challenge) {
    const std::vector<std::tuple<std::string, std::string, std::string>> routes{
        {"POST", "/api/v1/demands", kDemand},
        {"DELETE", "/api/v1/demands/D-1", ""},
        {"POST", "/api/v1/feedback", kFeedbackOnMajor},
        {"POST", "/api/v1/feedback/fb_0000000000000000/response", R"({"status":"under_review"})"},
        {"GET", "/api/v1/feedback", ""},
        {"GET", "/api/v1/audit", ""},
    };
    for (const auto& [method, target, body] : routes) {
        auto response = send(method, target, "", body);
        BOOST_TEST(response.status == 401, method << " " << target << ": " << response.body);
        BOOST_TEST(error_code_of(response) == "unauthorized", method << " " << target);
        BOOST_TEST(response_header(response, "WWW-Authenticate").rfind("Bearer", 0) == 0u, method << " " << target);
    }
    // Nothing was written.
    BOOST_TEST(sql::demand_by_id(database(), "D-1").has_value());
    BOOST_TEST(sql::demands_of_employer(database(), "E-1").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_garbage_or_malformed_token_is_401) {
    static const server::Router router = server::make_api_router();
    const std::vector<std::string> authorizations{
        "Bearer wsh_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  // well-formed, unknown
        "Bearer not-a-token",
        "Bearer " + tokens.employer + "x",   // a real token with one more character
        "Basic " + tokens.employer,          // wrong scheme
        "Bearer ",                           // no token
        tokens.employer,                     // no scheme
    };
    for (const auto& authorization : authorizations) {
        auto response = server::handle_http(router, context(), "POST", "/api/v1/demands",
                                            {{"Authorization", authorization}, {"Content-Type", "application/json"}},
                                            kDemand);
        BOOST_TEST(response.status == 401, authorization << ": " << response.body);
        BOOST_TEST(!response_header(response, "WWW-Authenticate").empty(), authorization);
    }
    // The scheme is case-insensitive (RFC 7235).
    auto lower = server::handle_http(router, context(), "POST", "/api/v1/demands",
                                     {{"authorization", "bearer " + tokens.employer}, {"Content-Type", "application/json"}},
                                     kDemand);
    BOOST_TEST(lower.status == 201, lower.body);
}

BOOST_AUTO_TEST_CASE(revocation_takes_effect_on_the_very_next_request) {
    BOOST_TEST_REQUIRE(send("POST", "/api/v1/demands", tokens.employer, kDemand).status == 201);
    BOOST_TEST_REQUIRE(send("GET", "/api/v1/feedback", tokens.employer).status == 200);
    sql::Accounts(database()).revoke_token(tokens.employer_token_id);
    auto post = send("POST", "/api/v1/demands", tokens.employer, kDemand);
    BOOST_TEST(post.status == 401, post.body);
    BOOST_TEST(contains(error_message_of(post), "revoked"));
    BOOST_TEST(send("GET", "/api/v1/feedback", tokens.employer).status == 401);
    BOOST_TEST(send("DELETE", "/api/v1/demands/D-1", tokens.employer).status == 401);
    // Other tokens are untouched.
    BOOST_TEST(send("POST", "/api/v1/demands", tokens.other_employer, kDemand).status == 201);
    // A new token for the same organisation works at once.
    auto fresh = sql::Accounts(database()).create_token("acme");
    BOOST_TEST(send("POST", "/api/v1/demands", fresh.secret, kDemand).status == 201);
}

// ---- 403: role ---------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_role_that_may_not_write_is_403) {
    const std::string answer = R"({"status":"under_review"})";
    const auto feedback_id = created_id(send("POST", "/api/v1/feedback", tokens.employer, kFeedbackOnMajor), "feedback");
    const std::string respond = "/api/v1/feedback/" + feedback_id + "/response";
    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> refused{
        {tokens.university, "POST", "/api/v1/demands", kDemand},
        {tokens.planner, "POST", "/api/v1/demands", kDemand},
        {tokens.admin, "POST", "/api/v1/demands", kDemand},
        {tokens.university, "DELETE", "/api/v1/demands/D-1", ""},
        {tokens.university, "POST", "/api/v1/feedback", kFeedbackOnMajor},
        {tokens.planner, "POST", "/api/v1/feedback", kFeedbackOnMajor},
        {tokens.admin, "POST", "/api/v1/feedback", kFeedbackOnMajor},
        {tokens.employer, "POST", respond, answer},
        {tokens.planner, "POST", respond, answer},
        {tokens.employer, "GET", "/api/v1/audit", ""},
        {tokens.university, "GET", "/api/v1/audit", ""},
        {tokens.planner, "GET", "/api/v1/audit", ""},
    };
    for (const auto& [token, method, target, body] : refused) {
        auto response = send(method, target, token, body);
        BOOST_TEST(response.status == 403, method << " " << target << ": " << response.body);
        BOOST_TEST(error_code_of(response) == "forbidden", method << " " << target);
    }
    BOOST_TEST(sql::demand_by_id(database(), "D-1").has_value());
    BOOST_TEST(sql::demands_of_employer(database(), "E-1").size() == 1u);
}

// ---- 403: someone else's object ---------------------------------------------

BOOST_AUTO_TEST_CASE(an_employer_may_not_delete_another_employers_demand) {
    const auto posted = created_id(send("POST", "/api/v1/demands", tokens.employer, kDemand), "demand");
    for (const std::string& id : {posted, std::string("D-1")}) {
        auto response = send("DELETE", "/api/v1/demands/" + id, tokens.other_employer);
        BOOST_TEST(response.status == 403, id << ": " << response.body);
        BOOST_TEST(sql::demand_by_id(database(), id).has_value(), id << " was deleted by another employer");
    }
    // Another employer may not list the owner's deleted demand either.
    auto deleted = send("GET", "/api/v1/demands?employer=E-1&include_deleted=1", tokens.other_employer);
    BOOST_TEST(deleted.status == 403, deleted.body);
    // A planner may delete any demand (a stale posting).
    auto by_planner = send("DELETE", "/api/v1/demands/" + posted, tokens.planner);
    BOOST_TEST(by_planner.status == 200, by_planner.body);
    BOOST_TEST(!sql::demand_by_id(database(), posted).has_value());
}

BOOST_AUTO_TEST_CASE(a_university_may_not_answer_feedback_addressed_to_another_university) {
    const auto id = created_id(send("POST", "/api/v1/feedback", tokens.employer, kFeedbackOnMajor), "feedback");
    auto response = send("POST", "/api/v1/feedback/" + id + "/response", tokens.other_university,
                         R"({"status":"declined","declined_reason":"not ours"})");
    BOOST_TEST(response.status == 403, response.body);
    BOOST_TEST(sql::feedback_by_id(database(), id)->status == "received");
    // Unknown feedback is a 404 for a university.
    auto unknown = send("POST", "/api/v1/feedback/fb_ffffffffffffffff/response", tokens.university,
                        R"({"status":"under_review"})");
    BOOST_TEST(unknown.status == 404, unknown.body);
}

BOOST_AUTO_TEST_CASE(an_organisation_may_not_list_another_ones_feedback) {
    BOOST_TEST_REQUIRE(send("POST", "/api/v1/feedback", tokens.employer, kFeedbackOnMajor).status == 201);
    auto employer = send("GET", "/api/v1/feedback?employer=E-1", tokens.other_employer);
    BOOST_TEST(employer.status == 403, employer.body);
    auto university = send("GET", "/api/v1/feedback?university=TJU", tokens.other_university);
    BOOST_TEST(university.status == 403, university.body);
    // Without a filter each sees only its own corner: nothing here.
    auto other_employer = json_of(send("GET", "/api/v1/feedback", tokens.other_employer));
    BOOST_TEST(other_employer["total"].GetUint64() == 0u);
    auto other_university = json_of(send("GET", "/api/v1/feedback", tokens.other_university));
    BOOST_TEST(other_university["total"].GetUint64() == 0u);
    // The owner, the addressee and a planner see it.
    BOOST_TEST(json_of(send("GET", "/api/v1/feedback", tokens.employer))["total"].GetUint64() == 1u);
    BOOST_TEST(json_of(send("GET", "/api/v1/feedback", tokens.university))["total"].GetUint64() == 1u);
    BOOST_TEST(json_of(send("GET", "/api/v1/feedback?university=TJU", tokens.planner))["total"].GetUint64() == 1u);
}

// ---- posted demand ---------------------------------------------------------------

BOOST_AUTO_TEST_CASE(a_demand_posted_with_labels_is_stored_and_a_deleted_one_leaves_the_snapshot) {
    auto response = send("POST", "/api/v1/demands", tokens.employer, kDemand);
    BOOST_TEST_REQUIRE(response.status == 201, response.body);
    auto doc = json_of(response);
    const auto& demand = doc["demand"];
    const std::string id = demand["id"].GetString();
    BOOST_TEST(response_header(response, "Location") == "/api/v1/demands/" + id);
    BOOST_TEST(demand["employer_id"].GetString() == std::string("E-1"));  // from the token, not the body
    BOOST_TEST(demand["posted_by"].GetString() == std::string("acme"));
    BOOST_TEST(demand["headcount"].GetInt() == 2);
    BOOST_TEST(demand["deleted_at"].IsNull());
    // Chinese label, English label, id and alternative label all resolve; ordered by skill id.
    const auto& skills = demand["skills"];
    BOOST_TEST_REQUIRE(skills.Size() == 4u);
    const std::vector<std::pair<std::string, double>> expected{
        {"S-ds", 0.5}, {"S-os", 1.0}, {"S-prog", 0.8}, {"S-sql", 1.0}};
    for (rapidjson::SizeType i = 0; i < skills.Size(); ++i) {
        BOOST_TEST(skills[i]["skill_id"].GetString() == expected[i].first);
        BOOST_TEST(skills[i]["importance"].GetDouble() == expected[i].second);
    }

    auto stored = sql::demand_by_id(database(), id);
    BOOST_TEST_REQUIRE(stored.has_value());
    BOOST_TEST(stored->demand.title == "数据工程师");
    BOOST_TEST(stored->skills.size() == 4u);
    auto in_load = [&] {
        auto data = database().load();
        return std::any_of(data.demands.begin(), data.demands.end(), [&](const auto& d) { return d.id == id; });
    };
    BOOST_TEST(in_load());
    auto listed = json_of(send("GET", "/api/v1/demands", tokens.employer));
    BOOST_TEST(listed["demands"].Size() == 2u);

    auto deleted = send("DELETE", "/api/v1/demands/" + id, tokens.employer);
    BOOST_TEST_REQUIRE(deleted.status == 200, deleted.body);
    BOOST_TEST(json_of(deleted)["deleted"].GetString() == id);
    BOOST_TEST(!in_load());
    BOOST_TEST(!sql::demand_by_id(database(), id).has_value());
    auto kept = sql::demand_by_id(database(), id, true);
    BOOST_TEST_REQUIRE(kept.has_value());
    BOOST_TEST(kept->deleted_at.has_value());
    BOOST_TEST(kept->deleted_by_organisation == "acme");
    BOOST_TEST(json_of(send("GET", "/api/v1/demands?employer=E-1"))["demands"].Size() == 1u);
    auto with_deleted = json_of(send("GET", "/api/v1/demands?include_deleted=1", tokens.employer));
    BOOST_TEST(with_deleted["demands"].Size() == 2u);
    // Deleting it again finds nothing.
    BOOST_TEST(send("DELETE", "/api/v1/demands/" + id, tokens.employer).status == 404);
}

BOOST_AUTO_TEST_CASE(an_unknown_skill_label_is_400_listing_the_closest_candidates) {
    auto misspelt = send("POST", "/api/v1/demands", tokens.employer,
                         R"({"headcount":1,"skills":[{"skill":"S-ds"},{"skill":"programing"}]})");
    BOOST_TEST_REQUIRE(misspelt.status == 400, misspelt.body);
    BOOST_TEST(error_code_of(misspelt) == "invalid_body");
    const auto message = error_message_of(misspelt);
    BOOST_TEST(contains(message, "skills[1].skill"), message);
    BOOST_TEST(contains(message, "programing"), message);
    BOOST_TEST(contains(message, "S-prog"), message);
    // A Chinese near-miss: a substring of two labels.
    auto partial = send("POST", "/api/v1/demands", tokens.employer, R"({"headcount":1,"skills":[{"skill":"操作"}]})");
    BOOST_TEST_REQUIRE(partial.status == 400, partial.body);
    BOOST_TEST(contains(error_message_of(partial), "S-os"), error_message_of(partial));
    // Nothing near at all: still a 400 naming the field.
    auto nothing = send("POST", "/api/v1/demands", tokens.employer, R"({"headcount":1,"skills":[{"skill":"zzzzzzzzzz"}]})");
    BOOST_TEST(nothing.status == 400);
    BOOST_TEST(contains(error_message_of(nothing), "skills[0].skill"));
    BOOST_TEST(sql::demands_of_employer(database(), "E-1").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_bad_demand_body_is_rejected_naming_the_field) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"headcount":1,"skills":[{"skill":"S-ds"},{"skill":"S-os","importance":1.5}]})", "skills[1].importance"},
        {R"({"headcount":1,"skills":[{"skill":"S-ds","importance":0}]})", "skills[0].importance"},
        {R"({"headcount":1,"skills":[{"skill":"S-ds","importance":-0.2}]})", "skills[0].importance"},
        {R"({"headcount":0,"skills":[{"skill":"S-ds"}]})", "headcount"},
        {R"({"skills":[{"skill":"S-ds"}]})", "headcount"},
        {R"({"headcount":1})", "skills"},
        {R"({"headcount":1,"skills":[]})", "skills"},
        {R"({"headcount":1,"skills":[{"skill":"S-ds"},{"skill":"数据结构"}]})", "skill"},  // the same skill twice
        {R"({"headcount":1,"skills":[{"skill":"S-ds"}],"employer_id":"E-2"})", "employer_id"},
        {R"({"headcount":1,"skills":[{"skill":"S-ds"}],"occupation":"O-none"})", "occupation"},
        {R"({"headcount":1,"skills":[{"skill":"S-ds"}],"posted_on":"2024-02-30"})", "posted_on"},
    };
    for (const auto& [body, field] : cases) {
        auto response = send("POST", "/api/v1/demands", tokens.employer, body);
        BOOST_TEST(response.status == 400, body << ": " << response.body);
        BOOST_TEST(contains(error_message_of(response), field), body << ": " << error_message_of(response));
    }
    BOOST_TEST(sql::demands_of_employer(database(), "E-1").size() == 1u);
    BOOST_TEST(sql::demands_of_employer(database(), "E-2").empty());
}

BOOST_AUTO_TEST_CASE(a_wrong_content_type_is_415_and_malformed_json_is_400) {
    for (const std::string type : {"text/plain", "application/x-www-form-urlencoded", ""}) {
        auto response = send("POST", "/api/v1/demands", tokens.employer, kDemand, type);
        BOOST_TEST(response.status == 415, "'" << type << "': " << response.body);
    }
    auto with_charset = send("POST", "/api/v1/demands", tokens.employer, kDemand, "application/json; charset=utf-8");
    BOOST_TEST(with_charset.status == 201, with_charset.body);
    for (const std::string body : {"{\"headcount\":1,", "not json", "[1,2]", "{\"headcount\":1}}", "\xff\xfe{}"}) {
        auto response = send("POST", "/api/v1/demands", tokens.employer, body);
        BOOST_TEST(response.status == 400, body << ": " << response.body);
        BOOST_TEST(error_code_of(response) == "invalid_body", body);
    }
    auto feedback = send("POST", "/api/v1/feedback", tokens.employer, "{", "application/json");
    BOOST_TEST(feedback.status == 400);
    BOOST_TEST(error_code_of(feedback) == "invalid_body");
    auto feedback_type = send("POST", "/api/v1/feedback", tokens.employer, kFeedbackOnMajor, "text/html");
    BOOST_TEST(feedback_type.status == 415);
}

// ---- tokens -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_database_never_holds_a_token_secret) {
    // Use every token once, so last_used_at and the audit log are written too.
    const std::vector<std::string> secrets{tokens.employer, tokens.other_employer, tokens.university,
                                           tokens.other_university, tokens.planner, tokens.admin};
    for (const auto& secret : secrets) send("POST", "/api/v1/demands", secret, kDemand);
    for (const auto& secret : secrets) BOOST_TEST_REQUIRE(secret.size() >= 4u + 43u, "short secret " << secret);

    soci::rowset<soci::row> rows = database().session().prepare << "SELECT * FROM api_token";
    std::size_t row_count = 0, cells = 0;
    for (const auto& row : rows) {
        ++row_count;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (row.get_indicator(i) == soci::i_null) continue;
            if (row.get_properties(i).get_data_type() != soci::dt_string) continue;
            const auto value = row.get<std::string>(i);
            ++cells;
            for (const auto& secret : secrets) {
                BOOST_TEST(!contains(value, secret), "column " << row.get_properties(i).get_name() << " holds a secret");
                // Not even the random part without its prefix.
                BOOST_TEST(!contains(value, secret.substr(4)), "column " << row.get_properties(i).get_name());
            }
        }
    }
    BOOST_TEST(row_count == secrets.size());
    BOOST_TEST(cells >= 4 * row_count);  // id, organisation, hash, created_at at least

    // Nor anywhere else in the file (any table, the WAL, free pages).
    for (const char* suffix : {"", "-wal"}) {
        std::ifstream file(connection().substr(7) + suffix, std::ios::binary);
        if (!file) continue;
        const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        for (const auto& secret : secrets) BOOST_TEST(!contains(bytes, secret.substr(4)), "file" << suffix << " holds a secret");
    }
}

BOOST_AUTO_TEST_CASE(the_fourth_request_in_a_minute_is_429_with_retry_after) {
    AccountsWorld limited(3);
    for (int i = 1; i <= 3; ++i) {
        auto response = limited.send("POST", "/api/v1/demands", limited.tokens.employer, kDemand);
        BOOST_TEST(response.status == 201, "request " << i << ": " << response.body);
    }
    auto fourth = limited.send("POST", "/api/v1/demands", limited.tokens.employer, kDemand);
    BOOST_TEST_REQUIRE(fourth.status == 429, fourth.body);
    BOOST_TEST(error_code_of(fourth) == "rate_limited");
    const auto retry = response_header(fourth, "Retry-After");
    BOOST_TEST_REQUIRE(!retry.empty());
    BOOST_TEST(std::stoi(retry) >= 1);
    BOOST_TEST(std::stoi(retry) <= 60);
    // Reads by the same token count too, and the refused write stored nothing.
    BOOST_TEST(limited.send("GET", "/api/v1/feedback", limited.tokens.employer).status == 429);
    BOOST_TEST(sql::demands_of_employer(limited.database(), "E-1").size() == 4u);  // D-1 and three posted
    // The limit is per token.
    BOOST_TEST(limited.send("POST", "/api/v1/demands", limited.tokens.other_employer, kDemand).status == 201);
}

BOOST_AUTO_TEST_CASE(anonymous_attempts_from_one_address_are_limited_so_the_audit_log_cannot_be_flooded) {
    AccountsWorld limited(3);
    for (int i = 1; i <= 3; ++i)
        BOOST_TEST(limited.send("POST", "/api/v1/demands", "", kDemand).status == 401, "attempt " << i);
    auto fourth = limited.send("POST", "/api/v1/demands", "", kDemand);
    BOOST_TEST_REQUIRE(fourth.status == 429, fourth.body);
    BOOST_TEST(!response_header(fourth, "Retry-After").empty());
    // A valid token from the same address still works: its own bucket.
    BOOST_TEST(limited.send("POST", "/api/v1/demands", limited.tokens.employer, kDemand).status == 201);
}

BOOST_AUTO_TEST_CASE(in_private_mode_a_write_counts_once_against_the_rate_limit) {
    // The router checks the token of every route in private mode and the
    // handler checks it again: the limiter must count the request once.
    AccountsWorld limited(3, true);
    for (int i = 1; i <= 3; ++i) {
        auto response = limited.send("POST", "/api/v1/demands", limited.tokens.employer, kDemand);
        BOOST_TEST(response.status == 201, "request " << i << ": " << response.body);
    }
    BOOST_TEST(limited.send("POST", "/api/v1/demands", limited.tokens.employer, kDemand).status == 429);
}

// ---- feedback -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(feedback_goes_from_employer_to_university_and_the_answer_comes_back) {
    auto posted = send("POST", "/api/v1/feedback", tokens.employer, kFeedbackOnMajor);
    BOOST_TEST_REQUIRE(posted.status == 201, posted.body);
    auto doc = json_of(posted);
    const std::string id = doc["feedback"]["id"].GetString();
    BOOST_TEST(response_header(posted, "Location") == "/api/v1/feedback/" + id);
    BOOST_TEST(doc["feedback"]["employer_id"].GetString() == std::string("E-1"));
    BOOST_TEST(doc["feedback"]["university_id"].GetString() == std::string("TJU"));
    BOOST_TEST(doc["feedback"]["major_id"].GetString() == std::string("TJU-080901"));
    BOOST_TEST(doc["feedback"]["status"].GetString() == std::string("received"));
    const auto& missing = doc["feedback"]["missing_skills"];
    BOOST_TEST_REQUIRE(missing.Size() == 2u);  // by id: "S-prog" < "http://..."
    BOOST_TEST(missing[0].GetString() == std::string("S-prog"));
    BOOST_TEST(missing[1].GetString() == std::string(test::esco_skill_id));
    BOOST_TEST(doc["feedback"]["outdated_skills"][0].GetString() == std::string("S-ds"));

    // The university sees it among what it received; the other university does not.
    auto received = send("GET", "/api/v1/feedback?status=received", tokens.university);
    BOOST_TEST_REQUIRE(received.status == 200, received.body);
    auto inbox = json_of(received);
    BOOST_TEST_REQUIRE(inbox["feedback"].Size() == 1u);
    BOOST_TEST(inbox["feedback"][0]["id"].GetString() == id);
    BOOST_TEST(inbox["feedback"][0]["comment"].GetString() == std::string("毕业生缺少数据库实践"));
    BOOST_TEST(json_of(send("GET", "/api/v1/feedback", tokens.other_university))["feedback"].Size() == 0u);

    const std::string respond = "/api/v1/feedback/" + id + "/response";
    // Declined needs a reason; adopted needs a plan of this major.
    auto no_reason = send("POST", respond, tokens.university, R"({"status":"declined"})");
    BOOST_TEST(no_reason.status == 400, no_reason.body);
    BOOST_TEST(contains(error_message_of(no_reason), "declined_reason"), error_message_of(no_reason));
    auto blank_reason = send("POST", respond, tokens.university, R"({"status":"declined","declined_reason":"  "})");
    BOOST_TEST(blank_reason.status == 400, blank_reason.body);
    auto no_plan = send("POST", respond, tokens.university, R"({"status":"adopted"})");
    BOOST_TEST(no_plan.status == 400, no_plan.body);
    auto foreign_plan = send("POST", respond, tokens.university, R"({"status":"adopted","adopted_plan_id":"TJU-080902-2024"})");
    BOOST_TEST(foreign_plan.status == 400, foreign_plan.body);
    auto back_to_received = send("POST", respond, tokens.university, R"({"status":"received"})");
    BOOST_TEST(back_to_received.status == 400, back_to_received.body);
    BOOST_TEST(sql::feedback_by_id(database(), id)->status == "received");

    auto under_review = send("POST", respond, tokens.university, R"({"status":"under_review"})");
    BOOST_TEST_REQUIRE(under_review.status == 200, under_review.body);
    auto adopted = send("POST", respond, tokens.university,
                        R"({"status":"adopted","adopted_plan_id":"TJU-080901-2024","response":"2024版培养方案增设数据库系统"})");
    BOOST_TEST_REQUIRE(adopted.status == 200, adopted.body);
    BOOST_TEST(json_of(adopted)["feedback"]["status"].GetString() == std::string("adopted"));

    // The employer sees the answer to its own feedback; the other employer sees nothing.
    auto mine = send("GET", "/api/v1/feedback", tokens.employer);
    BOOST_TEST_REQUIRE(mine.status == 200, mine.body);
    auto answers = json_of(mine);
    BOOST_TEST_REQUIRE(answers["feedback"].Size() == 1u);
    const auto& answer = answers["feedback"][0];
    BOOST_TEST(answer["status"].GetString() == std::string("adopted"));
    BOOST_TEST(answer["adopted_plan_id"].GetString() == std::string("TJU-080901-2024"));
    BOOST_TEST(answer["response"].GetString() == std::string("2024版培养方案增设数据库系统"));
    BOOST_TEST(answer["responded_by"].GetString() == std::string("tju-office"));
    BOOST_TEST(answer["responded_at"].IsString());
    BOOST_TEST(json_of(send("GET", "/api/v1/feedback", tokens.other_employer))["total"].GetUint64() == 0u);
    BOOST_TEST(json_of(send("GET", "/api/v1/feedback?status=adopted", tokens.planner))["total"].GetUint64() == 1u);
}

BOOST_AUTO_TEST_CASE(a_bad_feedback_body_is_400_naming_the_field) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"target_kind":"major","target_id":"TJU-080901","rating":6})", "rating"},
        {R"({"target_kind":"major","target_id":"TJU-080901","rating":0})", "rating"},
        {R"({"target_kind":"major","target_id":"TJU-080901"})", "rating"},
        {R"({"target_kind":"faculty","target_id":"TJU-080901","rating":3})", "target_kind"},
        {R"({"target_kind":"major","target_id":"TJU-080901","rating":3,"missing_skills":["programing"]})", "missing_skills[0]"},
        {R"({"target_kind":"major","target_id":"TJU-080901","rating":3,"comment":")" + std::string(2001, 'x') + "\"}",
         "comment"},
    };
    for (const auto& [body, field] : cases) {
        auto response = send("POST", "/api/v1/feedback", tokens.employer, body);
        BOOST_TEST(response.status == 400, body.substr(0, 120) << ": " << response.body);
        BOOST_TEST(contains(error_message_of(response), field), body.substr(0, 120) << ": " << error_message_of(response));
    }
    auto unknown_major = send("POST", "/api/v1/feedback", tokens.employer,
                              R"({"target_kind":"major","target_id":"TJU-999999","rating":3})");
    BOOST_TEST((unknown_major.status == 400 || unknown_major.status == 404), unknown_major.body);
    BOOST_TEST(json_of(send("GET", "/api/v1/feedback", tokens.planner))["total"].GetUint64() == 0u);
}

BOOST_AUTO_TEST_CASE(a_comment_with_markup_comes_back_verbatim_as_json_text) {
    const std::string comment = "<script>alert('x')</script> & <b>\"粗体\"</b>\n第二行";
    const std::string body = R"({"target_kind":"course","target_id":"CS 250","major_id":"TJU-080901","rating":3,)"
                             R"("comment":"<script>alert('x')</script> & <b>\"粗体\"</b>\n第二行"})";
    auto posted = send("POST", "/api/v1/feedback", tokens.employer, body);
    BOOST_TEST_REQUIRE(posted.status == 201, posted.body);
    BOOST_TEST(posted.content_type.rfind("application/json", 0) == 0u, posted.content_type);
    BOOST_TEST(json_of(posted)["feedback"]["comment"].GetString() == comment);
    BOOST_TEST(!contains(posted.body, "&lt;"));  // not HTML-escaped
    auto listed = send("GET", "/api/v1/feedback", tokens.university);
    BOOST_TEST(listed.content_type.rfind("application/json", 0) == 0u);
    BOOST_TEST(json_of(listed)["feedback"][0]["comment"].GetString() == comment);
    BOOST_TEST(sql::feedback_by_id(database(), json_of(posted)["feedback"]["id"].GetString())->comment == comment);
}

BOOST_AUTO_TEST_CASE(the_feedback_summary_counts_ratings_statuses_and_the_most_named_skills) {
    auto post = [this](const std::string& token, const std::string& body) {
        return created_id(send("POST", "/api/v1/feedback", token, body), "feedback");
    };
    post(tokens.employer, R"({"target_kind":"major","target_id":"TJU-080901","rating":2,"missing_skills":["SQL","编程"]})");
    const auto answered = post(tokens.other_employer,
                               R"({"target_kind":"major","target_id":"TJU-080901","rating":2,"missing_skills":["结构化查询语言"]})");
    post(tokens.employer, R"({"target_kind":"plan","target_id":"TJU-080901-2024","rating":5,)"
                          R"("missing_skills":["S-sql","使用数据库"],"outdated_skills":["数据结构"]})");
    post(tokens.other_employer, R"({"target_kind":"course","target_id":"CS 101","major_id":"TJU-080901","rating":4,)"
                                R"("missing_skills":["coding"],"outdated_skills":["S-ds"]})");
    // Not about this major: left out.
    post(tokens.employer, R"({"target_kind":"major","target_id":"TJU-080902","rating":1,"missing_skills":["S-os"]})");
    BOOST_TEST_REQUIRE(send("POST", "/api/v1/feedback/" + answered + "/response", tokens.university,
                            R"({"status":"under_review"})").status == 200);

    auto response = send("GET", "/api/v1/majors/TJU-080901/feedback-summary");
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    auto doc = json_of(response);
    BOOST_TEST(doc["total"].GetUint64() == 4u);
    const auto& rating = doc["by_rating"];
    BOOST_TEST(rating["1"].GetUint64() == 0u);
    BOOST_TEST(rating["2"].GetUint64() == 2u);
    BOOST_TEST(rating["3"].GetUint64() == 0u);
    BOOST_TEST(rating["4"].GetUint64() == 1u);
    BOOST_TEST(rating["5"].GetUint64() == 1u);
    BOOST_TEST(doc["by_status"]["received"].GetUint64() == 3u);
    BOOST_TEST(doc["by_status"]["under_review"].GetUint64() == 1u);
    const auto& missing = doc["missing_skills"];
    BOOST_TEST_REQUIRE(missing.Size() == 3u);
    BOOST_TEST(missing[0]["skill_id"].GetString() == std::string("S-sql"));
    BOOST_TEST(missing[0]["count"].GetUint64() == 3u);
    BOOST_TEST(missing[0]["label"].GetString() == std::string("SQL"));
    BOOST_TEST(missing[1]["skill_id"].GetString() == std::string("S-prog"));
    BOOST_TEST(missing[1]["count"].GetUint64() == 2u);
    BOOST_TEST(missing[2]["skill_id"].GetString() == std::string(test::esco_skill_id));
    BOOST_TEST(missing[2]["count"].GetUint64() == 1u);
    BOOST_TEST_REQUIRE(doc["outdated_skills"].Size() == 1u);
    BOOST_TEST(doc["outdated_skills"][0]["skill_id"].GetString() == std::string("S-ds"));
    BOOST_TEST(doc["outdated_skills"][0]["count"].GetUint64() == 2u);
    BOOST_TEST(doc["responded"].GetUint64() == 1u);
    BOOST_TEST(doc["median_response_hours"].IsNumber());

    auto unknown = send("GET", "/api/v1/majors/TJU-999999/feedback-summary");
    BOOST_TEST(unknown.status == 404, unknown.body);
}

// ---- audit log ------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(the_audit_log_holds_every_write_attempt_with_who_what_and_where) {
    const auto demand = created_id(send("POST", "/api/v1/demands", tokens.employer, kDemand), "demand");
    const auto feedback = created_id(send("POST", "/api/v1/feedback", tokens.employer, kFeedbackOnMajor), "feedback");
    const std::string respond = "/api/v1/feedback/" + feedback + "/response";
    struct Attempt {
        std::string token, method, path, body, content_type = "application/json";
    };
    const std::vector<Attempt> attempts{
        {"", "POST", "/api/v1/demands", kDemand},                                    // 401
        {"wsh_nope", "DELETE", "/api/v1/demands/" + demand, ""},                     // 401
        {tokens.university, "POST", "/api/v1/demands", kDemand},                     // 403 role
        {tokens.other_employer, "DELETE", "/api/v1/demands/" + demand, ""},          // 403 owner
        {tokens.other_university, "POST", respond, R"({"status":"under_review"})"},  // 403 owner
        {tokens.employer, "POST", "/api/v1/demands", "{", "application/json"},       // 400
        {tokens.employer, "POST", "/api/v1/demands", kDemand, "text/plain"},         // 415
        {tokens.university, "POST", respond, R"({"status":"declined"})"},            // 400
        {tokens.university, "POST", respond, R"({"status":"under_review"})"},        // 200
        {tokens.employer, "DELETE", "/api/v1/demands/" + demand, ""},                // 200
    };
    // (organisation, method, path, status) of every attempt, the two creations first.
    std::vector<std::tuple<std::string, std::string, std::string, int>> expected{
        {"acme", "POST", "/api/v1/demands", 201}, {"acme", "POST", "/api/v1/feedback", 201}};
    const std::map<std::string, std::string> organisation_of{
        {"", ""}, {"wsh_nope", ""}, {tokens.employer, "acme"}, {tokens.other_employer, "harbour"},
        {tokens.university, "tju-office"}, {tokens.other_university, "nku-office"}};
    for (const auto& a : attempts) {
        auto response = send(a.method, a.path, a.token, a.body, a.content_type);
        expected.emplace_back(organisation_of.at(a.token), a.method, a.path, response.status);
    }
    // Reads are not writes: they stay out of the log.
    send("GET", "/api/v1/feedback", tokens.employer);
    send("GET", "/api/v1/majors");

    BOOST_TEST(send("GET", "/api/v1/audit", tokens.planner).status == 403);
    auto response = send("GET", "/api/v1/audit", tokens.admin);
    BOOST_TEST_REQUIRE(response.status == 200, response.body);
    auto doc = json_of(response);
    const auto& entries = doc["entries"];
    BOOST_TEST_REQUIRE(entries.Size() == expected.size(), response.body);
    std::set<std::int64_t> seqs;
    for (rapidjson::SizeType i = 0; i < entries.Size(); ++i) {
        // Newest first.
        const auto& e = entries[entries.Size() - 1 - i];
        const auto& [organisation, method, path, status] = expected[i];
        BOOST_TEST(e["organisation_id"].GetString() == organisation, "entry " << i);
        BOOST_TEST(e["method"].GetString() == method, "entry " << i);
        BOOST_TEST(e["path"].GetString() == path, "entry " << i);
        BOOST_TEST(e["status"].GetInt() == status, "entry " << i);
        BOOST_TEST(e["remote_address"].GetString() == std::string("127.0.0.1"), "entry " << i);
        BOOST_TEST(std::string(e["at"].GetString()).size() == 20u, "entry " << i << ": " << e["at"].GetString());
        BOOST_TEST((std::string(e["token_id"].GetString()).empty() == organisation.empty()), "entry " << i);
        seqs.insert(e["seq"].GetInt64());
    }
    BOOST_TEST(seqs.size() == expected.size());
    // The writes name what they acted on.
    const auto& newest = entries[0];
    BOOST_TEST(newest["target_kind"].GetString() == std::string("demand"));
    BOOST_TEST(newest["target_id"].GetString() == demand);
    BOOST_TEST(entries[entries.Size() - 2]["target_id"].GetString() == feedback);
    // The statuses are what the attempts were meant to provoke.
    const std::vector<int> statuses{201, 201, 401, 401, 403, 403, 403, 400, 415, 400, 200, 200};
    for (std::size_t i = 0; i < statuses.size(); ++i) BOOST_TEST(std::get<3>(expected[i]) == statuses[i], "attempt " << i);
    // Filtered by organisation.
    auto acme = json_of(send("GET", "/api/v1/audit?organisation=acme", tokens.admin));
    BOOST_TEST(acme["entries"].Size() == 5u);
}

// ---- private mode ----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(private_mode_needs_a_token_everywhere_but_healthz) {
    AccountsWorld closed(0, true);
    auto anonymous = closed.send("GET", "/api/v1/majors");
    BOOST_TEST(anonymous.status == 401, anonymous.body);
    BOOST_TEST(!response_header(anonymous, "WWW-Authenticate").empty());
    BOOST_TEST(closed.send("GET", "/api/v1/majors", "wsh_unknown").status == 401);
    BOOST_TEST(closed.send("GET", "/api/v1/demands?employer=E-1").status == 401);
    BOOST_TEST(closed.send("GET", "/api/v1/majors/TJU-080901/feedback-summary").status == 401);
    for (const auto* token : {&closed.tokens.employer, &closed.tokens.university, &closed.tokens.planner}) {
        auto response = closed.send("GET", "/api/v1/majors", *token);
        BOOST_TEST(response.status == 200, response.body);
    }
    BOOST_TEST(closed.send("GET", "/healthz").status == 200);
    // Open mode (the fixture) serves the same route without a token.
    BOOST_TEST(send("GET", "/api/v1/majors").status == 200);
    BOOST_TEST(send("GET", "/api/v1/demands?employer=E-1").status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
