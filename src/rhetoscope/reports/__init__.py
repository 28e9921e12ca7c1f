"""Writers: tables to CSV/TSV/JSONL/Markdown streams, reports to files atomically."""
