"""The Streamlit layer: thin pages that translate widgets to library calls."""
