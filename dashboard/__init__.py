"""The Streamlit dashboard: `streamlit run dashboard/server.py` (dashboard/app.py behind the upload gate)."""
