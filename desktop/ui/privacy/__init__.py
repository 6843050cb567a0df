"""Privacy in the GUI: a record's change history, a client's data export, erasure, retention."""
