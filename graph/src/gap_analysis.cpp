#include "woshou/graph/gap_analysis.hpp"

#include <algorithm>

namespace woshou::graph {

std::vector<CountedCourse> counted_courses_of_plan(const Snapshot& snapshot, Index plan,
                                                   const CoverageParams& params) {
    std::vector<CountedCourse> counted;
    for (const auto& ref : snapshot.courses_of_plan(plan))
        counted.push_back({ref.course, ref.required ? 1.0 : params.elective_factor, ref.required});
    return counted;
}

Coverage::Coverage(const Snapshot& snapshot, std::span<const CountedCourse> courses, const CoverageParams& params) {
    for (const auto& c : courses)
        for (const auto& sw : snapshot.skills_of_course(c.course)) teaching_[sw.skill] += c.multiplier * sw.weight;
    // Adjacency is symmetric (s is t's parent iff t is s's child), so spreading
    // each T[t] to t's neighbours gives every s its neighbours' sum.
    for (const auto& [skill, t] : teaching_) {
        raw_[skill] += t;
        for (Index n : snapshot.broader_of(skill)) raw_[n] += params.taxonomy_decay * t;
        for (Index n : snapshot.narrower_of(skill)) raw_[n] += params.taxonomy_decay * t;
    }
}

double Coverage::of(Index skill) const {
    auto it = raw_.find(skill);
    return it == raw_.end() ? 0.0 : std::min(1.0, it->second);
}

double Coverage::teaching(Index skill) const {
    auto it = teaching_.find(skill);
    return it == teaching_.end() ? 0.0 : it->second;
}

double alignment(const DemandProfile& profile, const Coverage& coverage) {
    if (profile.empty()) return 0.0;
    // Sum in by_share order so the result does not depend on hash order.
    std::vector<std::pair<std::int32_t, double>> terms;
    for (const auto& [skill, raw] : coverage.raw()) {
        const auto pos = profile.position[skill];
        if (pos >= 0) terms.emplace_back(pos, profile.share[skill] * std::min(1.0, raw));
    }
    std::sort(terms.begin(), terms.end());
    double a = 0;
    for (const auto& [pos, term] : terms) a += term;
    return std::min(1.0, a);
}

std::vector<CourseContribution> course_contributions(const Snapshot& snapshot, std::span<const CountedCourse> courses,
                                                     Index skill, const CoverageParams& params) {
    const auto broader = snapshot.broader_of(skill);
    const auto narrower = snapshot.narrower_of(skill);
    auto is_neighbour = [&](Index t) {
        return std::find(broader.begin(), broader.end(), t) != broader.end() ||
               std::find(narrower.begin(), narrower.end(), t) != narrower.end();
    };
    std::vector<CourseContribution> found;
    for (const auto& c : courses) {
        if (c.multiplier <= 0) continue;
        for (const auto& sw : snapshot.skills_of_course(c.course)) {
            if (sw.skill == skill)
                found.push_back({c.course, sw.weight, c.multiplier, sw.skill, false});
            else if (params.taxonomy_decay > 0 && is_neighbour(sw.skill))
                found.push_back({c.course, sw.weight, c.multiplier, sw.skill, true});
        }
    }
    std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
        const auto& ia = snapshot.data().courses[a.course].id;
        const auto& ib = snapshot.data().courses[b.course].id;
        return std::tie(ia, a.via_neighbour, snapshot.data().skills[a.through].id) <
               std::tie(ib, b.via_neighbour, snapshot.data().skills[b.through].id);
    });
    return found;
}

GapReport analyse_gaps(const Snapshot& snapshot, std::span<const CountedCourse> courses,
                       const DemandProfile& profile, const CoverageParams& params, std::size_t limit) {
    GapReport report;
    const Coverage coverage(snapshot, courses, params);
    report.alignment = alignment(profile, coverage);
    const auto& skills = snapshot.data().skills;

    // Gaps. Uncovered skills have g = p and come in by_share order; covered
    // ones are few (the plan's skills and neighbours), so collect those
    // explicitly and merge: only the top `limit` are materialised.
    struct Candidate {
        double gap;
        std::size_t position;
    };
    std::vector<Candidate> covered;
    for (const auto& [skill, raw] : coverage.raw()) {
        const auto pos = profile.position[skill];
        if (pos < 0) continue;
        const double g = profile.share[skill] * (1.0 - std::min(1.0, raw));
        covered.push_back({g, static_cast<std::size_t>(pos)});
        if (g > 0) ++report.gap_count;
    }
    report.gap_count += profile.by_share.size() - covered.size();
    auto before = [&](const Candidate& a, const Candidate& b) {
        if (a.gap != b.gap) return a.gap > b.gap;
        return skills[profile.by_share[a.position].skill].id < skills[profile.by_share[b.position].skill].id;
    };
    std::sort(covered.begin(), covered.end(), before);

    std::vector<Candidate> chosen;
    std::size_t next_uncovered = 0, next_covered = 0;
    auto advance_uncovered = [&] {
        while (next_uncovered < profile.by_share.size() &&
               coverage.raw().count(profile.by_share[next_uncovered].skill))
            ++next_uncovered;
    };
    advance_uncovered();
    while (chosen.size() < limit) {
        const bool has_u = next_uncovered < profile.by_share.size();
        const bool has_c = next_covered < covered.size();
        if (!has_u && !has_c) break;
        Candidate u{has_u ? profile.by_share[next_uncovered].share : 0.0, next_uncovered};
        if (has_u && (!has_c || before(u, covered[next_covered]))) {
            chosen.push_back(u);
            ++next_uncovered;
            advance_uncovered();
        } else {
            chosen.push_back(covered[next_covered++]);
        }
    }
    for (const auto& c : chosen) {
        const auto& sd = profile.by_share[c.position];
        Gap gap;
        gap.skill = sd.skill;
        gap.share = sd.share;
        gap.coverage = coverage.of(sd.skill);
        gap.gap = c.gap;
        gap.demand = sd.demand;
        gap.headcount = sd.headcount;
        gap.top_employers = profile.askers[c.position].top_employers;
        gap.top_occupations = profile.askers[c.position].top_occupations;
        gap.courses = course_contributions(snapshot, courses, gap.skill, params);
        report.gaps.push_back(std::move(gap));
    }

    // Surplus: relevance of each course to the demand in scope.
    for (const auto& c : courses) {
        double weight_sum = 0, relevant = 0;
        for (const auto& sw : snapshot.skills_of_course(c.course)) {
            weight_sum += sw.weight;
            relevant += sw.weight * profile.share[sw.skill];
        }
        if (weight_sum <= 0) report.untagged.push_back(c.course);
        else report.surplus.push_back({c.course, relevant / weight_sum, c.multiplier, c.required});
    }
    const auto& all_courses = snapshot.data().courses;
    std::sort(report.surplus.begin(), report.surplus.end(), [&](const auto& a, const auto& b) {
        if (a.relevance != b.relevance) return a.relevance < b.relevance;
        return all_courses[a.course].id < all_courses[b.course].id;
    });
    std::sort(report.untagged.begin(), report.untagged.end(),
              [&](Index a, Index b) { return all_courses[a].id < all_courses[b].id; });
    return report;
}

}  // namespace woshou::graph
