"""Accounts: users, roles, profiles, friend profiles, sign-in identity (allauth + JWT)."""
