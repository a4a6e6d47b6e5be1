-- report.Fixed went from 4 to 6 decimals (a count of 1/1000000), so that fees published to the
-- 分 in 万元 are kept exactly. The revisions hold their values as decimal text and need nothing.
UPDATE cells SET value = value * 100;
