#include "json_entities.hpp"

namespace woshou::server {

void write_university(JsonWriter& w, const model::University& university) {
    w.StartObject();
    field(w, "id", university.id);
    field(w, "name", university.name);
    field(w, "name_en", university.name_en);
    field(w, "region", university.region);
    w.EndObject();
}

void write_major(JsonWriter& w, const model::Major& major) {
    w.StartObject();
    write_major_fields(w, major);
    w.EndObject();
}

void write_major_fields(JsonWriter& w, const model::Major& major) {
    field(w, "id", major.id);
    field(w, "university_id", major.university_id);
    field(w, "code", major.code);
    field(w, "name", major.name);
    field(w, "name_en", major.name_en);
    field(w, "degree_level", major.degree_level);
}

void write_course_fields(JsonWriter& w, const model::Course& course, bool with_description) {
    field(w, "id", course.id);
    field(w, "university_id", course.university_id);
    field(w, "code", course.code);
    field(w, "name", course.name);
    field(w, "name_en", course.name_en);
    field(w, "credits", course.credits);
    field(w, "hours", course.hours);
    field(w, "category", course.category);
    if (with_description) field(w, "description", course.description);
}

void write_skill_fields(JsonWriter& w, const model::Skill& skill, bool with_alt_labels) {
    field(w, "id", skill.id);
    field(w, "label", skill.label);
    field(w, "label_en", skill.label_en);
    field(w, "type", skill.type);
    field(w, "source", skill.source);
    if (with_alt_labels) {
        key(w, "alt_labels");
        w.StartArray();
        for (const auto& label : skill.alt_labels) string(w, label);
        w.EndArray();
    }
}

void write_plan_fields(JsonWriter& w, const model::TrainingPlan& plan) {
    field(w, "id", plan.id);
    field(w, "major_id", plan.major_id);
    field(w, "cohort_year", plan.cohort_year);
    field(w, "version", plan.version);
}

}  // namespace woshou::server
