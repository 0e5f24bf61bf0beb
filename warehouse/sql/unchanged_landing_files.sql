-- Candidate landing files read before, from the same folder, with the same size and modification time.
SELECT c.source_path
FROM landing_candidates c
JOIN ops_landing_manifest m USING (landing, source_path)
WHERE m.size_bytes = c.size_bytes AND m.modified_ns = c.modified_ns;
