#include "micro_major_example.hpp"

#include "worked_example.hpp"

namespace woshou::test {

model::Dataset micro_major_example() {
    model::Dataset d = worked_example();
    d.courses.push_back({"C6", "U", "C6", "SQL进阶", "Advanced SQL", 2, {}, "", ""});
    d.courses.push_back({"C7", "U", "C7", "数据库原理", "Database Principles", 2, {}, "", ""});
    d.courses.push_back({"C8", "U", "C8", "书法", "Calligraphy", 1, {}, "", ""});
    d.prerequisites = {{"C5", "C1"}, {"C6", "C7"}};
    d.course_skills.push_back({"C6", "sql", 1.0});
    d.course_skills.push_back({"C7", "prog", 0.5});
    d.course_skills.push_back({"C8", "excel", 1.0});
    return d;
}

}  // namespace woshou::test
