-- The gap report of one training plan by SQL alone: what a team would write
-- instead of woshou's engine (docs/gap-analysis.md, steps 1-5, whole scope,
-- no feedback). The same text runs on SQLite and PostgreSQL; benchmarked
-- against graph::analyse_gaps by tests/bench/woshou_baseline_bench and kept
-- equal to it by tests/sql/baseline_sql_test.cpp.
--
-- Parameters: :plan_id, :elective_factor (e), :taxonomy_decay (delta),
-- :gap_limit. One row per listed gap, by g descending then skill id (byte
-- order: on PostgreSQL that needs a database with C collation), each row
-- carrying the plan's alignment A and gap count.
WITH
params AS (
    SELECT CAST(:plan_id AS TEXT) AS plan_id,
           CAST(:elective_factor AS DOUBLE PRECISION) AS e,
           CAST(:taxonomy_decay AS DOUBLE PRECISION) AS delta
),
live_demand AS (
    SELECT id, headcount, occupation_id FROM demand WHERE deleted_at IS NULL
),
-- Step 1, demand: headcount x importance for a demand's own skills or, when
-- it has none, for its occupation's (essential 1.0, optional 0.5).
asked AS (
    SELECT ds.skill_id, d.headcount * ds.importance AS amount
    FROM live_demand d JOIN demand_skill ds ON ds.demand_id = d.id
    UNION ALL
    SELECT os.skill_id, d.headcount * CASE WHEN os.essential = 1 THEN 1.0 ELSE 0.5 END
    FROM live_demand d JOIN occupation_skill os ON os.occupation_id = d.occupation_id
    WHERE NOT EXISTS (SELECT 1 FROM demand_skill ds WHERE ds.demand_id = d.id)
),
demand_by_skill AS (
    SELECT skill_id, SUM(amount) AS demand FROM asked GROUP BY skill_id
),
share AS (
    SELECT skill_id, demand / (SELECT SUM(demand) FROM demand_by_skill) AS p FROM demand_by_skill
),
-- Step 2, teaching: T[t] = sum over the plan's courses of m(c) x weight(c, t).
teaching AS (
    SELECT cs.skill_id, SUM(CASE WHEN pc.required = 1 THEN 1.0 ELSE params.e END * cs.weight) AS t
    FROM params
    JOIN plan_course pc ON pc.plan_id = params.plan_id
    JOIN course_skill cs ON cs.course_id = pc.course_id
    GROUP BY cs.skill_id
),
-- Step 3, coverage: T[s] plus delta x T of each direct parent or child, capped at 1.
spread AS (
    SELECT skill_id, t AS amount FROM teaching
    UNION ALL
    SELECT sb.broader_id, params.delta * teaching.t
    FROM teaching JOIN skill_broader sb ON sb.skill_id = teaching.skill_id CROSS JOIN params
    UNION ALL
    SELECT sb.skill_id, params.delta * teaching.t
    FROM teaching JOIN skill_broader sb ON sb.broader_id = teaching.skill_id CROSS JOIN params
),
coverage AS (
    SELECT skill_id, CASE WHEN SUM(amount) > 1 THEN 1.0 ELSE SUM(amount) END AS cov
    FROM spread GROUP BY skill_id
),
-- Steps 4 and 5: A = sum of p x cov; g = p x (1 - cov) for every skill asked for.
gap AS (
    SELECT share.skill_id, share.p, COALESCE(coverage.cov, 0) AS cov,
           share.p * (1 - COALESCE(coverage.cov, 0)) AS g
    FROM share LEFT JOIN coverage ON coverage.skill_id = share.skill_id
),
summary AS (
    SELECT CASE WHEN SUM(p * cov) > 1 THEN 1.0 ELSE SUM(p * cov) END AS alignment,
           SUM(CASE WHEN g > 0 THEN 1 ELSE 0 END) AS gap_count
    FROM gap
)
SELECT summary.alignment, summary.gap_count, gap.skill_id, gap.p, gap.cov, gap.g
FROM gap CROSS JOIN summary
ORDER BY gap.g DESC, gap.skill_id
LIMIT :gap_limit
