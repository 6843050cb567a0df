"""Importing client lists exported from practice software (CSV and XLSX).

readers: the file as a table (format, encoding, delimiter, sheet, header row), via
table_source (the shared table and header rules), csv_reader and xlsx_reader.
mapping: which column feeds which client field (suggestions: from headers and values); saved
per header signature.
rows: one row to a validated client record. duplicates: who exists already.
importer: the all-or-nothing import; options: its choices; planning: what each row does.
report: what happened, also as XLSX.
"""
