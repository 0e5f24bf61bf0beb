-- A landing file is named by its folder and its path in it: two folders loaded into one warehouse
-- (nights on a DuckLake split by source) may both hold '2024-02-08/a.json'. Rows read before this
-- migration have no folder and match no file: the next night reads those files once more, and their
-- content hashes make it load nothing twice.

ALTER TABLE ops_landing_manifest ADD COLUMN landing VARCHAR;
