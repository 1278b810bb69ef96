"""Reading and cleaning articles, and splitting them into sentences."""
