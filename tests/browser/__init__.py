"""Browser tests: the lessons in a real JupyterLab in headless Chromium."""
