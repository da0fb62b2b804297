// `woshou`: the command line of the woshou service.
#include "account_commands.hpp"
#include "analysis_commands.hpp"
#include "micro_commands.hpp"
#include "generate_command.hpp"
#include "import_commands.hpp"
#include "query_commands.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

std::string env_or(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? value : fallback;
}

// `woshou serve ARGS...` runs the woshoud binary installed beside this one,
// so the CLI does not link the HTTP server.
int exec_server(const char* argv0, const std::vector<std::string>& args) {
    std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe");
    if (self.empty()) self = argv0;
    const std::filesystem::path server = self.parent_path().parent_path() / "server" / "woshoud";
    const std::filesystem::path sibling = self.parent_path() / "woshoud";
    const std::string path = std::filesystem::exists(sibling) ? sibling.string() : server.string();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(path.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(path.c_str(), argv.data());
    std::perror(("woshou serve: cannot run " + path).c_str());
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"woshou (握手): the handshake channel between employers and universities"};
    app.require_subcommand(1);
    int exit_code = 0;

    // import
    woshou::clients::ImportOptions import_options;
    import_options.database = env_or("WOSHOU_DB", "sqlite:woshou.db");
    auto* import = app.add_subcommand("import", "Load data into the database (all rows or none)");
    import->require_subcommand(1);
    auto* bundle = import->add_subcommand("bundle", "Import a bundle folder of CSV files (docs/bundle.md)");
    bundle->add_option("dir", import_options.directory, "Bundle folder")->required()->check(CLI::ExistingDirectory);
    bundle->add_flag("--read-first", import_options.read_first,
                     "Read and validate every file before writing anything, on one core (to time the write alone)");
    auto* esco = import->add_subcommand("esco", "Import the official ESCO v1.1.1 CSV download");
    esco->add_option("dir", import_options.directory, "ESCO folder")->required()->check(CLI::ExistingDirectory);
    esco->add_flag("--skip-unknown-occupations", import_options.skip_unknown_occupations,
                   "Skip occupation-skill relations whose occupation is unknown (warns by URI) instead of failing");
    for (auto* sub : {bundle, esco})
        sub->add_option("--db", import_options.database,
                        "Database: sqlite:PATH or a PostgreSQL connection string (env WOSHOU_DB)");
    bundle->callback([&] { exit_code = woshou::clients::import_bundle(import_options); });
    esco->callback([&] { exit_code = woshou::clients::import_esco(import_options); });

    // organisations and tokens, straight in the database like import
    std::string accounts_db = env_or("WOSHOU_DB", "sqlite:woshou.db");
    auto add_db_flag = [&accounts_db](CLI::App* sub) {
        sub->add_option("--db", accounts_db, "Database: sqlite:PATH or a PostgreSQL connection string (env WOSHOU_DB)");
    };
    woshou::clients::OrgAddOptions org_add_options;
    auto* org = app.add_subcommand("org", "Organisations that may use the API (employer, university, planner, admin)");
    org->require_subcommand(1);
    auto* org_add = org->add_subcommand("add", "Add an organisation");
    org_add->add_option("id", org_add_options.id, "Organisation id (letters, digits, . _ -)")->required();
    org_add->add_option("--name", org_add_options.name, "Display name")->required();
    org_add->add_option("--role", org_add_options.role, "employer, university, planner or admin")
        ->required()
        ->check(CLI::IsMember({"employer", "university", "planner", "admin"}));
    org_add->add_option("--employer", org_add_options.employer_id, "The employer id it speaks for (role employer)");
    org_add->add_option("--university", org_add_options.university_id, "The university id it speaks for (role university)");
    add_db_flag(org_add);
    org_add->callback([&] {
        org_add_options.database = accounts_db;
        exit_code = woshou::clients::add_organisation(org_add_options);
    });
    auto* org_list = org->add_subcommand("list", "List organisations");
    add_db_flag(org_list);
    org_list->callback([&] { exit_code = woshou::clients::list_organisations(accounts_db); });

    std::string token_org, token_label, token_id;
    auto* token = app.add_subcommand("token", "API tokens (secrets are shown once, stored only as a hash)");
    token->require_subcommand(1);
    auto* token_create = token->add_subcommand("create", "Create a token and print its secret once");
    token_create->add_option("--org", token_org, "Organisation id")->required();
    token_create->add_option("--label", token_label, "A note saying where the token is used");
    add_db_flag(token_create);
    token_create->callback([&] { exit_code = woshou::clients::create_token(accounts_db, token_org, token_label); });
    auto* token_list = token->add_subcommand("list", "List tokens without their secrets");
    token_list->add_option("--org", token_org, "Only this organisation's tokens");
    add_db_flag(token_list);
    token_list->callback([&] { exit_code = woshou::clients::list_tokens(accounts_db, token_org); });
    auto* token_revoke = token->add_subcommand("revoke", "Revoke a token at once");
    token_revoke->add_option("token_id", token_id, "Token id (tok_...)")->required();
    add_db_flag(token_revoke);
    token_revoke->callback([&] { exit_code = woshou::clients::revoke_token(accounts_db, token_id); });

    // serve
    std::vector<std::string> serve_args;
    auto* serve = app.add_subcommand("serve", "Run the HTTP server (same flags as woshoud)");
    serve->allow_extras();
    serve->prefix_command();
    serve->callback([&] { exit_code = exec_server(argv[0], serve->remaining()); });

    // queries against a running server
    woshou::clients::QueryOptions query;
    query.server = env_or("WOSHOU_SERVER", "http://127.0.0.1:8080");
    auto add_query_flags = [&query](CLI::App* sub) {
        sub->add_option("--server", query.server, "Server URL (env WOSHOU_SERVER)");
        sub->add_flag("--json", query.json, "Print the server's JSON instead of a table");
    };
    auto* majors = app.add_subcommand("majors", "Majors offered in the city");
    majors->require_subcommand(1);
    woshou::clients::MajorSearch search;
    auto* majors_search = majors->add_subcommand("search", "Search majors by name (Chinese or English) or code");
    majors_search->add_option("q", search.q, "Text to look for");
    majors_search->add_option("--university", search.university, "Only this university id");
    majors_search->add_option("--code", search.code, "Only this national major code");
    majors_search->add_option("--limit", search.limit, "Results per page")->check(CLI::Range(1, 200));
    majors_search->add_option("--offset", search.offset, "Results to skip")->check(CLI::NonNegativeNumber);
    add_query_flags(majors_search);
    majors_search->callback([&] { exit_code = woshou::clients::search_majors(query, search); });

    std::string id;
    auto* major = app.add_subcommand("major", "One major");
    major->require_subcommand(1);
    auto* major_show = major->add_subcommand("show", "Show a major: plans, courses by semester, skills, outcomes");
    major_show->add_option("id", id, "Major id")->required();
    add_query_flags(major_show);
    major_show->callback([&] { exit_code = woshou::clients::show_major(query, id); });

    auto* stats = app.add_subcommand("stats", "Counts of everything the server holds");
    add_query_flags(stats);
    stats->callback([&] { exit_code = woshou::clients::show_stats(query); });

    // generate
    woshou::clients::GenerateOptions generate_options;
    auto* generate = app.add_subcommand("generate", "Write a seeded, realistic bundle at city, province or nation scale");
    generate->add_option("--scale", generate_options.scale, "city, province or nation")
        ->check(CLI::IsMember({"city", "province", "nation"}));
    generate->add_option("--seed", generate_options.seed, "Seed: the same seed writes the same bundle");
    generate->add_option("--out", generate_options.out, "Folder to write")->required();
    generate->add_option("--esco", generate_options.esco, "ESCO folder (default ../shared/data/esco-1.1.1 when present)");
    generate->add_flag("--no-esco", generate_options.no_esco, "Use a generated taxonomy even when ESCO is present");
    generate->add_option("--majors", generate_options.majors, "Override the scale's number of majors")->check(CLI::PositiveNumber);
    generate->add_option("--demands", generate_options.demands, "Override the scale's number of demands")->check(CLI::PositiveNumber);
    generate->callback([&] { exit_code = woshou::clients::generate_bundle(generate_options); });

    // analyses
    woshou::clients::GapFlags gap_flags;
    woshou::clients::ReportFlags report_flags;
    auto add_scope_flags = [](CLI::App* sub, woshou::clients::ScopeFlags& scope, bool full) {
        sub->add_option("--region", scope.region, "Only demand in this region");
        sub->add_option("--industry", scope.industry, "Only demand of employers in this industry");
        if (full) {
            sub->add_option("--employer", scope.employer, "Only this employer's demand");
            sub->add_option("--occupation", scope.occupation, "Only demand for this occupation");
        }
        sub->add_option("--since", scope.since, "First posting date (YYYY-MM-DD)");
        sub->add_option("--until", scope.until, "Last posting date (YYYY-MM-DD)");
    };
    auto add_report_flags = [&](CLI::App* sub) {
        sub->add_option("--format", report_flags.format, "table, json, csv, xlsx or html")
            ->check(CLI::IsMember({"table", "json", "csv", "xlsx", "html"}));
        sub->add_option("-o,--output", report_flags.output, "Write to this file instead of stdout");
        sub->add_option("--server", query.server, "Server URL (env WOSHOU_SERVER)");
    };
    auto* gap = app.add_subcommand("gap", "Gap report of a major's training plan against employer demand");
    gap->add_option("major", id, "Major id")->required();
    gap->add_option("--plan", gap_flags.plan, "A specific plan id instead of the major's latest");
    add_scope_flags(gap, gap_flags.scope, true);
    gap->add_option("--elective-factor", gap_flags.elective_factor, "m(c) of electives, in [0,1] (default 0.5)");
    gap->add_option("--taxonomy-decay", gap_flags.taxonomy_decay, "weight of parent/child skills, in [0,1] (default 0.5)");
    gap->add_option("--limit", gap_flags.limit, "Gaps listed")->check(CLI::Range(1, 1000));
    add_report_flags(gap);
    gap->callback([&] { exit_code = woshou::clients::show_gap(query, id, gap_flags, report_flags); });

    woshou::clients::ScopeFlags demand_scope;
    int demand_limit = 30;
    auto* demand = app.add_subcommand("demand", "Employer demand");
    demand->require_subcommand(1);
    auto* analysis = demand->add_subcommand("analysis", "Top skills in demand, their trend, and how many majors teach them");
    add_scope_flags(analysis, demand_scope, false);
    analysis->add_option("--limit", demand_limit, "Skills listed")->check(CLI::Range(1, 1000));
    add_report_flags(analysis);
    analysis->callback([&] {
        exit_code = woshou::clients::show_demand_analysis(query, demand_scope, demand_limit, report_flags);
    });

    // micro-majors (docs/micro-majors.md)
    woshou::clients::MicroFlags micro_flags;
    auto* micro = app.add_subcommand("micro", "Micro-majors (微专业): evaluate a bundle of courses, recommend one");
    micro->require_subcommand(1);
    auto add_micro_flags = [&](CLI::App* sub) {
        sub->add_option("major", micro_flags.major, "Base major id (its latest plan)")->required();
        sub->add_option("--plan", micro_flags.plan, "A specific plan id instead of the major's latest");
        add_scope_flags(sub, micro_flags.scope, true);
        sub->add_option("--elective-factor", micro_flags.elective_factor, "m(c) of electives, in [0,1] (default 0.5)")
            ->check(CLI::Number);
        sub->add_option("--taxonomy-decay", micro_flags.taxonomy_decay, "weight of parent/child skills, in [0,1] (default 0.5)")
            ->check(CLI::Number);
        sub->add_option("--max-credits-per-term", micro_flags.max_credits_per_term, "Term order: credits a term holds (default 10)")
            ->check(CLI::Number);
        sub->add_flag("--json", micro_flags.json, "Print the server's JSON as is");
        sub->add_option("--server", micro_flags.server, "Server URL (env WOSHOU_SERVER)");
    };
    auto* micro_evaluate = micro->add_subcommand("evaluate", "What a bundle of courses would do for a major's plan");
    add_micro_flags(micro_evaluate);
    micro_evaluate->add_option("--course", micro_flags.courses, "A course of the bundle (repeat)")->required();
    micro_evaluate->callback([&] {
        if (micro_flags.server.empty()) micro_flags.server = query.server;
        exit_code = woshou::clients::micro_evaluate(micro_flags);
    });
    auto* micro_recommend = micro->add_subcommand("recommend", "The bundle that closes the most demand-weighted gap within a budget");
    add_micro_flags(micro_recommend);
    micro_recommend->add_option("--budget", micro_flags.budget, "Credit budget, prerequisites included (default 20)")
        ->check(CLI::PositiveNumber);
    micro_recommend->add_option("--max-courses", micro_flags.max_courses, "At most this many courses")->check(CLI::PositiveNumber);
    micro_recommend->add_option("--pool", micro_flags.pool, "Candidates: university (default) or city")
        ->check(CLI::IsMember({"university", "city"}));
    micro_recommend->add_option("--pool-course", micro_flags.pool_courses, "Candidates: these courses instead (repeat)");
    micro_recommend->callback([&] {
        if (micro_flags.server.empty()) micro_flags.server = query.server;
        exit_code = woshou::clients::micro_recommend(micro_flags);
    });

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    return exit_code;
}
