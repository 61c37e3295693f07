"""The bundle's files for people and other tools: OONI JSONL, CSV, the report, VERIFY.txt."""
