"""HTTP client of Santander's open-data portal, on requests. Blocking: call it through ui/worker.

`GET /api/rest/datasets/<name>.json` answers `{"summary": {...}, "resources": [...]}` one page at
a time (`items`, `page`); `query=` takes Lucene on prefixed fields with the colon escaped
(`ayto\\:paradaId:41`); `data=` projects fields. A refused or timed-out connection, a 5xx page
or a cut-short answer is `OpenDataOffline`; an answer that is not the envelope (an HTML error
page with 200, bad JSON, a summary that does not add up) is `OpenDataBadResponse`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

DATASETS_PATH = "/api/rest/datasets/"
MAX_PAGES = 40  # a loop guard: the biggest dataset the kiosk reads has about 10 pages of 50


class OpenDataError(Exception):
    """Root of the open-data client's errors; `code` is stable and safe to log."""

    code = "opendata_error"


class OpenDataOffline(OpenDataError):
    """The portal could not be reached, or answered that it is down."""

    code = "offline"


class OpenDataBadResponse(OpenDataError):
    """The portal answered something that is not what the API documents."""

    code = "bad_response"


def lucene_term(field: str, value: str) -> str:
    """One Lucene term on a prefixed field: `ayto:paradaId`, `41` → `ayto\\:paradaId:"41"`."""
    quoted = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{field.replace(":", chr(92) + ":")}:"{quoted}"'


def any_of(field: str, values: Iterable[str]) -> str:
    """A query matching records whose `field` is any of `values`."""
    return " OR ".join(lucene_term(field, v) for v in values)


class OpenDataClient:
    """Reads datasets page by page; thread-safe as long as the requests Session is."""

    def __init__(self, base_url: str, *, timeout_s: float = 8.0, page_size: int = 200,
                 session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self.page_size = page_size
        self._session_arg = session
        self._session_obj: requests.Session | None = None

    @property
    def _session(self) -> requests.Session:
        if self._session_obj is None:  # requests costs ~150 ms to import: not at start-up
            import requests

            self._session_obj = self._session_arg or requests.Session()
            self._session_obj.headers["Accept"] = "application/json"
        return self._session_obj

    def dataset(self, name: str, *, query: str | None = None,
                fields: Iterable[str] | None = None) -> list[Any]:
        """Every resource of `name` matching `query`, following the pages."""
        resources: list[Any] = []
        page, pages = 1, 1
        while page <= pages:
            params = {"items": str(self.page_size), "page": str(page)}
            if query:
                params["query"] = query
            if fields:
                params["data"] = ",".join(fields)
            doc = self.get_json(DATASETS_PATH + name + ".json", params)
            summary, batch = _envelope(doc)
            pages = min(summary["pages"], MAX_PAGES)
            if summary["current_page"] != page:
                raise OpenDataBadResponse(f"asked page {page}, got {summary['current_page']}")
            resources.extend(batch)
            page += 1
        return resources

    def get_json(self, path: str, params: Mapping[str, str] | None = None) -> Any:
        """One GET of a JSON document below the base URL."""
        import requests

        try:
            response = self._session.get(self.base_url + path, params=params,
                                         timeout=(min(3.0, self.timeout_s), self.timeout_s))
            body = response.content  # read here, so a connection cut mid-body is "offline"
        except requests.RequestException as exc:
            raise OpenDataOffline(type(exc).__name__) from exc
        if response.status_code >= 500:
            raise OpenDataOffline(f"HTTP {response.status_code}")
        if response.status_code != 200:
            raise OpenDataBadResponse(f"HTTP {response.status_code}")
        try:
            import json

            return json.loads(body)
        except (ValueError, RecursionError) as exc:
            raise OpenDataBadResponse("not JSON") from exc


def _envelope(doc: Any) -> tuple[dict[str, int], list[Any]]:
    """Check the `summary`/`resources` envelope; counts may come as strings."""
    if not isinstance(doc, dict) or not isinstance(doc.get("summary"), dict) \
            or not isinstance(doc.get("resources"), list):
        raise OpenDataBadResponse("not a dataset envelope")
    summary: dict[str, int] = {}
    for key, default in (("items", None), ("pages", 1), ("current_page", 1)):
        value = doc["summary"].get(key, default)
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise OpenDataBadResponse(f"summary.{key} is not a number") from None
        if number < 0:
            raise OpenDataBadResponse(f"summary.{key} is negative")
        summary[key] = number
    return summary, doc["resources"]
