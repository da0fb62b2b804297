// JSON shapes of the model entities, shared by the handlers so every route
// shows a university, major, course or skill the same way.
#pragma once

#include "json_out.hpp"
#include "woshou/graph/model.hpp"

namespace woshou::server {

// {"id","name","name_en","region"}
void write_university(JsonWriter& w, const model::University& university);
// {"id","university_id","code","name","name_en","degree_level"}
void write_major(JsonWriter& w, const model::Major& major);
// The same fields without the enclosing braces, for objects that add more.
void write_major_fields(JsonWriter& w, const model::Major& major);
// {"id","university_id","code","name","name_en","credits","hours","category"}, plus
// "description" when `with_description`.
void write_course_fields(JsonWriter& w, const model::Course& course, bool with_description);
// {"id","label","label_en","type","source"}, plus "alt_labels" when `with_alt_labels`.
void write_skill_fields(JsonWriter& w, const model::Skill& skill, bool with_alt_labels);
// {"id","major_id","cohort_year","version"}
void write_plan_fields(JsonWriter& w, const model::TrainingPlan& plan);

}  // namespace woshou::server
