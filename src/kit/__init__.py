"""The Django toolkit every module shares (API kit, input fields, after-commit, wiring, admin).

Between `modules`/`adapters` and `core` in the layers contract: it may use Django, but knows no
module, so every module can build on it without meeting another module.
"""
