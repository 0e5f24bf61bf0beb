-- One row per file the soak wrote (landed_files: its last version) with what ops_landing_manifest says of
-- it: read in its last version when the manifest holds that version's hash, whole when it counts the
-- records the soak wrote there.
SELECT f.night, f.source_path, f.records AS written, m.records AS read,
       m.file_hash IS NOT DISTINCT FROM f.file_hash AS is_last_version
FROM landed_files f
LEFT JOIN ops_landing_manifest m USING (source_path)
ORDER BY f.night, f.source_path;
