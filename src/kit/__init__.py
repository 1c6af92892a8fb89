"""The Django toolkit every module shares (admin bases, ...).

Between `modules`/`adapters` and `core` in the layers contract: it may use Django, but knows no
module, so every module can build on it without meeting another module.
"""
