#include "woshou/graph/demand_profile.hpp"

#include <algorithm>
#include <tuple>

namespace woshou::graph {

std::string DemandScope::key() const {
    // Unit separators cannot occur in ids or dates, so the key is unambiguous.
    std::string k;
    for (const std::string* part : {&region, &industry, &employer, &occupation, &since, &until}) {
        k += *part;
        k += '\x1f';
    }
    return k;
}

namespace {

bool in_scope(const Snapshot& snapshot, const model::Demand& d, const DemandScope& scope) {
    if (!scope.employer.empty() && d.employer_id != scope.employer) return false;
    if (!scope.occupation.empty() && d.occupation_id != scope.occupation) return false;
    if (!scope.since.empty() && d.posted_on < scope.since) return false;
    if (!scope.until.empty() && d.posted_on > scope.until) return false;
    if (scope.region.empty() && scope.industry.empty()) return true;
    const auto employer = snapshot.find_employer(d.employer_id);
    const model::Employer* e = employer ? &snapshot.data().employers[*employer] : nullptr;
    if (!scope.industry.empty() && (!e || e->industry != scope.industry)) return false;
    if (!scope.region.empty()) {
        const std::string& region = !d.region.empty() ? d.region : (e ? e->region : d.region);
        if (region != scope.region) return false;
    }
    return true;
}

}  // namespace

DemandProfile compute_demand_profile(const Snapshot& snapshot, const DemandScope& scope) {
    const auto& data = snapshot.data();
    DemandProfile profile;
    profile.snapshot_version = snapshot.version();
    profile.scope = scope;

    std::vector<double> demand(data.skills.size(), 0.0);
    std::vector<long> headcount(data.skills.size(), 0);
    // (skill, demand index, amount), grouped by skill later.
    std::vector<std::tuple<Index, Index, double>> asks;

    for (Index d = 0; d < data.demands.size(); ++d) {
        const auto& row = data.demands[d];
        if (!in_scope(snapshot, row, scope)) continue;
        ++profile.demand_count;
        profile.headcount += row.headcount;
        std::span<const SkillWeight> skills = snapshot.skills_of_demand(d);
        if (skills.empty() && !row.occupation_id.empty())
            if (auto occupation = snapshot.find_occupation(row.occupation_id))
                skills = snapshot.skills_of_occupation(*occupation);
        for (const auto& sw : skills) {
            const double amount = row.headcount * sw.weight;
            demand[sw.skill] += amount;
            headcount[sw.skill] += row.headcount;
            profile.total += amount;
            asks.emplace_back(sw.skill, d, amount);
        }
    }

    profile.share.assign(data.skills.size(), 0.0);
    profile.position.assign(data.skills.size(), -1);
    if (profile.total <= 0) {
        profile.offsets.push_back(0);
        return profile;
    }
    for (Index s = 0; s < demand.size(); ++s) {
        if (demand[s] <= 0) continue;
        profile.share[s] = demand[s] / profile.total;
        profile.by_share.push_back({s, demand[s], profile.share[s], headcount[s]});
    }
    std::sort(profile.by_share.begin(), profile.by_share.end(), [&](const SkillDemand& a, const SkillDemand& b) {
        if (a.share != b.share) return a.share > b.share;
        return data.skills[a.skill].id < data.skills[b.skill].id;
    });
    for (std::size_t i = 0; i < profile.by_share.size(); ++i)
        profile.position[profile.by_share[i].skill] = static_cast<std::int32_t>(i);

    // Contributors grouped by position, largest first, ties by demand id.
    std::sort(asks.begin(), asks.end(), [&](const auto& a, const auto& b) {
        const auto pa = profile.position[std::get<0>(a)];
        const auto pb = profile.position[std::get<0>(b)];
        if (pa != pb) return pa < pb;
        if (std::get<2>(a) != std::get<2>(b)) return std::get<2>(a) > std::get<2>(b);
        return data.demands[std::get<1>(a)].id < data.demands[std::get<1>(b)].id;
    });
    profile.offsets.assign(profile.by_share.size() + 1, 0);
    profile.contributions.reserve(asks.size());
    for (const auto& [skill, d, amount] : asks) {
        ++profile.offsets[profile.position[skill] + 1];
        profile.contributions.push_back({d, amount});
    }
    for (std::size_t i = 1; i < profile.offsets.size(); ++i) profile.offsets[i] += profile.offsets[i - 1];
    return profile;
}

}  // namespace woshou::graph
