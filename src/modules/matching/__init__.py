"""Matching: compatibility scores between users and friends, ranked lists, re-matching."""
