"""Billing: who may book what (trial, subscription, premium), Stripe, friend earnings."""
