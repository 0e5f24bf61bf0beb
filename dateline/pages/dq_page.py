"""The data-quality report of a run: one self-contained HTML page (no scripts, no fonts or styles
fetched from anywhere), readable by someone who has never seen the code."""

import html
import json
from datetime import datetime

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1d232a}
h1{font-size:1.4rem;margin:0 0 .3rem} .meta{color:#58616b;margin-bottom:1.2rem}
.summary span{display:inline-block;margin-right:1.2rem;padding:.35rem .7rem;border-radius:6px;background:#f1f3f5}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1.6rem} th,td{padding:.4rem .6rem;text-align:left;
vertical-align:top;border-bottom:1px solid #e3e6e9} th{background:#f6f7f8;font-weight:600}
.fail{color:#b42318;font-weight:600} .pass{color:#1a7f37} .warn{color:#9a6700;font-weight:600}
code{font-size:12px;background:#f6f7f8;padding:0 .2rem;border-radius:3px;word-break:break-all}
"""


def render_report(run_id: str, generated_at: datetime, rows: list[dict]) -> str:
    """HTML for the results of one run: a summary, then one table per suite, failures first."""
    failed = [r for r in rows if not r["success"]]
    critical = [r for r in failed if r["on_failure"] == "fail_run"]
    verdict = "run stopped by a critical check" if critical else "all critical checks passed"
    suites: dict[str, list[dict]] = {}
    for row in sorted(rows, key=lambda r: (r["suite"], r["success"], r["expectation"])):
        suites.setdefault(row["suite"], []).append(row)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Data quality · run {html.escape(run_id)}</title><style>{STYLE}</style></head><body>",
        f"<h1>Data quality of run <code>{html.escape(run_id)}</code></h1>",
        f"<div class='meta'>Generated {generated_at:%Y-%m-%d %H:%M:%S} UTC · {verdict}</div>",
        "<div class='summary'>",
        f"<span>{len(rows)} checks</span><span class='pass'>{len(rows) - len(failed)} passed</span>",
        f"<span class='fail'>{len(critical)} critical failed</span>",
        f"<span class='warn'>{len(failed) - len(critical)} other failed</span></div>",
    ]
    for suite, results in suites.items():
        parts.append(f"<h2>{html.escape(suite)}</h2><table><tr><th>expectation</th><th>on failure</th>"
                     "<th>result</th><th>unexpected</th><th>observed</th><th>examples</th></tr>")
        for row in results:
            status = ("<span class='pass'>passed</span>" if row["success"] else
                      f"<span class='{'fail' if row['on_failure'] == 'fail_run' else 'warn'}'>failed</span>")
            examples = row["examples"] if isinstance(row["examples"], str) else json.dumps(row["examples"])
            parts.append(
                f"<tr><td><code>{html.escape(row['expectation'])}</code></td><td>{html.escape(row['on_failure'])}</td>"
                f"<td>{status}</td><td>{row['unexpected_count'] or 0}"
                f"{' of ' + str(row['element_count']) if row.get('element_count') else ''}</td>"
                f"<td><code>{html.escape(str(row['observed_value'] or ''))}</code></td>"
                f"<td><code>{html.escape(examples if examples not in ('[]', 'null') else '')}</code></td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
