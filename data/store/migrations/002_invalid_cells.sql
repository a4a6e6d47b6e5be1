-- A cell may hold text that is no value (「5x」, typed or imported): kept as written so that
-- what the user sees is what is stored. SQLite cannot change a CHECK constraint, so the table is
-- rebuilt with state 3 (report.Invalid) and the text column.
CREATE TABLE cells_new (
	report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
	key       TEXT    NOT NULL,
	state     INTEGER NOT NULL CHECK (state IN (1, 2, 3)), -- report.Number, NotApplicable, Invalid
	value     INTEGER NOT NULL DEFAULT 0,
	text      TEXT    NOT NULL DEFAULT '',                  -- an Invalid cell's text as written
	PRIMARY KEY (report_id, key)
) WITHOUT ROWID;
INSERT INTO cells_new (report_id, key, state, value) SELECT report_id, key, state, value FROM cells;
DROP TABLE cells;
ALTER TABLE cells_new RENAME TO cells;
