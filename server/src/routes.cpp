#include "woshou/server/handlers.hpp"
#include "woshou/server/router.hpp"

namespace woshou::server {

// Keep in step with docs/openapi.yaml; tests_server fails when they differ.
Router make_api_router() {
    Router router;
    router.add("GET", "/healthz", get_healthz);
    router.add("GET", "/api/v1/stats", get_stats);
    router.add("GET", "/api/v1/universities", list_universities);
    router.add("GET", "/api/v1/universities/{id}", get_university);
    router.add("GET", "/api/v1/majors", search_majors);
    router.add("GET", "/api/v1/majors/{id}", get_major);
    router.add("GET", "/api/v1/courses/{id}", get_course);
    router.add("GET", "/api/v1/skills", search_skills);
    router.add("GET", "/api/v1/skills/{id}", get_skill);
    router.add("GET", "/api/v1/majors/{id}/gap", get_major_gap);
    router.add("GET", "/api/v1/plans/{id}/gap", get_plan_gap);
    router.add("GET", "/api/v1/plans/{id}/compare/{other_id}", compare_plans);
    router.add("GET", "/api/v1/universities/{id}/gap", get_university_gap);
    router.add("GET", "/api/v1/demand/analysis", get_demand_analysis);
    router.add("POST", "/api/v1/match", post_match, true);
    // Writes: audited, and the snapshot is refreshed after each success.
    router.add("POST", "/api/v1/demands", post_demand, true, true);
    router.add("GET", "/api/v1/demands", list_demands);
    router.add("DELETE", "/api/v1/demands/{id}", delete_demand, false, true);
    router.add("POST", "/api/v1/feedback", post_feedback, true, true);
    router.add("GET", "/api/v1/feedback", list_feedback);
    router.add("POST", "/api/v1/feedback/{id}/response", respond_to_feedback, true, true);
    router.add("GET", "/api/v1/majors/{id}/feedback-summary", get_feedback_summary);
    router.add("GET", "/api/v1/audit", get_audit);
    router.add("POST", "/api/v1/micro-majors/evaluate", post_micro_major_evaluate, true);
    router.add("POST", "/api/v1/micro-majors/recommend", post_micro_major_recommend, true);
    router.add("POST", "/api/v1/micro-majors", post_micro_major, true, true);
    router.add("GET", "/api/v1/micro-majors", list_micro_majors);
    router.add("GET", "/api/v1/micro-majors/{id}", get_micro_major);
    router.add("PUT", "/api/v1/micro-majors/{id}", put_micro_major, true, true);
    router.add("POST", "/api/v1/micro-majors/{id}/submit", submit_micro_major, true, true);
    router.add("POST", "/api/v1/micro-majors/{id}/withdraw", withdraw_micro_major, true, true);
    router.add("POST", "/api/v1/micro-majors/{id}/approve", approve_micro_major, true, true);
    router.add("POST", "/api/v1/micro-majors/{id}/reject", reject_micro_major, true, true);
    router.add("POST", "/api/v1/micro-majors/{id}/publish", publish_micro_major, true, true);
    return router;
}

}  // namespace woshou::server
