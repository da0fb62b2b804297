-- 0003: micro-major (微专业) proposals and their review workflow
-- (docs/micro-majors.md, "Proposals").
--
-- Portable like 0001 and 0002 (see their headers): TEXT timestamps in
-- ISO-8601 UTC, optional timestamps and references NULL, optional text ''.
--
-- 0001 reserved two placeholder tables, micro_major (one base major, free
-- status text) and micro_major_course. No code ever wrote them, and their
-- shape cannot become this one with ALTER TABLE on SQLite (no new CHECK, no
-- dropped column), so they are replaced: children first for the foreign keys.
DROP TABLE micro_major_course;
DROP TABLE micro_major;

-- university_id is the base majors' university (they all share one); the
-- courses may come from any university of the city. created_by is the
-- proposing organisation; reviewed_* name the latest approval or rejection
-- (kept when a rejected proposal is edited back to draft, so its author can
-- still read why). Only published rows reach a snapshot.
CREATE TABLE micro_major (
    id             TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    name           TEXT NOT NULL CHECK (name <> ''),
    description    TEXT NOT NULL DEFAULT '',
    university_id  TEXT NOT NULL REFERENCES university (id),
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'published')),
    created_by     TEXT NOT NULL REFERENCES organisation (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    submitted_at   TEXT NULL,
    reviewed_by    TEXT NULL REFERENCES organisation (id),
    reviewed_at    TEXT NULL,
    review_comment TEXT NOT NULL DEFAULT '',
    published_at   TEXT NULL,
    CHECK (status <> 'rejected' OR review_comment <> ''),
    CHECK (status NOT IN ('approved', 'rejected', 'published') OR reviewed_by IS NOT NULL),
    CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX micro_major_by_university ON micro_major (university_id, status);
CREATE INDEX micro_major_by_status ON micro_major (status);

-- Base majors in the order given (ordinal 1 is the first, the one an
-- evaluation is made on).
CREATE TABLE micro_major_major (
    micro_major_id TEXT    NOT NULL REFERENCES micro_major (id),
    major_id       TEXT    NOT NULL REFERENCES major (id),
    ordinal        INTEGER NOT NULL CHECK (ordinal >= 1),
    PRIMARY KEY (micro_major_id, major_id),
    UNIQUE (micro_major_id, ordinal)
);
CREATE INDEX micro_major_major_by_major ON micro_major_major (major_id);

-- Courses in the order given: the order a student would take them in.
CREATE TABLE micro_major_course (
    micro_major_id TEXT    NOT NULL REFERENCES micro_major (id),
    course_id      TEXT    NOT NULL REFERENCES course (id),
    ordinal        INTEGER NOT NULL CHECK (ordinal >= 1),
    PRIMARY KEY (micro_major_id, course_id),
    UNIQUE (micro_major_id, ordinal)
);
CREATE INDEX micro_major_course_by_course ON micro_major_course (course_id);

CREATE TABLE micro_major_skill (
    micro_major_id TEXT    NOT NULL REFERENCES micro_major (id),
    skill_id       TEXT    NOT NULL REFERENCES skill (id),
    ordinal        INTEGER NOT NULL CHECK (ordinal >= 1),
    PRIMARY KEY (micro_major_id, skill_id)
);

-- Sponsoring employers.
CREATE TABLE micro_major_sponsor (
    micro_major_id TEXT    NOT NULL REFERENCES micro_major (id),
    employer_id    TEXT    NOT NULL REFERENCES employer (id),
    ordinal        INTEGER NOT NULL CHECK (ordinal >= 1),
    PRIMARY KEY (micro_major_id, employer_id)
);
