-- Quarantine rows the soak did not plan (no landed record was meant to be refused or repaired so): how
-- many, by stage, reason and disposition.
SELECT q.stage, q.reason, q.disposition, count(*) AS rows
FROM ops_quarantine q
ANTI JOIN landed_records l ON q.source_path = l.source_path AND q.file_hash = l.file_hash
                          AND q.record_locator = l.record_locator AND q.reason = l.reason
GROUP BY ALL
ORDER BY rows DESC, q.reason;
