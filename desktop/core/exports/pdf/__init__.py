"""PDF building blocks shared by the documents: the embedded font, styles, page frame."""
