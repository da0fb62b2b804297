// The API handlers: plain functions from a request and the snapshot to a
// JSON response. They throw HttpError for client mistakes (400 naming the
// parameter, 404 naming the id); the router renders the envelope.
#pragma once

#include "woshou/server/http.hpp"

namespace woshou::server {

// GET /healthz: liveness plus the snapshot version.
Response get_healthz(const Request& request, const Context& context);
// GET /api/v1/stats: entity counts, snapshot version and backend.
Response get_stats(const Request& request, const Context& context);
// GET /api/v1/universities: every university with its major count, by id.
Response list_universities(const Request& request, const Context& context);
// GET /api/v1/universities/{id}: the university and its majors.
Response get_university(const Request& request, const Context& context);
// GET /api/v1/majors?q=&university=&code=&limit=&offset=: filtered, paged majors with the total.
Response search_majors(const Request& request, const Context& context);
// GET /api/v1/majors/{id}: major, university, plans by semester, skill profile, outcomes.
Response get_major(const Request& request, const Context& context);
// GET /api/v1/courses/{id}: course, prerequisites, unlocked courses, skills, plans.
Response get_course(const Request& request, const Context& context);
// GET /api/v1/skills?q=&limit=: label search over labels, English and alternative labels.
Response search_skills(const Request& request, const Context& context);
// GET /api/v1/skills/{id}: skill, broader and narrower skills, courses teaching it.
Response get_skill(const Request& request, const Context& context);

}  // namespace woshou::server
