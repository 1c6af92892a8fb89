"""Adapters: the provider ports implemented with vendor SDKs, and in memory (fakes)."""
