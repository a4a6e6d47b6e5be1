-- The first schema of the 年报通 history store.
-- Times are Unix milliseconds; cell values are report.Fixed (a count of 1/10000 here; 1/1000000 from migration 4).

CREATE TABLE agencies (
	id        INTEGER PRIMARY KEY,
	name      TEXT    NOT NULL UNIQUE,
	level     TEXT    NOT NULL DEFAULT '',
	region    TEXT    NOT NULL DEFAULT '',
	parent_id INTEGER REFERENCES agencies (id) ON DELETE SET NULL
);

CREATE TABLE reports (
	id          INTEGER PRIMARY KEY,
	agency_id   INTEGER NOT NULL REFERENCES agencies (id),
	year        INTEGER NOT NULL,
	format      TEXT    NOT NULL,
	status      TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
	level       TEXT    NOT NULL DEFAULT '',
	government  INTEGER NOT NULL DEFAULT 0,
	region      TEXT    NOT NULL DEFAULT '',
	opening     TEXT    NOT NULL DEFAULT '',
	auto_totals INTEGER NOT NULL DEFAULT 0,
	source      TEXT    NOT NULL DEFAULT '{}', -- report.Source as JSON
	errors      INTEGER NOT NULL DEFAULT 0,    -- cached on save, so the list loads no report
	warnings    INTEGER NOT NULL DEFAULT 0,
	blanks      INTEGER NOT NULL DEFAULT 0,
	created     INTEGER NOT NULL,
	updated     INTEGER NOT NULL,
	UNIQUE (agency_id, year)
);

-- Only filled cells (a number or not applicable) have a row; a missing row is a blank cell.
CREATE TABLE cells (
	report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	key       TEXT    NOT NULL,
	state     INTEGER NOT NULL CHECK (state IN (1, 2)), -- report.Number, report.NotApplicable
	value     INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (report_id, key)
) WITHOUT ROWID;

CREATE TABLE narratives (
	report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	key       TEXT    NOT NULL,
	text      TEXT    NOT NULL,
	PRIMARY KEY (report_id, key)
) WITHOUT ROWID;

-- One row per save: the report as its native JSON, so any version can be viewed or restored.
CREATE TABLE revisions (
	id        INTEGER PRIMARY KEY,
	report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	saved     INTEGER NOT NULL,
	note      TEXT    NOT NULL DEFAULT '',
	body      TEXT    NOT NULL
);
CREATE INDEX revisions_by_report ON revisions (report_id, saved);

-- A reviewer's 「已核实，无需修改」 on a finding, keyed by the finding's stable ID.
CREATE TABLE decisions (
	report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	finding   TEXT    NOT NULL,
	note      TEXT    NOT NULL DEFAULT '',
	decided   INTEGER NOT NULL,
	PRIMARY KEY (report_id, finding)
) WITHOUT ROWID;
