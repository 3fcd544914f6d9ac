"""The web UI, served by the same process as the API: Jinja2 pages (autoescaped), one CSS file, a
little vanilla JavaScript, charts as server-drawn SVG. Nothing is loaded from elsewhere."""
from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from .pages import render, router


def install(app: FastAPI) -> None:
    static = resources.files("cronaca.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        return render(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                      status=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return render(request, "error.html", {"status": 422, "detail": problems}, status=422)


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/v1/") or path == "/openapi.json" or path.startswith("/static/")


__all__ = ["install"]
