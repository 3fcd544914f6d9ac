"""Evaluation: scores of each stage against gold data (the project's own gold set and public sets)."""
