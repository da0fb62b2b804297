#include "accounts_fixture.hpp"

#include "sample_data.hpp"
#include "woshou/sql/accounts.hpp"

#include <boost/test/unit_test.hpp>

#include <unistd.h>

namespace woshou::test {

model::Dataset accounts_dataset() {
    model::Dataset d = sample_dataset();
    d.employers.push_back({"E-2", "中新天津生态城投资公司", "construction", "天津"});
    d.plans.push_back({"NKU-120102-2024", "NKU-120102", 2024, "v1"});
    d.plans.push_back({"TJU-080902-2024", "TJU-080902", 2024, "v1"});
    return d;
}

SampleTokens add_sample_organisations(sql::Database& database) {
    sql::Accounts accounts(database);
    accounts.add_organisation({"acme", "天津港集团人力资源部", sql::kRoleEmployer, "E-1", "", ""});
    accounts.add_organisation({"harbour", "生态城招聘", sql::kRoleEmployer, "E-2", "", ""});
    accounts.add_organisation({"tju-office", "天津大学教务处", sql::kRoleUniversity, "", "TJU", ""});
    accounts.add_organisation({"nku-office", "南开大学教务处", sql::kRoleUniversity, "", "NKU", ""});
    accounts.add_organisation({"bureau", "天津市教育委员会", sql::kRolePlanner, "", "", ""});
    accounts.add_organisation({"root", "platform", sql::kRoleAdmin, "", "", ""});
    SampleTokens tokens;
    auto employer = accounts.create_token("acme", "hr laptop");
    tokens.employer = employer.secret;
    tokens.employer_token_id = employer.info.id;
    tokens.other_employer = accounts.create_token("harbour").secret;
    tokens.university = accounts.create_token("tju-office").secret;
    tokens.other_university = accounts.create_token("nku-office").secret;
    tokens.planner = accounts.create_token("bureau").secret;
    tokens.admin = accounts.create_token("root").secret;
    return tokens;
}

namespace {

int world_counter = 0;

}  // namespace

AccountsWorld::AccountsWorld(unsigned rate_per_minute, bool private_mode)
    : path_(std::filesystem::temp_directory_path() /
            ("woshou-accounts-" + std::to_string(::getpid()) + "-" + std::to_string(world_counter++) + ".db")) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_.string() + suffix);
    database_ = sql::Database::open(connection());
    database_->upsert(accounts_dataset());
    tokens = add_sample_organisations(*database_);
    writes_ = std::make_unique<server::WriteServices>(connection(), rate_per_minute);
    context_.backend = "sqlite";
    context_.writes = writes_.get();
    context_.private_mode = private_mode;
    context_.remote_address = "127.0.0.1";
    refresh_snapshot();
}

AccountsWorld::~AccountsWorld() {
    writes_.reset();
    database_.reset();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_.string() + suffix);
}

std::string AccountsWorld::connection() const { return "sqlite:" + path_.string(); }

void AccountsWorld::refresh_snapshot() {
    const auto version = database_->data_version();
    context_.snapshot = graph::Snapshot::build(database_->load(), version);
}

server::Response AccountsWorld::send(const std::string& method, const std::string& target, const std::string& token,
                                     const std::string& body, const std::string& content_type) {
    static const server::Router router = server::make_api_router();
    server::Fields headers;
    if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
    if (!body.empty() && !content_type.empty()) headers.emplace_back("Content-Type", content_type);
    return server::handle_http(router, context_, method, target, std::move(headers), body);
}

rapidjson::Document json_of(const server::Response& response) {
    rapidjson::Document doc;
    doc.Parse(response.body.c_str());
    BOOST_TEST_REQUIRE(!doc.HasParseError(), "not JSON: " << response.body);
    return doc;
}

std::string error_message_of(const server::Response& response) {
    auto doc = json_of(response);
    if (!doc.IsObject() || !doc.HasMember("error")) return {};
    return doc["error"]["message"].GetString();
}

std::string response_header(const server::Response& response, const std::string& name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return {};
}

}  // namespace woshou::test
