#include "woshou/graph/demand_profile.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace woshou::graph {

std::string DemandScope::key() const {
    // Each part is length-prefixed, so no value (whatever bytes it holds) can
    // make two different scopes share a key.
    std::string k;
    for (const std::string* part : {&region, &industry, &employer, &occupation, &since, &until}) {
        k += std::to_string(part->size());
        k += ':';
        k += *part;
    }
    return k;
}

namespace {

bool in_scope(const Snapshot& snapshot, Index d, const DemandScope& scope) {
    const auto& row = snapshot.data().demands[d];
    if (!scope.employer.empty() && row.employer_id != scope.employer) return false;
    if (!scope.occupation.empty() && row.occupation_id != scope.occupation) return false;
    if (!scope.since.empty() && row.posted_on < scope.since) return false;
    if (!scope.until.empty() && row.posted_on > scope.until) return false;
    if (scope.region.empty() && scope.industry.empty()) return true;
    const Index e = snapshot.employer_of_demand(d);
    const model::Employer* employer = e == Snapshot::npos ? nullptr : &snapshot.data().employers[e];
    if (!scope.industry.empty() && (!employer || employer->industry != scope.industry)) return false;
    if (!scope.region.empty()) {
        const std::string& region = !row.region.empty() || !employer ? row.region : employer->region;
        if (region != scope.region) return false;
    }
    return true;
}

// One demand's part of D[s], tagged with who asked.
struct Ask {
    std::int32_t position;  // of the skill in by_share
    Index who;              // employer or occupation index
    double amount;
    long headcount;
};

// Sums asks per (skill, who) and keeps the top kTopAskers per skill.
// Returns the number of distinct askers per skill.
template <typename IdOf>
std::vector<std::size_t> top_askers(std::vector<Ask>& asks, std::size_t skills, IdOf id_of,
                                    std::vector<SkillAskers>& out,
                                    std::vector<NamedAmount> SkillAskers::*field) {
    std::sort(asks.begin(), asks.end(),
              [](const Ask& a, const Ask& b) { return std::tie(a.position, a.who) < std::tie(b.position, b.who); });
    std::vector<std::size_t> distinct(skills, 0);
    std::vector<NamedAmount> group;
    auto flush = [&](std::int32_t position) {
        if (group.empty()) return;
        distinct[position] = group.size();
        std::sort(group.begin(), group.end(), [&](const NamedAmount& a, const NamedAmount& b) {
            if (a.demand != b.demand) return a.demand > b.demand;
            return id_of(a.index) < id_of(b.index);
        });
        if (group.size() > kTopAskers) group.resize(kTopAskers);
        out[position].*field = std::move(group);
        group.clear();
    };
    for (std::size_t i = 0; i < asks.size(); ++i) {
        const Ask& a = asks[i];
        if (i > 0 && asks[i - 1].position != a.position) flush(asks[i - 1].position);
        if (group.empty() || group.back().index != a.who) group.push_back({a.who, 0.0, 0});
        group.back().demand += a.amount;
        group.back().headcount += a.headcount;
    }
    if (!asks.empty()) flush(asks.back().position);
    return distinct;
}

}  // namespace

namespace {

bool employer_in_scope(const Snapshot& snapshot, const std::string& employer_id, const DemandScope& scope) {
    if (!scope.occupation.empty()) return false;
    if (!scope.employer.empty() && employer_id != scope.employer) return false;
    if (scope.region.empty() && scope.industry.empty()) return true;
    const auto e = snapshot.find_employer(employer_id);
    if (!e) return false;
    const auto& employer = snapshot.data().employers[*e];
    return (scope.industry.empty() || employer.industry == scope.industry) &&
           (scope.region.empty() || employer.region == scope.region);
}

}  // namespace

DemandProfile with_feedback(const Snapshot& snapshot, const DemandProfile& base, Index major, double weight) {
    const auto& skills = snapshot.data().skills;
    const auto& marks = snapshot.data().feedback_marks;
    // skill -> (distinct employers marking it, the marks)
    std::map<Index, std::pair<std::set<std::string_view>, std::vector<Index>>> added;
    for (Index i : snapshot.feedback_marks_of_major(major)) {
        const auto& mark = marks[i];
        const auto skill = snapshot.find_skill(mark.skill_id);
        if (!skill || !employer_in_scope(snapshot, mark.employer_id, base.scope)) continue;
        auto& entry = added[*skill];
        entry.first.insert(mark.employer_id);
        entry.second.push_back(i);
    }

    DemandProfile p;
    p.snapshot_version = base.snapshot_version;
    p.scope = base.scope;
    p.demand_count = base.demand_count;
    p.headcount = base.headcount;
    std::vector<SkillDemand> rows = base.by_share;
    std::vector<SkillAskers> askers = base.askers;
    std::vector<std::vector<Index>> feedback(rows.size());
    for (auto& [skill, entry] : added) {
        const double extra = weight * static_cast<double>(entry.first.size());
        if (base.position[skill] >= 0) {
            rows[base.position[skill]].demand += extra;
            feedback[base.position[skill]] = entry.second;
        } else {
            rows.push_back({skill, extra, 0.0, 0});
            askers.emplace_back();
            feedback.push_back(entry.second);
        }
    }
    for (const auto& r : rows) p.total += r.demand;
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (auto& r : rows) r.share = p.total > 0 ? r.demand / p.total : 0.0;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (rows[a].share != rows[b].share) return rows[a].share > rows[b].share;
        return skills[rows[a].skill].id < skills[rows[b].skill].id;
    });
    p.share.assign(skills.size(), 0.0);
    p.position.assign(skills.size(), -1);
    for (std::size_t i : order) {
        p.position[rows[i].skill] = static_cast<std::int32_t>(p.by_share.size());
        p.share[rows[i].skill] = rows[i].share;
        p.by_share.push_back(rows[i]);
        p.askers.push_back(std::move(askers[i]));
        p.feedback.push_back(std::move(feedback[i]));
    }
    return p;
}

DemandProfile compute_demand_profile(const Snapshot& snapshot, const DemandScope& scope) {
    const auto& data = snapshot.data();
    DemandProfile profile;
    profile.snapshot_version = snapshot.version();
    profile.scope = scope;

    std::vector<double> demand(data.skills.size(), 0.0);
    std::vector<long> headcount(data.skills.size(), 0);
    struct Raw {
        Index skill;
        Index demand;
        double amount;
    };
    std::vector<Raw> raw;

    for (Index d = 0; d < data.demands.size(); ++d) {
        if (!in_scope(snapshot, d, scope)) continue;
        const auto& row = data.demands[d];
        ++profile.demand_count;
        profile.headcount += row.headcount;
        std::span<const SkillWeight> skills = snapshot.skills_of_demand(d);
        // A demand with no skills of its own takes its occupation's profile.
        if (skills.empty() && snapshot.occupation_of_demand(d) != Snapshot::npos)
            skills = snapshot.skills_of_occupation(snapshot.occupation_of_demand(d));
        for (const auto& sw : skills) {
            const double amount = row.headcount * sw.weight;
            demand[sw.skill] += amount;
            headcount[sw.skill] += row.headcount;
            profile.total += amount;
            raw.push_back({sw.skill, d, amount});
        }
    }

    profile.share.assign(data.skills.size(), 0.0);
    profile.position.assign(data.skills.size(), -1);
    if (profile.total <= 0) return profile;
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

    // Who asks: done once per scope so that a report only copies the answer.
    profile.askers.assign(profile.by_share.size(), {});
    std::vector<Ask> by_employer, by_occupation;
    by_employer.reserve(raw.size());
    for (const auto& r : raw) {
        const auto position = profile.position[r.skill];
        const long heads = data.demands[r.demand].headcount;
        if (Index e = snapshot.employer_of_demand(r.demand); e != Snapshot::npos)
            by_employer.push_back({position, e, r.amount, heads});
        if (Index o = snapshot.occupation_of_demand(r.demand); o != Snapshot::npos)
            by_occupation.push_back({position, o, r.amount, heads});
    }
    const auto employer_counts =
        top_askers(by_employer, profile.by_share.size(), [&](Index e) -> const std::string& { return data.employers[e].id; },
                   profile.askers, &SkillAskers::top_employers);
    top_askers(by_occupation, profile.by_share.size(),
               [&](Index o) -> const std::string& { return data.occupations[o].id; }, profile.askers,
               &SkillAskers::top_occupations);
    for (std::size_t i = 0; i < profile.by_share.size(); ++i) profile.askers[i].employer_count = employer_counts[i];
    return profile;
}

}  // namespace woshou::graph
