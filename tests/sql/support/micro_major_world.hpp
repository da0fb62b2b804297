// Shared set-up for the micro-major store tests: the sample data, one
// organisation per kind of actor, a valid proposal, and a way to bring a
// proposal to any status.
#pragma once

#include <string>

#include "woshou/sql/database.hpp"
#include "woshou/sql/micro_major_store.hpp"

namespace woshou::sql::test {

// Organisation ids prepare_micro_majors() adds.
inline const std::string kPlanner = "org-plan";         // planner
inline const std::string kOtherPlanner = "org-plan2";   // planner
inline const std::string kTju = "org-tju";              // university tju
inline const std::string kTjuOther = "org-tju2";        // a second office of tju
inline const std::string kNku = "org-nku";              // university nku
inline const std::string kAdmin = "org-admin";          // admin
inline const std::string kEmployer = "org-e1";          // employer e1

// Loads sample_dataset() and adds the organisations above.
void prepare_micro_majors(Database& db);

// Base majors tju-080901 and tju-080910T; courses tju-CS201, LIS 3781 (another
// university's course: the city pool) and tju-CS101 in that order; one target
// skill; sponsor e1.
MicroMajorContent valid_content();

// Creates a proposal by `creator` and moves it to `status` (draft, submitted,
// approved, rejected or published) with an admin reviewing; returns its id.
std::string micro_major_in(Database& db, const std::string& status, const std::string& creator = kPlanner,
                           const std::string& id = {});

// The stored status of `id`.
std::string status_of(Database& db, const std::string& id);

}  // namespace woshou::sql::test
