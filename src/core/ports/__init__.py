"""Provider ports: what the domain needs from the outside world, as Protocols and frozen DTOs.

Adapters (src/adapters/...) implement them with a vendor SDK or in memory (fakes).
"""
