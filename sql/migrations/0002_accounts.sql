-- 0002: organisations, API tokens, the audit log, demand posted through the
-- API (with soft delete) and employers' feedback on course settings.
--
-- Portable like 0001 (see its header). Timestamps are ISO-8601 UTC text
-- ("2024-05-01T08:00:00Z"): they sort and compare as text on both backends.
-- Optional timestamps and references are NULL; optional text is ''.

CREATE TABLE organisation (
    id            TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('employer', 'university', 'planner', 'admin')),
    employer_id   TEXT NULL REFERENCES employer (id),
    university_id TEXT NULL REFERENCES university (id),
    created_at    TEXT NOT NULL,
    -- An employer organisation speaks for one employer, a university
    -- organisation for one university; the other roles for none.
    CHECK ((role = 'employer' AND employer_id IS NOT NULL)
           OR (role <> 'employer' AND employer_id IS NULL)),
    CHECK ((role = 'university' AND university_id IS NOT NULL)
           OR (role <> 'university' AND university_id IS NULL))
);

-- Only a hash of each secret is kept (see docs/accounts.md); id is public.
CREATE TABLE api_token (
    id              TEXT NOT NULL PRIMARY KEY CHECK (id <> ''),
    organisation_id TEXT NOT NULL REFERENCES organisation (id),
    secret_hash     TEXT NOT NULL UNIQUE,
    label           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    revoked_at      TEXT NULL,
    last_used_at    TEXT NULL
);
CREATE INDEX api_token_by_organisation ON api_token (organisation_id);

-- seq orders the log: the previous maximum + 1, assigned by the inserting
-- statement itself (portable, unlike SERIAL or AUTOINCREMENT). Who is kept as
-- plain text, not a foreign key, so the log outlives what it names.
CREATE TABLE audit_log (
    seq             BIGINT  NOT NULL PRIMARY KEY,
    at              TEXT    NOT NULL,
    organisation_id TEXT    NOT NULL DEFAULT '',
    token_id        TEXT    NOT NULL DEFAULT '',
    remote_address  TEXT    NOT NULL DEFAULT '',
    method          TEXT    NOT NULL DEFAULT '',
    path            TEXT    NOT NULL DEFAULT '',
    action          TEXT    NOT NULL,
    target_kind     TEXT    NOT NULL DEFAULT '',
    target_id       TEXT    NOT NULL DEFAULT '',
    status          INTEGER NOT NULL,
    detail          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_organisation ON audit_log (organisation_id, seq);
CREATE INDEX audit_log_by_at ON audit_log (at);

-- Demand posted through the API names its organisation; a deleted demand
-- keeps its row (the audit log points at it) and leaves every snapshot.
ALTER TABLE demand ADD COLUMN posted_by_organisation TEXT NULL REFERENCES organisation (id);
ALTER TABLE demand ADD COLUMN deleted_at TEXT NULL;
ALTER TABLE demand ADD COLUMN deleted_by_organisation TEXT NULL REFERENCES organisation (id);

-- Feedback on a major, a plan or a course. major_id is the target's major
-- (NULL for a course given without one); university_id the target's
-- university, so a university finds everything addressed to it.
CREATE TABLE feedback (
    id              TEXT    NOT NULL PRIMARY KEY CHECK (id <> ''),
    organisation_id TEXT    NOT NULL REFERENCES organisation (id),
    employer_id     TEXT    NOT NULL REFERENCES employer (id),
    target_kind     TEXT    NOT NULL CHECK (target_kind IN ('major', 'plan', 'course')),
    target_id       TEXT    NOT NULL,
    major_id        TEXT    NULL REFERENCES major (id),
    university_id   TEXT    NOT NULL REFERENCES university (id),
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment         TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'received'
                    CHECK (status IN ('received', 'under_review', 'adopted', 'declined')),
    adopted_plan_id TEXT    NULL REFERENCES training_plan (id),
    response        TEXT    NOT NULL DEFAULT '',
    declined_reason TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    responded_at    TEXT    NULL,
    responded_by    TEXT    NULL REFERENCES organisation (id),
    CHECK (status <> 'adopted' OR adopted_plan_id IS NOT NULL),
    CHECK (status <> 'declined' OR declined_reason <> '')
);
CREATE INDEX feedback_by_university ON feedback (university_id, created_at);
CREATE INDEX feedback_by_employer ON feedback (employer_id, created_at);
CREATE INDEX feedback_by_major ON feedback (major_id);

CREATE TABLE feedback_skill (
    feedback_id TEXT NOT NULL REFERENCES feedback (id),
    skill_id    TEXT NOT NULL REFERENCES skill (id),
    kind        TEXT NOT NULL CHECK (kind IN ('missing', 'outdated')),
    PRIMARY KEY (feedback_id, skill_id, kind)
);
CREATE INDEX feedback_skill_by_skill ON feedback_skill (skill_id);
