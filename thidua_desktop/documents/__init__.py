"""Document output: plain context dicts to Word (docxtpl) and PDF (reportlab)."""
