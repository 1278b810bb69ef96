"""Citations report and machine-readable exports."""
