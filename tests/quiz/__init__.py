"""Tests of toolkit.quiz."""
