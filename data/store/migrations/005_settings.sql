-- Settings shared by the app and nianbao-cli, such as the rule profile in force (its file's text,
-- under the key 'profile'), so that both count the same findings.
CREATE TABLE settings (
	key   TEXT NOT NULL PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
