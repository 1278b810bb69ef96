"""Measuring claim extraction against hand-labelled corpora (``factcheck eval``), and claim
relations against hand-labelled claim pairs (``factcheck eval --links``, :mod:`~factcheck.evaluation.links`).

:mod:`~factcheck.evaluation.scoring` matches predicted claims to gold claims,
:mod:`~factcheck.evaluation.corpora` reads the labelled corpora and
:mod:`~factcheck.evaluation.report` runs the pipeline on them and prints the figures.
"""
