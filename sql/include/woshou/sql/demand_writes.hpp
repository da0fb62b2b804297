// Demand posted through the API: validated like the importer, written in one
// transaction, removed by soft delete (the row stays, marked deleted_at, so the
// audit trail keeps its target). Database::load() leaves deleted demands out.
//
// Errors are SqlError: "invalid" (400, the message names the field),
// "not_found" (404), "conflict" (409), "forbidden" (403).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "woshou/graph/model.hpp"
#include "woshou/sql/database.hpp"

namespace woshou::sql {

struct NewDemandSkill {
    std::string skill_id;     // must exist
    double importance = 1.0;  // in (0,1]
};

struct NewDemand {
    std::string id;           // empty = generated ("dm_" + 16 hex digits)
    std::string employer_id;  // must exist
    std::string title;        // may be empty, at most 200 characters
    std::string occupation_id;  // empty = none, else must exist
    int headcount = 1;          // >= 1
    std::string region;         // may be empty, at most 200 characters
    std::string posted_on;      // YYYY-MM-DD; empty = today (UTC)
    std::vector<NewDemandSkill> skills;  // at least one, no skill twice
    std::string posted_by_organisation;  // empty = none, else must exist
};

// A demand as stored, with its skills and bookkeeping.
struct DemandRow {
    model::Demand demand;
    std::vector<model::DemandSkill> skills;  // ordered by skill id
    std::string posted_by_organisation;      // empty when imported
    std::optional<std::string> deleted_at;   // set once soft-deleted
    std::string deleted_by_organisation;     // empty unless deleted
};

// Validates and writes one demand with its skills in one transaction and bumps
// data_version; returns its id. Throws "invalid" naming the field (headcount,
// skills[i].importance, skills[i].skill_id, occupation_id, employer_id,
// posted_on, title, region, id), "conflict" when the id exists.
std::string post_demand(Database& database, const NewDemand& demand);

// The demand with this id (nullopt if unknown, or deleted and !include_deleted).
std::optional<DemandRow> demand_by_id(Database& database, const std::string& demand_id,
                                      bool include_deleted = false);

// The demands of one employer, newest posted_on first, then by id.
std::vector<DemandRow> demands_of_employer(Database& database, const std::string& employer_id,
                                           bool include_deleted = false);

// Soft-deletes a demand on behalf of an organisation and bumps data_version.
// Throws "not_found" for an unknown or already deleted demand or an unknown
// organisation, "forbidden" when an employer organisation deletes another
// employer's demand (planner and admin organisations may delete any;
// university organisations none).
void delete_demand(Database& database, const std::string& demand_id, const std::string& organisation_id);

}  // namespace woshou::sql
