"""Bulk evaluation: a whole file of facts (JSONL, CSV or .xlsx) evaluated against one
ruleset, the decisions written to another file in input order (issue 15).

``dealer-rules evaluate -g GROUP -d DOMAIN --input FILE --output FILE`` runs it. The modules:
source.py (which ruleset: the same the command uses for one evaluation), rows_in.py and
rows_out.py (the file formats, streamed), columns.py (spreadsheet columns as dotted fact
paths), worker.py (evaluating one chunk of rows, in this process or a worker process) and
run.py (reading, bounded chunks in flight, writing in order, progress and summary).
Nothing is imported here: ``dealer-rules evaluate`` of one row loads only source.py.
"""
