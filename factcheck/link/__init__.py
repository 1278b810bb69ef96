"""Link claims across articles."""
