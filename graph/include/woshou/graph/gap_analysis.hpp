// Steps 2-6 of the gap method (docs/gap-analysis.md): teaching, coverage,
// alignment, gaps and surplus of a set of courses against a demand profile.
#pragma once

#include "woshou/graph/demand_profile.hpp"

#include <unordered_map>
#include <vector>

namespace woshou::graph {

struct CoverageParams {
    double elective_factor = 0.5;  // e: m(c) of an elective course
    double taxonomy_decay = 0.5;   // delta: weight of a direct parent's or child's teaching
};

// A course as a plan (or a plan plus a bundle) counts it: m(c) = 1 or e.
struct CountedCourse {
    Index course = 0;
    double multiplier = 1.0;
    bool required = true;
};

// The courses of plan `p`, with m(c) = 1 for required and e for elective.
std::vector<CountedCourse> counted_courses_of_plan(const Snapshot& snapshot, Index plan,
                                                   const CoverageParams& params);

// cov(s) for every skill with cov(s) > 0. Cost: the courses' skills and their neighbours.
class Coverage {
public:
    Coverage(const Snapshot& snapshot, std::span<const CountedCourse> courses, const CoverageParams& params);
    // cov(s) in [0,1].
    double of(Index skill) const;
    // T[s]: the direct teaching of s.
    double teaching(Index skill) const;
    // Skills with cov > 0 (unordered).
    const std::unordered_map<Index, double>& raw() const { return raw_; }

private:
    std::unordered_map<Index, double> teaching_;
    std::unordered_map<Index, double> raw_;  // T[s] + delta * sum of neighbours' T, uncapped
};

// A = sum_s p(s) cov(s).
double alignment(const DemandProfile& profile, const Coverage& coverage);

// One course's part in covering a gap skill.
struct CourseContribution {
    Index course = 0;
    double weight = 0;      // weight(c, t)
    double multiplier = 0;  // m(c)
    Index through = 0;      // t: the gap skill itself or a neighbour
    bool via_neighbour = false;
};

// The courses among `courses` that teach `skill` itself or one of its direct
// neighbours (parent or child): the non-zero terms of cov(skill), by course id,
// then direct before neighbour, then the skill taught. A course counted with
// m(c) = 0, or a neighbour when the decay is 0, adds nothing and is left out.
std::vector<CourseContribution> course_contributions(const Snapshot& snapshot, std::span<const CountedCourse> courses,
                                                     Index skill, const CoverageParams& params);

// A skill in demand whose gap differs between two sets of courses (a plan and
// the plan plus a micro-major bundle; two plan versions).
struct SkillChange {
    Index skill = 0;
    double share = 0;            // p(s)
    double coverage_before = 0;  // cov(s) with the first set
    double coverage_after = 0;   // cov(s) with the second
    double gap_before = 0;       // p (1 - cov)
    double gap_after = 0;
    bool closed = false;         // coverage_after reached 1
    std::vector<Index> courses;  // where the caller lists them: courses teaching it or a neighbour, by id
};

struct Gap {
    Index skill = 0;
    double share = 0;     // p(s)
    double coverage = 0;  // cov(s)
    double gap = 0;       // g(s) = p(s) (1 - cov(s))
    double demand = 0;    // D[s]
    long headcount = 0;
    std::vector<NamedAmount> top_employers;    // by demand desc, then id; at most 5
    std::vector<NamedAmount> top_occupations;  // idem
    std::vector<CourseContribution> courses;   // by course id
};

struct SurplusCourse {
    Index course = 0;
    double relevance = 0;  // r(c)
    double multiplier = 0;
    bool required = true;
};

struct GapReport {
    double alignment = 0;
    std::vector<Gap> gaps;                // g desc, then skill id; at most `limit`
    std::size_t gap_count = 0;            // skills with p > 0 and g > 0
    std::vector<SurplusCourse> surplus;   // r asc, then course id
    std::vector<Index> untagged;          // courses without skills, by course id
};

// The full report for `courses` against `profile`. `limit` bounds the gaps listed.
// Cost is proportional to the courses' skills plus `limit`, not to the demands.
GapReport analyse_gaps(const Snapshot& snapshot, std::span<const CountedCourse> courses,
                       const DemandProfile& profile, const CoverageParams& params, std::size_t limit);

}  // namespace woshou::graph
