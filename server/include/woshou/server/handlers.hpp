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

// GET /api/v1/majors/{id}/gap: gap report of the major's latest plan (docs/gap-analysis.md).
Response get_major_gap(const Request& request, const Context& context);
// GET /api/v1/plans/{id}/gap: gap report of one plan.
Response get_plan_gap(const Request& request, const Context& context);
// GET /api/v1/plans/{id}/compare/{other_id}: alignments, courses added/removed, gaps opened/closed.
Response compare_plans(const Request& request, const Context& context);
// GET /api/v1/universities/{id}/gap: one row per major with alignment and top 3 gaps, sortable.
Response get_university_gap(const Request& request, const Context& context);
// GET /api/v1/demand/analysis: top skills of a window, their trend, and how many majors teach them.
Response get_demand_analysis(const Request& request, const Context& context);

// POST /api/v1/match: majors ranked by how well their latest plans cover the requested skills (docs/matching.md).
Response post_match(const Request& request, const Context& context);

// Accounts-backed routes (docs/accounts.md): they read and write the database
// through Context::writes, and writes need a bearer token.
// POST /api/v1/demands (employer): post a demand; skills by id or label.
Response post_demand(const Request& request, const Context& context);
// GET /api/v1/demands?employer=: an employer's demands (its own by default for an employer token).
Response list_demands(const Request& request, const Context& context);
// DELETE /api/v1/demands/{id}: soft delete; employers only their own, planners and admins any.
Response delete_demand(const Request& request, const Context& context);
// POST /api/v1/feedback (employer): rating, missing and outdated skills, comment on a major, plan or course.
Response post_feedback(const Request& request, const Context& context);
// GET /api/v1/feedback: a university sees what is addressed to it, an employer its own, planners and admins all.
Response list_feedback(const Request& request, const Context& context);
// POST /api/v1/feedback/{id}/response (the addressed university, or an admin).
Response respond_to_feedback(const Request& request, const Context& context);
// GET /api/v1/majors/{id}/feedback-summary: counts by rating and status, most-named skills, response time.
Response get_feedback_summary(const Request& request, const Context& context);
// GET /api/v1/audit (admin): every write, newest first.
Response get_audit(const Request& request, const Context& context);

// Micro-major proposals (docs/micro-majors.md, "Proposals"); the storage enforces the workflow.
// POST /api/v1/micro-majors (planner, or a university for its own majors): a new draft.
Response post_micro_major(const Request& request, const Context& context);
// GET /api/v1/micro-majors?status=&university=&major=: published ones for everyone, the rest by role.
Response list_micro_majors(const Request& request, const Context& context);
// GET /api/v1/micro-majors/{id}: one micro-major; an unpublished one only for those who may see it (else 404).
Response get_micro_major(const Request& request, const Context& context);
// PUT /api/v1/micro-majors/{id}: replaces a draft or rejected proposal (creator or admin).
Response put_micro_major(const Request& request, const Context& context);
// POST /api/v1/micro-majors/{id}/submit|withdraw|approve|reject|publish, body {"comment"} optional.
Response submit_micro_major(const Request& request, const Context& context);
Response withdraw_micro_major(const Request& request, const Context& context);
Response approve_micro_major(const Request& request, const Context& context);
Response reject_micro_major(const Request& request, const Context& context);
Response publish_micro_major(const Request& request, const Context& context);
// POST /api/v1/micro-majors/evaluate: a given bundle on a plan, explained (anyone may ask).
Response post_micro_major_evaluate(const Request& request, const Context& context);
// POST /api/v1/micro-majors/recommend: the best bundle within a credit budget (anyone may ask).
Response post_micro_major_recommend(const Request& request, const Context& context);

}  // namespace woshou::server
