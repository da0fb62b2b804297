#include "support/dataset_text.hpp"

#include <cstdio>

namespace woshou::sql::test {

namespace {

std::string num(double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

std::string quote(const std::string& text) { return "\"" + text + "\""; }

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        out += quote(items[i]);
    }
    return out + "]";
}

}  // namespace

std::vector<std::string> dataset_lines(const model::Dataset& d) {
    std::vector<std::string> out;
    auto add = [&](std::string line) { out.push_back(std::move(line)); };
    for (const auto& r : d.universities)
        add("university " + quote(r.id) + " " + quote(r.name) + " " + quote(r.name_en) + " " +
            quote(r.region));
    for (const auto& r : d.majors)
        add("major " + quote(r.id) + " " + quote(r.university_id) + " " + quote(r.code) + " " +
            quote(r.name) + " " + quote(r.name_en) + " " + quote(r.degree_level));
    for (const auto& r : d.courses)
        add("course " + quote(r.id) + " " + quote(r.university_id) + " " + quote(r.code) + " " +
            quote(r.name) + " " + quote(r.name_en) + " credits=" + num(r.credits) +
            " hours=" + (r.hours ? std::to_string(*r.hours) : "none") + " " + quote(r.category) + " " +
            quote(r.description));
    for (const auto& r : d.plans)
        add("plan " + quote(r.id) + " " + quote(r.major_id) + " " + std::to_string(r.cohort_year) + " " +
            quote(r.version));
    for (const auto& r : d.plan_courses)
        add("plan_course " + quote(r.plan_id) + " " + quote(r.course_id) +
            " sem=" + std::to_string(r.semester) + " required=" + std::to_string(r.required));
    for (const auto& r : d.prerequisites)
        add("prerequisite " + quote(r.course_id) + " " + quote(r.prerequisite_id));
    for (const auto& r : d.skills)
        add("skill " + quote(r.id) + " " + quote(r.label) + " " + quote(r.label_en) + " " +
            list(r.alt_labels) + " " + quote(r.type) + " " + quote(r.source));
    for (const auto& r : d.skill_broaders)
        add("skill_broader " + quote(r.skill_id) + " " + quote(r.broader_id));
    for (const auto& r : d.course_skills)
        add("course_skill " + quote(r.course_id) + " " + quote(r.skill_id) + " " + num(r.weight));
    for (const auto& r : d.occupations)
        add("occupation " + quote(r.id) + " " + quote(r.label) + " " + quote(r.label_en));
    for (const auto& r : d.occupation_skills)
        add("occupation_skill " + quote(r.occupation_id) + " " + quote(r.skill_id) +
            " essential=" + std::to_string(r.essential));
    for (const auto& r : d.employers)
        add("employer " + quote(r.id) + " " + quote(r.name) + " " + quote(r.industry) + " " +
            quote(r.region));
    for (const auto& r : d.demands)
        add("demand " + quote(r.id) + " " + quote(r.employer_id) + " " + quote(r.title) + " " +
            quote(r.occupation_id) + " " + std::to_string(r.headcount) + " " + quote(r.region) + " " +
            quote(r.posted_on));
    for (const auto& r : d.demand_skills)
        add("demand_skill " + quote(r.demand_id) + " " + quote(r.skill_id) + " " + num(r.importance));
    for (const auto& r : d.outcomes)
        add("outcome " + quote(r.major_id) + " " + std::to_string(r.year) + " " +
            std::to_string(r.graduates) + " " + std::to_string(r.placed));
    return out;
}

}  // namespace woshou::sql::test
