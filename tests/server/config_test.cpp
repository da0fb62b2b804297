#include "woshou/server/config.hpp"

#include <CLI/CLI.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <vector>

using namespace woshou::server;

namespace {

ServerConfig parse(std::vector<std::string> args) {
    args.insert(args.begin(), "woshoud");
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    return parse_server_config(static_cast<int>(argv.size()), argv.data());
}

// Sets an environment variable for the lifetime of the guard.
struct EnvGuard {
    EnvGuard(const char* name, const char* value) : name(name) { ::setenv(name, value, 1); }
    ~EnvGuard() { ::unsetenv(name); }
    const char* name;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(config)

BOOST_AUTO_TEST_CASE(defaults_are_sqlite_file_and_localhost_8080) {
    ServerConfig config = parse({});
    BOOST_TEST(config.database == "sqlite:woshou.db");
    BOOST_TEST(config.listen == "127.0.0.1:8080");
    BOOST_TEST(config.reload_interval_s == 2.0);
    BOOST_CHECK_NO_THROW(validate(config));
}

BOOST_AUTO_TEST_CASE(environment_fills_options_and_flags_win_over_it) {
    EnvGuard db("WOSHOU_DB", "sqlite:/tmp/from-env.db");
    EnvGuard listen("WOSHOU_LISTEN", "0.0.0.0:9000");
    ServerConfig from_env = parse({});
    BOOST_TEST(from_env.database == "sqlite:/tmp/from-env.db");
    BOOST_TEST(from_env.listen == "0.0.0.0:9000");
    ServerConfig from_flag = parse({"--listen", "127.0.0.1:0", "--threads", "3", "--body-limit", "100"});
    BOOST_TEST(from_flag.listen == "127.0.0.1:0");
    BOOST_TEST(from_flag.threads == 3);
    BOOST_TEST(from_flag.body_limit == 100u);
}

BOOST_AUTO_TEST_CASE(unknown_flags_are_parse_errors) {
    BOOST_CHECK_THROW(parse({"--no-such-flag"}), CLI::ParseError);
}

BOOST_AUTO_TEST_CASE(listen_addresses_split_into_host_and_port) {
    auto v4 = parse_listen_address("127.0.0.1:0");
    BOOST_TEST(v4.host == "127.0.0.1");
    BOOST_TEST(v4.port == 0);
    auto v6 = parse_listen_address("[::1]:8081");
    BOOST_TEST(v6.host == "::1");
    BOOST_TEST(v6.port == 8081);
    BOOST_CHECK_THROW(parse_listen_address("localhost"), ConfigError);
    BOOST_CHECK_THROW(parse_listen_address("localhost:http"), ConfigError);
    BOOST_CHECK_THROW(parse_listen_address("localhost:70000"), ConfigError);
}

BOOST_AUTO_TEST_CASE(unusable_values_are_rejected_naming_the_option) {
    ServerConfig config;
    config.read_timeout_s = 0;
    try {
        validate(config);
        BOOST_FAIL("expected ConfigError");
    } catch (const ConfigError& error) {
        BOOST_TEST(std::string(error.what()).find("--read-timeout") != std::string::npos);
    }
    config = ServerConfig{};
    config.max_requests_per_connection = 0;
    BOOST_CHECK_THROW(validate(config), ConfigError);
    config = ServerConfig{};
    config.log_level = "loud";
    BOOST_CHECK_THROW(validate(config), ConfigError);
}

BOOST_AUTO_TEST_CASE(the_logged_description_hides_the_database_password) {
    ServerConfig config;
    config.database = "host=db user=woshou password=hunter2 dbname=woshou";
    std::string line = describe(config);
    BOOST_TEST(line.find("hunter2") == std::string::npos);
    BOOST_TEST(line.find("listen=127.0.0.1:8080") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
