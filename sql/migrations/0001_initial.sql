-- 0001: the woshou data model.
--
-- The same text runs on SQLite and PostgreSQL, so it sticks to portable SQL:
-- types TEXT, INTEGER, BIGINT and DOUBLE PRECISION; booleans are INTEGER 0/1
-- guarded by a CHECK. Optional text is stored as '' (NOT NULL DEFAULT ''),
-- except optional references, which are NULL so the foreign key still holds.
-- Every key column says NOT NULL explicitly because SQLite, unlike
-- PostgreSQL, lets a non-INTEGER PRIMARY KEY column hold NULL.
-- Statements are split on ';' at the end of a line: keep one statement per ';'.

-- One row per counter; 'data_version' is bumped by every successful write.
CREATE TABLE meta (
    name  TEXT   NOT NULL PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO meta (name, value) VALUES ('data_version', 0);

CREATE TABLE university (
    id      TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    region  TEXT NOT NULL DEFAULT ''
);

-- A university's offering of a national major code. (university_id, code) is
-- deliberately not unique: one university may run the same code twice, e.g.
-- a regular and a Sino-foreign cooperative programme.
CREATE TABLE major (
    id            TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    university_id TEXT NOT NULL REFERENCES university (id),
    code          TEXT NOT NULL,
    name          TEXT NOT NULL,
    name_en       TEXT NOT NULL DEFAULT '',
    degree_level  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX major_by_university ON major (university_id);

CREATE TABLE training_plan (
    id          TEXT    NOT NULL PRIMARY KEY CHECK (id <> ''),
    major_id    TEXT    NOT NULL REFERENCES major (id),
    cohort_year INTEGER NOT NULL CHECK (cohort_year > 0),
    version     TEXT    NOT NULL,
    UNIQUE (major_id, cohort_year, version)
);

-- Course codes identify a course inside its university (error messages and
-- cycle reports name courses by code), so they are unique there.
CREATE TABLE course (
    id            TEXT             NOT NULL PRIMARY KEY CHECK (id <> ''),
    university_id TEXT             NOT NULL REFERENCES university (id),
    code          TEXT             NOT NULL,
    name          TEXT             NOT NULL,
    name_en       TEXT             NOT NULL DEFAULT '',
    credits       DOUBLE PRECISION NOT NULL CHECK (credits > 0),
    hours         INTEGER          NULL CHECK (hours >= 0),
    category      TEXT             NOT NULL DEFAULT '',
    description   TEXT             NOT NULL DEFAULT '',
    UNIQUE (university_id, code)
);

CREATE TABLE plan_course (
    plan_id   TEXT    NOT NULL REFERENCES training_plan (id),
    course_id TEXT    NOT NULL REFERENCES course (id),
    semester  INTEGER NOT NULL CHECK (semester BETWEEN 1 AND 12),
    required  INTEGER NOT NULL CHECK (required IN (0, 1)),
    PRIMARY KEY (plan_id, course_id)
);
CREATE INDEX plan_course_by_course ON plan_course (course_id);

-- course_id needs prerequisite_id first.
CREATE TABLE course_prerequisite (
    course_id       TEXT NOT NULL REFERENCES course (id),
    prerequisite_id TEXT NOT NULL REFERENCES course (id),
    PRIMARY KEY (course_id, prerequisite_id),
    CHECK (course_id <> prerequisite_id)
);

-- alt_labels holds the alternative labels joined by a newline ('\n'), the
-- separator ESCO itself uses; '' means none.
CREATE TABLE skill (
    id         TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    label      TEXT NOT NULL,
    label_en   TEXT NOT NULL DEFAULT '',
    alt_labels TEXT NOT NULL DEFAULT '',
    skill_type TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT ''
);

-- skill_id (narrower, child) -> broader_id (parent).
CREATE TABLE skill_broader (
    skill_id   TEXT NOT NULL REFERENCES skill (id),
    broader_id TEXT NOT NULL REFERENCES skill (id),
    PRIMARY KEY (skill_id, broader_id),
    CHECK (skill_id <> broader_id)
);
CREATE INDEX skill_broader_by_broader ON skill_broader (broader_id);

CREATE TABLE course_skill (
    course_id TEXT             NOT NULL REFERENCES course (id),
    skill_id  TEXT             NOT NULL REFERENCES skill (id),
    weight    DOUBLE PRECISION NOT NULL CHECK (weight > 0 AND weight <= 1),
    PRIMARY KEY (course_id, skill_id)
);
CREATE INDEX course_skill_by_skill ON course_skill (skill_id);

CREATE TABLE occupation (
    id       TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    label    TEXT NOT NULL,
    label_en TEXT NOT NULL DEFAULT ''
);

CREATE TABLE occupation_skill (
    occupation_id TEXT    NOT NULL REFERENCES occupation (id),
    skill_id      TEXT    NOT NULL REFERENCES skill (id),
    essential     INTEGER NOT NULL CHECK (essential IN (0, 1)),
    PRIMARY KEY (occupation_id, skill_id)
);
CREATE INDEX occupation_skill_by_skill ON occupation_skill (skill_id);

CREATE TABLE employer (
    id       TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    name     TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    region   TEXT NOT NULL DEFAULT ''
);

-- posted_on is an ISO date as text (YYYY-MM-DD): both backends compare such
-- text in date order, and no date type behaves the same on both.
CREATE TABLE demand (
    id            TEXT    NOT NULL PRIMARY KEY CHECK (id <> ''),
    employer_id   TEXT    NOT NULL REFERENCES employer (id),
    title         TEXT    NOT NULL DEFAULT '',
    occupation_id TEXT    NULL REFERENCES occupation (id),
    headcount     INTEGER NOT NULL CHECK (headcount >= 1),
    region        TEXT    NOT NULL DEFAULT '',
    posted_on     TEXT    NOT NULL CHECK (posted_on LIKE '____-__-__')
);
CREATE INDEX demand_by_employer ON demand (employer_id);

CREATE TABLE demand_skill (
    demand_id  TEXT             NOT NULL REFERENCES demand (id),
    skill_id   TEXT             NOT NULL REFERENCES skill (id),
    importance DOUBLE PRECISION NOT NULL CHECK (importance > 0 AND importance <= 1),
    PRIMARY KEY (demand_id, skill_id)
);
CREATE INDEX demand_skill_by_skill ON demand_skill (skill_id);

CREATE TABLE outcome (
    major_id  TEXT    NOT NULL REFERENCES major (id),
    year      INTEGER NOT NULL,
    graduates INTEGER NOT NULL CHECK (graduates >= 0),
    placed    INTEGER NOT NULL CHECK (placed >= 0),
    PRIMARY KEY (major_id, year),
    CHECK (placed <= graduates)
);

-- Filled by a later issue: a micro-major is a short course bundle built on a
-- base major.
CREATE TABLE micro_major (
    id            TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    name          TEXT NOT NULL,
    base_major_id TEXT NOT NULL REFERENCES major (id),
    status        TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE micro_major_course (
    micro_major_id TEXT NOT NULL REFERENCES micro_major (id),
    course_id      TEXT NOT NULL REFERENCES course (id),
    PRIMARY KEY (micro_major_id, course_id)
);
