// Which majors teach what an employer asks for (docs/matching.md).
//
// score(m) = sum_s q(s) cov_m(s) / sum_s q(s) over the requested skills, where
// cov_m is the coverage of major m's latest plan (plus its published
// micro-majors' courses as electives, see counted_courses_for_matching)
// exactly as in the gap method (docs/gap-analysis.md). A MatchIndex holds every major's coverage once per
// (snapshot, parameters), so a match costs the postings of the requested
// skills plus sorting the majors that cover any of them.
#pragma once

#include "woshou/graph/gap_analysis.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace woshou::graph {

// The courses a major is matched on: its latest plan's courses as the plan
// counts them (m = 1 required, e elective), then the courses of its published
// micro-majors that the plan does not include, each once at m = e (a
// micro-major is elective by nature: only some students take it). Empty when
// the major has no plan: a micro-major adds to a plan, it does not make one.
std::vector<CountedCourse> counted_courses_for_matching(const Snapshot& snapshot, Index major,
                                                        const CoverageParams& params);

// A requested skill and its weight q(s) > 0.
struct WeightedSkill {
    Index skill = 0;
    double weight = 1.0;
};

// One entry of a skill's postings: a major whose latest plan covers it.
struct MajorCoverage {
    Index major = 0;
    double coverage = 0;  // cov(s) in (0, 1]
};

class MatchIndex {
public:
    // Computes every major's coverage with `params`. Cost: every latest plan's
    // courses, their skills and those skills' neighbours.
    MatchIndex(const Snapshot& snapshot, const CoverageParams& params);

    std::uint64_t snapshot_version() const { return snapshot_version_; }
    const CoverageParams& params() const { return params_; }

    // Majors covering `skill` (cov > 0), by major index.
    std::span<const MajorCoverage> majors_covering(Index skill) const;
    // cov_m(skill), 0 when m does not cover it.
    double coverage(Index major, Index skill) const;
    // The major's latest outcome row (index into data().outcomes), if any.
    std::optional<Index> latest_outcome(Index major) const;
    // Graduates in the latest outcome year; 0 without outcomes.
    long graduates(Index major) const { return graduates_[major]; }
    // Position of the major when ordered by graduates desc, then id: the tie-break of equal scores.
    Index tie_rank(Index major) const { return tie_rank_[major]; }
    // The major's university index, or Snapshot::npos.
    Index university(Index major) const { return university_[major]; }
    // Skill-major pairs held, for sizing.
    std::size_t posting_count() const { return postings_.size(); }

private:
    std::uint64_t snapshot_version_ = 0;
    CoverageParams params_;
    std::vector<std::size_t> offsets_;  // by skill; postings_[offsets_[s], offsets_[s + 1])
    std::vector<MajorCoverage> postings_;
    std::vector<Index> latest_outcome_;  // by major; npos when none
    std::vector<long> graduates_;
    std::vector<Index> tie_rank_;
    std::vector<Index> university_;
};

struct MatchQuery {
    std::vector<WeightedSkill> skills;  // distinct skills, each weight > 0
    std::string region;                 // when not empty: only majors of universities in this region
    std::size_t limit = 20;
};

// One requested skill as a major covers it.
struct SkillMatch {
    Index skill = 0;
    double weight = 0;    // q(s)
    double coverage = 0;  // cov(s)
    std::vector<CourseContribution> courses;  // the terms of cov(s), as in a gap report
};

struct MajorMatch {
    Index major = 0;
    std::optional<Index> plan;  // the latest plan
    double score = 0;
    std::vector<SkillMatch> covered;     // requested skills with cov > 0, in request order
    std::vector<WeightedSkill> missing;  // requested skills with cov = 0, in request order
};

struct MatchAnswer {
    std::vector<MajorMatch> results;  // score desc, graduates desc, major id; at most `limit`
    std::size_t total_majors = 0;     // majors considered (in the region, when one is given)
    std::size_t matched_majors = 0;   // of those, majors with score > 0
    double weight_total = 0;          // sum of q(s)
};

// Ranks the majors for `query`. Majors with score 0 (nothing requested is
// covered, or no plan) are counted in total_majors but not listed.
MatchAnswer match_majors(const Snapshot& snapshot, const MatchIndex& index, const MatchQuery& query);

}  // namespace woshou::graph
