#include "sql_baseline.hpp"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <map>
#include <stdexcept>

namespace woshou::test {

std::string read_baseline_sql(const std::string& source_dir) {
    const std::string path = source_dir + "/sql/baseline/gap_report.sql";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    // Comments go: SOCI would read a ":name" in one as a parameter.
    std::string sql, line;
    while (std::getline(in, line)) {
        const auto comment = line.find("--");
        if (comment != std::string::npos) line.erase(comment);
        if (line.find_first_not_of(' ') != std::string::npos) sql += line + "\n";
    }
    return sql;
}

BaselineReport run_baseline(soci::session& session, const std::string& sql, const std::string& plan_id,
                            const graph::CoverageParams& params, std::size_t limit) {
    BaselineReport report;
    BaselineGap row;
    // gap_count is an integer sum: bigint on PostgreSQL, so fetch it as such.
    long long gap_count = 0;
    double alignment = 0;
    const long long gap_limit = static_cast<long long>(limit);
    double e = params.elective_factor, delta = params.taxonomy_decay;
    std::string plan = plan_id;
    soci::statement statement =
        (session.prepare << sql, soci::use(plan, "plan_id"), soci::use(e, "elective_factor"),
         soci::use(delta, "taxonomy_decay"), soci::use(gap_limit, "gap_limit"), soci::into(alignment),
         soci::into(gap_count), soci::into(row.skill_id), soci::into(row.share), soci::into(row.coverage),
         soci::into(row.gap));
    statement.execute();
    while (statement.fetch()) {
        report.alignment = alignment;
        report.gap_count = gap_count;
        report.gaps.push_back(row);
    }
    return report;
}

std::string compare_with_engine(const BaselineReport& sql, const graph::GapReport& engine,
                                const graph::Snapshot& snapshot, double tolerance) {
    std::string differences;
    auto differ = [&](const std::string& what) { differences += what + "\n"; };
    auto far = [&](double a, double b) { return !(std::abs(a - b) <= tolerance); };

    if (far(sql.alignment, engine.alignment))
        differ(fmt::format("alignment: sql {:.15f}, engine {:.15f}", sql.alignment, engine.alignment));
    if (sql.gap_count != static_cast<long long>(engine.gap_count))
        differ(fmt::format("gap count: sql {}, engine {}", sql.gap_count, engine.gap_count));
    if (sql.gaps.size() != engine.gaps.size()) {
        differ(fmt::format("gaps listed: sql {}, engine {}", sql.gaps.size(), engine.gaps.size()));
        return differences;
    }
    if (sql.gaps.empty()) return differences;

    const auto& skills = snapshot.data().skills;
    std::map<std::string, const graph::Gap*> by_id;
    for (const auto& g : engine.gaps) by_id[skills[g.skill].id] = &g;
    const double last = engine.gaps.back().gap;
    for (std::size_t i = 0; i < sql.gaps.size(); ++i) {
        const auto& s = sql.gaps[i];
        if (far(s.gap, engine.gaps[i].gap))
            differ(fmt::format("gap #{}: sql g {:.15f} ({}), engine g {:.15f} ({})", i + 1, s.gap, s.skill_id,
                               engine.gaps[i].gap, skills[engine.gaps[i].skill].id));
        const auto it = by_id.find(s.skill_id);
        if (it == by_id.end()) {
            // Only a skill tied with the last listed one may be cut differently.
            if (far(s.gap, last)) differ(fmt::format("skill {} listed by sql only (g {:.15f})", s.skill_id, s.gap));
            continue;
        }
        const graph::Gap& e = *it->second;
        if (far(s.share, e.share) || far(s.coverage, e.coverage) || far(s.gap, e.gap))
            differ(fmt::format("skill {}: sql p {:.15f} cov {:.15f} g {:.15f}, engine p {:.15f} cov {:.15f} g {:.15f}",
                               s.skill_id, s.share, s.coverage, s.gap, e.share, e.coverage, e.gap));
    }
    return differences;
}

}  // namespace woshou::test
