// Step 1 of the gap method (docs/gap-analysis.md): the demand vector of a scope.
#pragma once

#include "woshou/graph/snapshot.hpp"

#include <string>
#include <vector>

namespace woshou::graph {

// Which demands count. Empty fields do not filter. Dates are YYYY-MM-DD, inclusive.
struct DemandScope {
    std::string region;      // the demand's region, or its employer's when the demand has none
    std::string industry;    // the employer's industry
    std::string employer;    // employer id
    std::string occupation;  // the demand's occupation id
    std::string since;
    std::string until;

    // A string that identifies the scope, for caches and reports.
    std::string key() const;
};

struct SkillDemand {
    Index skill = 0;
    double demand = 0;  // D[s]
    double share = 0;   // p(s) = D[s] / sum D
    long headcount = 0; // total headcount of the demands asking for s
};

// An employer or occupation asking for a skill, with its part of D[s].
struct NamedAmount {
    Index index = 0;  // employer or occupation index
    double demand = 0;
    long headcount = 0;
};

// Who asks for one skill in the scope.
struct SkillAskers {
    std::vector<NamedAmount> top_employers;    // by demand desc, then id; at most kTopAskers
    std::vector<NamedAmount> top_occupations;  // idem
    std::size_t employer_count = 0;            // distinct employers asking
};

inline constexpr std::size_t kTopAskers = 5;

// D[s] and p(s) for every skill the scope asks for, plus who asks.
struct DemandProfile {
    std::uint64_t snapshot_version = 0;
    DemandScope scope;
    double total = 0;                   // sum of D over all skills
    std::size_t demand_count = 0;       // demands in scope
    long headcount = 0;                 // their total headcount
    std::vector<SkillDemand> by_share;  // p > 0, by share desc, then skill id
    std::vector<SkillAskers> askers;    // parallel to by_share
    std::vector<double> share;          // p(s) by skill index (0 where not asked)
    std::vector<std::int32_t> position; // skill index -> position in by_share, or -1
    // With feedback_weight: the feedback marks (data().feedback_marks indices)
    // behind each by_share entry; empty otherwise.
    std::vector<std::vector<Index>> feedback;

    bool empty() const { return total <= 0; }
};

// Feedback as demand (issue 4): `base` plus, for each skill marked missing in
// feedback on `major` by employers in `scope`, weight x (number of distinct
// such employers) added to D[s]; shares are recomputed. An employer is in
// scope when it passes the region, industry and employer filters; feedback has
// no occupation, so an occupation filter leaves it all out; dates do not apply.
DemandProfile with_feedback(const Snapshot& snapshot, const DemandProfile& base, Index major, double weight);

// Computes the demand profile of `scope`. A demand without demand_skills rows
// but with an occupation takes the occupation's skills (essential 1.0, optional 0.5).
// Cost is linear in the demands and their skills; callers cache it (DemandCache).
DemandProfile compute_demand_profile(const Snapshot& snapshot, const DemandScope& scope);

}  // namespace woshou::graph
