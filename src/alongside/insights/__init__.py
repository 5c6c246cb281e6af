"""Insights: trends, patterns and triggers in daily check-ins, and digital-footprint import."""
