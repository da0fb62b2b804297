#include "woshou/graph/matching.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace woshou::graph {

std::vector<CountedCourse> counted_courses_for_matching(const Snapshot& snapshot, Index major,
                                                        const CoverageParams& params) {
    const auto plan = snapshot.latest_plan(major);
    if (!plan) return {};
    auto courses = counted_courses_of_plan(snapshot, *plan, params);
    const auto micro_majors = snapshot.micro_majors_of_major(major);
    if (micro_majors.empty()) return courses;  // the common case: no set to build
    // A course the plan already holds keeps the plan's m(c): a micro-major does
    // not make a required course elective, nor count an elective twice. (A set
    // of this plan's courses, not a flag per course of the city: this runs for
    // every major when the match index is built.)
    std::unordered_set<Index> counted;
    for (const auto& c : courses) counted.insert(c.course);
    for (Index mm : micro_majors)
        for (Index course : snapshot.courses_of_micro_major(mm))
            if (counted.insert(course).second) courses.push_back({course, params.elective_factor, false});
    return courses;
}

MatchIndex::MatchIndex(const Snapshot& snapshot, const CoverageParams& params)
    : snapshot_version_(snapshot.version()), params_(params) {
    const auto& data = snapshot.data();
    const std::size_t majors = data.majors.size();
    const std::size_t skills = data.skills.size();

    // (skill, major, cov) for every covered skill of every latest plan, majors
    // in index order, then bucketed by skill: each posting list stays by major.
    struct Triple {
        Index skill;
        MajorCoverage entry;
    };
    std::vector<Triple> triples;
    std::vector<CountedCourse> courses;
    for (Index m = 0; m < majors; ++m) {
        courses = counted_courses_for_matching(snapshot, m, params);
        if (courses.empty()) continue;
        const Coverage coverage(snapshot, courses, params);
        for (const auto& [skill, raw] : coverage.raw())
            if (raw > 0) triples.push_back({skill, {m, std::min(1.0, raw)}});
    }
    offsets_.assign(skills + 1, 0);
    for (const auto& t : triples) ++offsets_[t.skill + 1];
    std::partial_sum(offsets_.begin(), offsets_.end(), offsets_.begin());
    postings_.resize(triples.size());
    std::vector<std::size_t> next(offsets_.begin(), offsets_.end() - 1);
    for (const auto& t : triples) postings_[next[t.skill]++] = t.entry;
    // Coverage::raw() is a hash map, so within one major the skills came in
    // any order; across majors the order is by index. Sorting makes it exact.
    for (std::size_t s = 0; s < skills; ++s)
        std::sort(postings_.begin() + static_cast<std::ptrdiff_t>(offsets_[s]),
                  postings_.begin() + static_cast<std::ptrdiff_t>(offsets_[s + 1]),
                  [](const auto& a, const auto& b) { return a.major < b.major; });

    latest_outcome_.assign(majors, Snapshot::npos);
    graduates_.assign(majors, 0);
    university_.assign(majors, Snapshot::npos);
    for (Index m = 0; m < majors; ++m) {
        // outcomes_of_major is by year; the newest year is the last one.
        const auto outcomes = snapshot.outcomes_of_major(m);
        if (!outcomes.empty()) {
            const Index newest = *std::max_element(outcomes.begin(), outcomes.end(), [&](Index a, Index b) {
                return data.outcomes[a].year < data.outcomes[b].year;
            });
            latest_outcome_[m] = newest;
            graduates_[m] = data.outcomes[newest].graduates;
        }
        if (auto u = snapshot.find_university(data.majors[m].university_id)) university_[m] = *u;
    }
    std::vector<Index> order(majors);
    std::iota(order.begin(), order.end(), Index{0});
    std::sort(order.begin(), order.end(), [&](Index a, Index b) {
        if (graduates_[a] != graduates_[b]) return graduates_[a] > graduates_[b];
        return data.majors[a].id < data.majors[b].id;
    });
    tie_rank_.assign(majors, 0);
    for (Index position = 0; position < majors; ++position) tie_rank_[order[position]] = position;
}

std::span<const MajorCoverage> MatchIndex::majors_covering(Index skill) const {
    if (skill + 1 >= offsets_.size()) return {};
    return {postings_.data() + offsets_[skill], offsets_[skill + 1] - offsets_[skill]};
}

double MatchIndex::coverage(Index major, Index skill) const {
    const auto list = majors_covering(skill);
    auto it = std::lower_bound(list.begin(), list.end(), major,
                               [](const MajorCoverage& entry, Index m) { return entry.major < m; });
    return it != list.end() && it->major == major ? it->coverage : 0.0;
}

std::optional<Index> MatchIndex::latest_outcome(Index major) const {
    if (latest_outcome_[major] == Snapshot::npos) return std::nullopt;
    return latest_outcome_[major];
}

MatchAnswer match_majors(const Snapshot& snapshot, const MatchIndex& index, const MatchQuery& query) {
    const auto& data = snapshot.data();
    const std::size_t majors = data.majors.size();
    MatchAnswer answer;
    for (const auto& ws : query.skills) answer.weight_total += ws.weight;

    std::vector<char> in_region(majors, 1);
    if (!query.region.empty())
        for (Index m = 0; m < majors; ++m) {
            const Index u = index.university(m);
            in_region[m] = u != Snapshot::npos && data.universities[u].region == query.region;
        }
    answer.total_majors = static_cast<std::size_t>(std::count(in_region.begin(), in_region.end(), 1));
    if (answer.weight_total <= 0) return answer;

    // Sums run in request order, so equal coverage gives bit-equal scores.
    std::vector<double> sum(majors, 0.0);
    std::vector<Index> touched;
    for (const auto& ws : query.skills)
        for (const auto& entry : index.majors_covering(ws.skill)) {
            if (!in_region[entry.major]) continue;
            if (sum[entry.major] == 0.0) touched.push_back(entry.major);
            sum[entry.major] += ws.weight * entry.coverage;
        }
    answer.matched_majors = touched.size();

    auto before = [&](Index a, Index b) {
        if (sum[a] != sum[b]) return sum[a] > sum[b];
        return index.tie_rank(a) < index.tie_rank(b);
    };
    const std::size_t shown = std::min(query.limit, touched.size());
    std::partial_sort(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(shown), touched.end(), before);
    touched.resize(shown);

    for (Index m : touched) {
        MajorMatch match;
        match.major = m;
        match.plan = snapshot.latest_plan(m);
        match.score = std::min(1.0, sum[m] / answer.weight_total);
        const auto courses = counted_courses_for_matching(snapshot, m, index.params());
        for (const auto& ws : query.skills) {
            const double cov = index.coverage(m, ws.skill);
            if (cov > 0) match.covered.push_back({ws.skill, ws.weight, cov, course_contributions(snapshot, courses, ws.skill, index.params())});
            else match.missing.push_back(ws);
        }
        answer.results.push_back(std::move(match));
    }
    return answer;
}

}  // namespace woshou::graph
