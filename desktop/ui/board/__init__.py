"""The pieces of the Kanban board: column models, the card delegate, columns, dialogs."""
