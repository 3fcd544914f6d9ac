"""Any list as a download: CSV (safe to open in a spreadsheet) or JSON, with a file name."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi.responses import JSONResponse, Response

# A cell a spreadsheet would run as a formula (CSV injection); prefixed with ' to stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_response(rows: list[dict[str, Any]], columns: list[str], name: str) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def json_download(payload: dict[str, Any], name: str) -> Response:
    return JSONResponse(json.loads(json.dumps(payload, default=str)),
                        headers={"Content-Disposition": f'attachment; filename="{name}.json"'})


FORMAT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}},
          "description": "The page as JSON; with format=csv a CSV file, with format=json a JSON file."},
}
