"""Excel workbooks for staff: the client list, call lists per champion and the overview.

Shared pieces: ``cells`` (text stays text, never a formula), ``table_sheet`` (a real Excel
table written row by row) and ``saving`` (a temporary file moved into place).
"""
