"""Translate Arabic news to English, summarise it, and check that its key facts survived."""
