// JSON shapes of micro-major proposals (docs/micro-majors.md, "Proposals"),
// shared by the micro-major routes and a major's page.
#pragma once

#include "json_out.hpp"
#include "woshou/graph/snapshot.hpp"
#include "woshou/sql/micro_major_store.hpp"

namespace woshou::server {

// A stored proposal with its workflow fields; its base majors, courses
// (in study order, with their position), target skills and sponsors named
// from the snapshot when it knows them ("credits" sums the courses it knows).
void write_micro_major(JsonWriter& w, const graph::Snapshot& snapshot, const sql::MicroMajor& micro_major);

// A published micro-major of the snapshot in brief: {"id","name","university_id","credits","course_count"}.
void write_published_micro_major(JsonWriter& w, const graph::Snapshot& snapshot, graph::Index micro_major);

}  // namespace woshou::server
