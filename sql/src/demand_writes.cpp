// Demand posted and deleted through the API (woshou/sql/demand_writes.hpp).
#include "woshou/sql/demand_writes.hpp"

#include <fmt/format.h>
#include <soci/soci.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "errors.hpp"
#include "write_support.hpp"

namespace woshou::sql {

namespace {

constexpr std::size_t kTextLimit = 200;
constexpr std::size_t kIdLimit = 128;
constexpr std::size_t kSkillLimit = 500;

// Checks everything that needs no database; returns the posting date to store.
std::string validate_fields(const NewDemand& d) {
    if (!d.id.empty()) detail::check_text("id", d.id, kIdLimit, false);
    if (d.employer_id.empty()) throw SqlError("invalid", "employer_id must not be empty");
    detail::check_text("title", d.title, kTextLimit, false);
    detail::check_text("region", d.region, kTextLimit, false);
    if (d.headcount < 1)
        throw SqlError("invalid", fmt::format("headcount must be at least 1, got {}", d.headcount));
    std::string posted_on = d.posted_on.empty() ? detail::utc_today() : d.posted_on;
    detail::check_date("posted_on", posted_on);
    if (d.skills.empty()) throw SqlError("invalid", "skills must name at least one skill");
    if (d.skills.size() > kSkillLimit)
        throw SqlError("invalid", fmt::format("skills must name at most {} skills, got {}", kSkillLimit, d.skills.size()));
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < d.skills.size(); ++i) {
        const auto& skill = d.skills[i];
        if (skill.skill_id.empty()) throw SqlError("invalid", fmt::format("skills[{}].skill_id must not be empty", i));
        // NaN fails both comparisons, so it is rejected too.
        if (!(skill.importance > 0 && skill.importance <= 1))
            throw SqlError("invalid", fmt::format("skills[{}].importance must be in (0,1], got {}", i, skill.importance));
        auto [it, inserted] = seen.emplace(skill.skill_id, i);
        if (!inserted)
            throw SqlError("invalid", fmt::format("skills[{}].skill_id: skill '{}' is listed twice (first as skills[{}])",
                                                  i, skill.skill_id, it->second));
    }
    return posted_on;
}

// Checks every reference against the database, inside the writing transaction.
void validate_references(soci::session& s, const NewDemand& d) {
    if (!detail::row_exists(s, "employer", d.employer_id))
        throw SqlError("invalid", fmt::format("employer_id: unknown employer '{}'", d.employer_id));
    if (!d.occupation_id.empty() && !detail::row_exists(s, "occupation", d.occupation_id))
        throw SqlError("invalid", fmt::format("occupation_id: unknown occupation '{}'", d.occupation_id));
    if (!d.posted_by_organisation.empty() && !detail::row_exists(s, "organisation", d.posted_by_organisation))
        throw SqlError("invalid",
                       fmt::format("posted_by_organisation: unknown organisation '{}'", d.posted_by_organisation));
    for (std::size_t i = 0; i < d.skills.size(); ++i)
        if (!detail::row_exists(s, "skill", d.skills[i].skill_id))
            throw SqlError("invalid", fmt::format("skills[{}].skill_id: unknown skill '{}'", i, d.skills[i].skill_id));
}

// Reads demands selected by `where` (one :key parameter), with their skills.
std::vector<DemandRow> select_demands(soci::session& s, const std::string& where, const std::string& key) {
    std::vector<DemandRow> rows;
    std::map<std::string, std::size_t> index;
    {
        DemandRow r;
        std::string deleted_at;
        soci::indicator deleted_ind = soci::i_null;
        soci::statement st =
            (s.prepare << "SELECT id, employer_id, title, COALESCE(occupation_id, ''), headcount, region, posted_on, "
                          "COALESCE(posted_by_organisation, ''), deleted_at, COALESCE(deleted_by_organisation, '') "
                          "FROM demand d WHERE " + where,
             soci::use(key), soci::into(r.demand.id), soci::into(r.demand.employer_id), soci::into(r.demand.title),
             soci::into(r.demand.occupation_id), soci::into(r.demand.headcount), soci::into(r.demand.region),
             soci::into(r.demand.posted_on), soci::into(r.posted_by_organisation), soci::into(deleted_at, deleted_ind),
             soci::into(r.deleted_by_organisation));
        st.execute();
        while (st.fetch()) {
            r.deleted_at = deleted_ind == soci::i_null ? std::nullopt : std::optional<std::string>(deleted_at);
            index[r.demand.id] = rows.size();
            rows.push_back(r);
        }
    }
    if (rows.empty()) return rows;
    model::DemandSkill skill;
    soci::statement st =
        (s.prepare << "SELECT demand_id, skill_id, importance FROM demand_skill WHERE demand_id IN "
                      "(SELECT id FROM demand d WHERE " + where + ")",
         soci::use(key), soci::into(skill.demand_id), soci::into(skill.skill_id), soci::into(skill.importance));
    st.execute();
    while (st.fetch()) {
        auto it = index.find(skill.demand_id);
        if (it != index.end()) rows[it->second].skills.push_back(skill);
    }
    for (auto& r : rows)
        std::sort(r.skills.begin(), r.skills.end(), [](const auto& a, const auto& b) { return a.skill_id < b.skill_id; });
    return rows;
}

}  // namespace

std::string post_demand(Database& database, const NewDemand& demand) {
    const std::string posted_on = validate_fields(demand);
    const std::string id = demand.id.empty() ? detail::random_hex_id("dm_", 8) : demand.id;
    soci::session& s = database.session();
    try {
        detail::WriteTransaction transaction(s, database.backend());
        validate_references(s, demand);
        if (detail::row_exists(s, "demand", id))
            throw SqlError("conflict", fmt::format("demand '{}' already exists", id));
        soci::indicator occupation_ind = demand.occupation_id.empty() ? soci::i_null : soci::i_ok;
        soci::indicator posted_by_ind = demand.posted_by_organisation.empty() ? soci::i_null : soci::i_ok;
        s << "INSERT INTO demand (id, employer_id, title, occupation_id, headcount, region, posted_on, "
             "posted_by_organisation) VALUES (:id, :employer_id, :title, :occupation_id, :headcount, :region, "
             ":posted_on, :posted_by_organisation)",
            soci::use(id), soci::use(demand.employer_id), soci::use(demand.title),
            soci::use(demand.occupation_id, occupation_ind), soci::use(demand.headcount), soci::use(demand.region),
            soci::use(posted_on), soci::use(demand.posted_by_organisation, posted_by_ind);
        for (const auto& skill : demand.skills) {
            s << "INSERT INTO demand_skill (demand_id, skill_id, importance) VALUES (:demand_id, :skill_id, :importance)",
                soci::use(id), soci::use(skill.skill_id), soci::use(skill.importance);
        }
        detail::bump_data_version(s);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot post demand " + id);
    }
    return id;
}

std::optional<DemandRow> demand_by_id(Database& database, const std::string& demand_id, bool include_deleted) {
    std::vector<DemandRow> rows;
    try {
        rows = select_demands(database.session(),
                              include_deleted ? "d.id = :id" : "d.id = :id AND d.deleted_at IS NULL", demand_id);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read demand " + demand_id);
    }
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<DemandRow> demands_of_employer(Database& database, const std::string& employer_id, bool include_deleted) {
    std::vector<DemandRow> rows;
    try {
        rows = select_demands(database.session(),
                              include_deleted ? "d.employer_id = :employer_id"
                                              : "d.employer_id = :employer_id AND d.deleted_at IS NULL",
                              employer_id);
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot read the demands of employer " + employer_id);
    }
    std::sort(rows.begin(), rows.end(), [](const DemandRow& a, const DemandRow& b) {
        if (a.demand.posted_on != b.demand.posted_on) return a.demand.posted_on > b.demand.posted_on;
        return a.demand.id < b.demand.id;
    });
    return rows;
}

void delete_demand(Database& database, const std::string& demand_id, const std::string& organisation_id) {
    soci::session& s = database.session();
    try {
        detail::WriteTransaction transaction(s, database.backend());
        std::string employer_id, deleted_at;
        soci::indicator deleted_ind = soci::i_null;
        s << "SELECT employer_id, deleted_at FROM demand WHERE id = :id", soci::use(demand_id),
            soci::into(employer_id), soci::into(deleted_at, deleted_ind);
        if (!s.got_data()) throw SqlError("not_found", fmt::format("demand '{}' not found", demand_id));
        if (deleted_ind != soci::i_null)
            throw SqlError("not_found", fmt::format("demand '{}' was already deleted at {}", demand_id, deleted_at));
        std::string role, org_employer;
        s << "SELECT role, COALESCE(employer_id, '') FROM organisation WHERE id = :id", soci::use(organisation_id),
            soci::into(role), soci::into(org_employer);
        if (!s.got_data()) throw SqlError("not_found", fmt::format("organisation '{}' not found", organisation_id));
        if (role == "university")
            throw SqlError("forbidden", fmt::format("organisation '{}' (university) may not delete demand", organisation_id));
        if (role == "employer" && org_employer != employer_id)
            throw SqlError("forbidden", fmt::format("demand '{}' belongs to another employer", demand_id));
        std::string now = detail::utc_now_iso();
        s << "UPDATE demand SET deleted_at = :now, deleted_by_organisation = :organisation WHERE id = :id",
            soci::use(now), soci::use(organisation_id), soci::use(demand_id);
        detail::bump_data_version(s);
        transaction.commit();
    } catch (const soci::soci_error& e) {
        detail::throw_sql_error(e, "cannot delete demand " + demand_id);
    }
}

}  // namespace woshou::sql
