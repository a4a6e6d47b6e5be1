-- Where and when each report was published (条例第四十九条 sets the due dates): the 发布日期 as
-- YYYY-MM-DD ('' while unpublished) and the URL of the published page.
ALTER TABLE reports ADD COLUMN published TEXT NOT NULL DEFAULT '';
ALTER TABLE reports ADD COLUMN url TEXT NOT NULL DEFAULT '';
