// Plain value types for every entity of the woshou data model.
//
// These are the interchange format between the layers: importers parse files
// into a Dataset, sql writes and reads a Dataset, graph freezes a Dataset into
// a Snapshot. Every entity is addressed by its external (bundle or ESCO) id,
// never by a database row number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace woshou::model {

struct University {
    std::string id;
    std::string name;
    std::string name_en;  // may be empty
    std::string region;   // may be empty
};

struct Major {
    std::string id;
    std::string university_id;
    std::string code;  // national major code, e.g. 080901 or 080910T
    std::string name;
    std::string name_en;       // may be empty
    std::string degree_level;  // e.g. bachelor, associate, master
};

struct Course {
    std::string id;
    std::string university_id;
    std::string code;
    std::string name;
    std::string name_en;  // may be empty
    double credits = 0;   // > 0
    std::optional<int> hours;
    std::string category;     // may be empty
    std::string description;  // may be empty
};

struct TrainingPlan {
    std::string id;
    std::string major_id;
    int cohort_year = 0;
    std::string version;
};

struct PlanCourse {
    std::string plan_id;
    std::string course_id;
    int semester = 1;  // 1..12
    bool required = true;
};

struct Prerequisite {
    std::string course_id;
    std::string prerequisite_id;
};

struct Skill {
    std::string id;  // bundle id or ESCO URI
    std::string label;
    std::string label_en;  // may be empty
    std::vector<std::string> alt_labels;
    std::string type;    // e.g. knowledge, skill/competence, skill group
    std::string source;  // taxonomy: "esco", "bundle"
};

struct SkillBroader {
    std::string skill_id;    // the narrower skill (child)
    std::string broader_id;  // the broader skill (parent)
};

struct CourseSkill {
    std::string course_id;
    std::string skill_id;
    double weight = 1.0;  // in (0,1]
};

struct Occupation {
    std::string id;
    std::string label;
    std::string label_en;  // may be empty
};

struct OccupationSkill {
    std::string occupation_id;
    std::string skill_id;
    bool essential = true;  // false = optional
};

struct Employer {
    std::string id;
    std::string name;
    std::string industry;
    std::string region;  // may be empty
};

struct Demand {
    std::string id;
    std::string employer_id;
    std::string title;          // may be empty
    std::string occupation_id;  // may be empty
    int headcount = 1;          // >= 1
    std::string region;         // may be empty
    std::string posted_on;      // YYYY-MM-DD
};

struct DemandSkill {
    std::string demand_id;
    std::string skill_id;
    double importance = 1.0;  // in (0,1]
};

struct Outcome {
    std::string major_id;
    int year = 0;
    int graduates = 0;
    int placed = 0;  // <= graduates
};

// A skill an employer marked missing in feedback on a major (issue 4). Read
// from the database for gap reports' feedback_weight; never in a bundle.
struct FeedbackMark {
    std::string feedback_id;
    std::string major_id;
    std::string skill_id;
    std::string employer_id;
};

// A published micro-major (微专业, docs/micro-majors.md): a bundle of courses
// offered on top of base majors of one university. Read from the database
// (only published ones); never in a bundle. Drafts and proposals under review
// live in sql/micro_major_store.hpp only.
struct MicroMajor {
    std::string id;
    std::string name;
    std::string university_id;  // the base majors' university
};

// A base major of a published micro-major.
struct MicroMajorMajor {
    std::string micro_major_id;
    std::string major_id;
};

// A course of a published micro-major; position keeps the proposer's order.
struct MicroMajorCourse {
    std::string micro_major_id;
    std::string course_id;
    int position = 1;  // 1-based
};

// Everything one import carries, or everything a database holds.
struct Dataset {
    std::vector<University> universities;
    std::vector<Major> majors;
    std::vector<Course> courses;
    std::vector<TrainingPlan> plans;
    std::vector<PlanCourse> plan_courses;
    std::vector<Prerequisite> prerequisites;
    std::vector<Skill> skills;
    std::vector<SkillBroader> skill_broaders;
    std::vector<CourseSkill> course_skills;
    std::vector<Occupation> occupations;
    std::vector<OccupationSkill> occupation_skills;
    std::vector<Employer> employers;
    std::vector<Demand> demands;
    std::vector<DemandSkill> demand_skills;
    std::vector<Outcome> outcomes;
    std::vector<FeedbackMark> feedback_marks;  // loaded, not imported; not in row_count()
    // Published micro-majors: loaded, not imported; not in row_count().
    std::vector<MicroMajor> micro_majors;
    std::vector<MicroMajorMajor> micro_major_majors;
    std::vector<MicroMajorCourse> micro_major_courses;

    // Total number of rows over every entity.
    std::size_t row_count() const {
        return universities.size() + majors.size() + courses.size() + plans.size() +
               plan_courses.size() + prerequisites.size() + skills.size() +
               skill_broaders.size() + course_skills.size() + occupations.size() +
               occupation_skills.size() + employers.size() + demands.size() +
               demand_skills.size() + outcomes.size();
    }
};

}  // namespace woshou::model
