"""The dashboard's server: `streamlit run dashboard/server.py` (what `make serve` runs).

Streamlit finds the `st.App` below and serves dashboard/app.py through it, with the upload gate as
middleware in front of every request (issue 17). Started as `streamlit run dashboard/app.py`, the page
script installs the same gate at its first run instead, which leaves a window after each start.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from dashboard.upload_gate import UploadGateMiddleware  # noqa: E402

app = st.App(Path(__file__).with_name("app.py"), middleware=[Middleware(UploadGateMiddleware)])
