"""Assigning a champion and/or a segment to every selected client of the list at once (on a
worker, whether the rows are loaded or not), and undoing the last such assignment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.ui.common.changes import Changes

if TYPE_CHECKING:  # the assignment code (and the ORM) loads when first used
    from desktop.core.champions.assign import Assignment
    from desktop.ui.clients.clients_view import ClientsView


class BulkAssignment(QObject):
    """The client list's Assign… and Undo assignment buttons."""

    def __init__(self, view: ClientsView) -> None:
        super().__init__(view)
        self.view = view
        self.last: Assignment | None = None

    def assign_selected(self) -> None:
        """Assign a champion and/or segment to every selected client, on a worker."""
        view = self.view
        ranges = view.selected_ranges()
        count = sum(last - first + 1 for first, last in ranges)
        if not count:
            return
        from desktop.core.champions.assign import assign_clients
        from desktop.core.clients.listing import client_ids_in_rows
        from desktop.ui.board.identity import current_editor
        from desktop.ui.champions.assign_dialog import AssignDialog
        from desktop.ui.common.workers import run_with_progress

        dialog = AssignDialog(view.database, count, view)
        if not dialog.exec():
            return
        champion, segment = dialog.champion(), dialog.segment()
        query, by, database = view.model.shown_query, current_editor(view.database), view.database

        def task(progress, is_cancelled):  # noqa: ANN001, ANN202
            with database.session() as session:
                ids = client_ids_in_rows(
                    session, query.client_filter, query.sort_key, query.descending, ranges
                )
                done = assign_clients(
                    session,
                    ids,
                    champion,
                    segment,
                    by,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )
                session.commit()
                return done

        run_with_progress(view, self.tr("Assigning…"), task, self._on_assigned)

    def _on_assigned(self, assignment: Assignment) -> None:
        view = self.view
        self.last = assignment
        view.undo_assign_button.show()
        view.status_changed.emit(self.tr("Assigned to %n clients.", "", len(assignment.previous)))
        view.refresh()
        view.report(Changes.CLIENTS)

    def undo(self) -> None:
        """Put back the champions and segments the last assignment replaced, on a worker."""
        assignment, view = self.last, self.view
        if assignment is None:
            return
        from desktop.core.champions.assign import undo_assignment
        from desktop.ui.board.identity import current_editor
        from desktop.ui.common.workers import run_with_progress

        by, database = current_editor(view.database), view.database

        def task(_progress, _is_cancelled):  # noqa: ANN001, ANN202
            with database.session() as session:
                skipped = undo_assignment(session, assignment, by)
                session.commit()
                return skipped

        def done(skipped: int) -> None:
            self.last = None
            view.undo_assign_button.hide()
            if skipped:
                QMessageBox.information(
                    view,
                    self.tr("Undo assignment"),
                    self.tr(
                        "%n clients were changed since the assignment and keep their new values.",
                        "",
                        skipped,
                    ),
                )
            view.refresh()
            view.report(Changes.CLIENTS)

        run_with_progress(view, self.tr("Undoing the assignment…"), task, done, cancellable=False)
