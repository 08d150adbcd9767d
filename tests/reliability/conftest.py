"""The reliability tests run a real ``dealer-rules serve`` (gunicorn, two workers) on
SQLite and on PostgreSQL: tests/support/service.py."""
