"""Shared kernel: domain errors, clock, money and the provider ports.

Pure Python: no Django, no Ninja, no vendor SDK (enforced by importlinter.ini).
"""
