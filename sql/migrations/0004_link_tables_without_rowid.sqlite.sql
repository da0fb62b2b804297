-- 0004 on SQLite: the link tables become WITHOUT ROWID tables (the portable
-- 0004_link_tables_without_rowid.sql says why nothing changes on PostgreSQL).
--
-- Why: a table with a composite TEXT primary key is, by default, two B-trees
-- in SQLite, the rowid table and the primary key's index, each holding the
-- key text, so every imported row was inserted twice. WITHOUT ROWID keeps the
-- rows in the primary key's B-tree itself: one insert per row (an append when
-- rows come in key order, as the import writes them), and a third less space.
-- Columns, types, constraints and indexes are as in 0001; only the storage
-- changes, so the schema is the same on both backends as before.
--
-- SQLite cannot alter a table's storage, so each table is rebuilt: create the
-- new one, copy the rows in key order (appends), drop the old one (its
-- indexes go with it), rename, recreate the indexes. No table refers to a
-- link table, so dropping one breaks no foreign key. The migration runs in
-- one transaction, like every other.
CREATE TABLE plan_course_new (
    plan_id   TEXT    NOT NULL REFERENCES training_plan (id),
    course_id TEXT    NOT NULL REFERENCES course (id),
    semester  INTEGER NOT NULL CHECK (semester BETWEEN 1 AND 12),
    required  INTEGER NOT NULL CHECK (required IN (0, 1)),
    PRIMARY KEY (plan_id, course_id)
) WITHOUT ROWID;
INSERT INTO plan_course_new SELECT plan_id, course_id, semester, required FROM plan_course ORDER BY plan_id, course_id;
DROP TABLE plan_course;
ALTER TABLE plan_course_new RENAME TO plan_course;
CREATE INDEX plan_course_by_course ON plan_course (course_id);

CREATE TABLE course_prerequisite_new (
    course_id       TEXT NOT NULL REFERENCES course (id),
    prerequisite_id TEXT NOT NULL REFERENCES course (id),
    PRIMARY KEY (course_id, prerequisite_id),
    CHECK (course_id <> prerequisite_id)
) WITHOUT ROWID;
INSERT INTO course_prerequisite_new SELECT course_id, prerequisite_id FROM course_prerequisite ORDER BY course_id, prerequisite_id;
DROP TABLE course_prerequisite;
ALTER TABLE course_prerequisite_new RENAME TO course_prerequisite;

CREATE TABLE skill_broader_new (
    skill_id   TEXT NOT NULL REFERENCES skill (id),
    broader_id TEXT NOT NULL REFERENCES skill (id),
    PRIMARY KEY (skill_id, broader_id),
    CHECK (skill_id <> broader_id)
) WITHOUT ROWID;
INSERT INTO skill_broader_new SELECT skill_id, broader_id FROM skill_broader ORDER BY skill_id, broader_id;
DROP TABLE skill_broader;
ALTER TABLE skill_broader_new RENAME TO skill_broader;
CREATE INDEX skill_broader_by_broader ON skill_broader (broader_id);

CREATE TABLE course_skill_new (
    course_id TEXT             NOT NULL REFERENCES course (id),
    skill_id  TEXT             NOT NULL REFERENCES skill (id),
    weight    DOUBLE PRECISION NOT NULL CHECK (weight > 0 AND weight <= 1),
    PRIMARY KEY (course_id, skill_id)
) WITHOUT ROWID;
INSERT INTO course_skill_new SELECT course_id, skill_id, weight FROM course_skill ORDER BY course_id, skill_id;
DROP TABLE course_skill;
ALTER TABLE course_skill_new RENAME TO course_skill;
CREATE INDEX course_skill_by_skill ON course_skill (skill_id);

CREATE TABLE occupation_skill_new (
    occupation_id TEXT    NOT NULL REFERENCES occupation (id),
    skill_id      TEXT    NOT NULL REFERENCES skill (id),
    essential     INTEGER NOT NULL CHECK (essential IN (0, 1)),
    PRIMARY KEY (occupation_id, skill_id)
) WITHOUT ROWID;
INSERT INTO occupation_skill_new SELECT occupation_id, skill_id, essential FROM occupation_skill ORDER BY occupation_id, skill_id;
DROP TABLE occupation_skill;
ALTER TABLE occupation_skill_new RENAME TO occupation_skill;
CREATE INDEX occupation_skill_by_skill ON occupation_skill (skill_id);

CREATE TABLE demand_skill_new (
    demand_id  TEXT             NOT NULL REFERENCES demand (id),
    skill_id   TEXT             NOT NULL REFERENCES skill (id),
    importance DOUBLE PRECISION NOT NULL CHECK (importance > 0 AND importance <= 1),
    PRIMARY KEY (demand_id, skill_id)
) WITHOUT ROWID;
INSERT INTO demand_skill_new SELECT demand_id, skill_id, importance FROM demand_skill ORDER BY demand_id, skill_id;
DROP TABLE demand_skill;
ALTER TABLE demand_skill_new RENAME TO demand_skill;
CREATE INDEX demand_skill_by_skill ON demand_skill (skill_id);

CREATE TABLE outcome_new (
    major_id  TEXT    NOT NULL REFERENCES major (id),
    year      INTEGER NOT NULL,
    graduates INTEGER NOT NULL CHECK (graduates >= 0),
    placed    INTEGER NOT NULL CHECK (placed >= 0),
    PRIMARY KEY (major_id, year),
    CHECK (placed <= graduates)
) WITHOUT ROWID;
INSERT INTO outcome_new SELECT major_id, year, graduates, placed FROM outcome ORDER BY major_id, year;
DROP TABLE outcome;
ALTER TABLE outcome_new RENAME TO outcome;
