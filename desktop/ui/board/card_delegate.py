"""Paints a board card: client, champion and segment, days in stage and the next action.

A colour strip tells the state of the next action at a glance: overdue red, due today green,
due later grey, none yellow. A client in a won or lost stage needs no next action: without one
its strip is quiet and it gets no warning. Stalled clients get a badge. No widget per card: the
views of the columns paint cards on demand, so thousands of them cost nothing until they are
on screen.
"""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.pipelines.board import BoardCard
from desktop.core.pipelines.stalled import has_no_next_action
from desktop.ui.board.column_model import CARD_ROLE

CARD_HEIGHT = 74
GAP = 6  # between cards, and around them
STRIP_WIDTH = 4
PADDING = 10
RADIUS = 5.0

CARD_BACKGROUND = QColor("#ffffff")
CARD_BORDER = QColor("#d5dce6")
CARD_HOVER_BORDER = QColor("#9fb0c4")
SELECTED_BACKGROUND = QColor("#e8f6f4")
SELECTED_BORDER = QColor("#3fb5a6")
NAME_COLOUR = QColor("#1f3552")
DETAIL_COLOUR = QColor("#5b6b7f")
STALLED_BACKGROUND = QColor("#fdecd2")
STALLED_TEXT = QColor("#9a5800")


class DueState(enum.Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    LATER = "later"
    NONE = "none"  # none, and one is needed
    FINISHED = "finished"  # won or lost: no next action needed, none set


DUE_COLOURS = {
    DueState.OVERDUE: QColor("#d64541"),
    DueState.TODAY: QColor("#2e9e5b"),
    DueState.LATER: QColor("#9aa6b5"),
    DueState.NONE: QColor("#e8b923"),
    DueState.FINISHED: QColor("#d5dce6"),
}
DUE_TEXT_COLOURS = {
    DueState.OVERDUE: QColor("#b8322c"),
    DueState.TODAY: QColor("#23814a"),
    DueState.LATER: DETAIL_COLOUR,
    DueState.NONE: QColor("#8a6d00"),
    DueState.FINISHED: DETAIL_COLOUR,
}


def due_state(card: BoardCard, today: date, needs_next_action: bool = True) -> DueState:
    """The colour class of a card's next action (an action without a date counts as later).

    ``needs_next_action`` is False in a won or lost stage: a finished client without a next
    action is not warned about.
    """
    if has_no_next_action(card.next_action):
        return DueState.NONE if needs_next_action else DueState.FINISHED
    if card.next_action_due is None or card.next_action_due > today:
        return DueState.LATER
    return DueState.OVERDUE if card.next_action_due < today else DueState.TODAY


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, *, needs_next_action: bool = True) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.needs_next_action = needs_next_action  # False in a won or lost column
        self._fonts_for: QFont | None = None

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(160, CARD_HEIGHT + GAP)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, BoardCard):
            return
        self._prepare_fonts(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # The keyboard's current card gets the hover edge too, so it can be found unselected.
        highlighted = bool(
            option.state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus)
        )
        state = due_state(card, self.today, self.needs_next_action)
        rect = QRect(option.rect).adjusted(GAP, GAP // 2, -GAP, -(GAP - GAP // 2))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_frame(painter, rect, state, selected, highlighted)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        inner = rect.adjusted(STRIP_WIDTH + PADDING, 7, -PADDING, -7)
        self._paint_lines(painter, inner, card, state)
        painter.restore()

    # -- pieces -------------------------------------------------------------------------------

    def _prepare_fonts(self, base: QFont) -> None:
        if self._fonts_for == base:
            return
        self._fonts_for = QFont(base)
        self.name_font = QFont(base)
        self.name_font.setWeight(QFont.Weight.DemiBold)
        self.detail_font = QFont(base)
        self.detail_font.setPointSizeF(max(base.pointSizeF() - 1.0, 7.0))
        self.badge_font = QFont(self.detail_font)
        self.badge_font.setWeight(QFont.Weight.DemiBold)
        self.italic_font = QFont(self.detail_font)
        self.italic_font.setItalic(True)
        # Metrics are made once per font, not per card: painting stays cheap while scrolling.
        self.name_metrics = QFontMetrics(self.name_font)
        self.detail_metrics = QFontMetrics(self.detail_font)
        self.badge_metrics = QFontMetrics(self.badge_font)

    def _paint_frame(
        self, painter: QPainter, rect: QRect, state: DueState, selected: bool, highlighted: bool
    ) -> None:
        frame = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        border = SELECTED_BORDER if selected else CARD_HOVER_BORDER if highlighted else CARD_BORDER
        painter.setPen(QPen(border, 1.5 if selected else 1.0))
        painter.setBrush(SELECTED_BACKGROUND if selected else CARD_BACKGROUND)
        painter.drawRoundedRect(frame, RADIUS, RADIUS)
        # The strip: the card's left edge in the colour of its next action.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(DUE_COLOURS[state])
        painter.setClipRect(QRectF(frame.left(), frame.top(), STRIP_WIDTH, frame.height()))
        painter.drawRoundedRect(frame, RADIUS, RADIUS)
        painter.setClipping(False)

    def _paint_lines(
        self, painter: QPainter, inner: QRect, card: BoardCard, state: DueState
    ) -> None:
        line = inner.height() // 3
        top, middle, bottom = (
            QRect(inner.left(), inner.top() + i * line, inner.width(), line) for i in range(3)
        )
        # Line 1: client name, days in stage on the right.
        days = QCoreApplication.translate("CardDelegate", "{days} d").format(
            days=card.days_in_stage
        )
        painter.setFont(self.detail_font)
        days_width = self.detail_metrics.horizontalAdvance(days) + 2
        painter.setPen(DETAIL_COLOUR)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, days)
        painter.setFont(self.name_font)
        painter.setPen(NAME_COLOUR)
        name_rect = top.adjusted(0, 0, -(days_width + 8), 0)
        name = self.name_metrics.elidedText(
            card.client_name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        # Line 2: champion and segment, a stalled badge on the right.
        badge_width = self._paint_stalled_badge(painter, middle) if card.stalled else 0
        details = " · ".join(
            part
            for part in (
                card.champion_initials or QCoreApplication.translate("CardDelegate", "No champion"),
                card.segment_name,
            )
            if part
        )
        painter.setFont(self.detail_font)
        painter.setPen(DETAIL_COLOUR)
        detail_rect = middle.adjusted(0, 0, -(badge_width + 6 if badge_width else 0), 0)
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.detail_metrics.elidedText(
                details, Qt.TextElideMode.ElideRight, detail_rect.width()
            ),
        )
        # Line 3: the next action and its due date, in the colour of its state.
        self._paint_next_action(painter, bottom, card, state)

    def _paint_stalled_badge(self, painter: QPainter, line: QRect) -> int:
        text = QCoreApplication.translate("CardDelegate", "Stalled")
        metrics = self.badge_metrics
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 2
        badge = QRect(line.right() - width + 1, line.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STALLED_BACKGROUND)
        painter.drawRoundedRect(QRectF(badge), height / 2, height / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self.badge_font)
        painter.setPen(STALLED_TEXT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return width

    def _paint_next_action(
        self, painter: QPainter, line: QRect, card: BoardCard, state: DueState
    ) -> None:
        painter.setFont(self.detail_font)
        metrics = self.detail_metrics
        colour = DUE_TEXT_COLOURS[state]
        if state is DueState.FINISHED:
            return  # nothing to do for this client, and nothing to warn about
        if state is DueState.NONE:
            painter.setFont(self.italic_font)
            painter.setPen(colour)
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QCoreApplication.translate("CardDelegate", "No next action"),
            )
            return
        due_text = self._due_text(card, state)
        due_width = metrics.horizontalAdvance(due_text) + 2 if due_text else 0
        if due_text:
            painter.setPen(colour)
            painter.drawText(
                line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, due_text
            )
        action_rect = line.adjusted(0, 0, -(due_width + 8 if due_width else 0), 0)
        painter.setPen(colour if state is DueState.OVERDUE else NAME_COLOUR)
        painter.drawText(
            action_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(
                card.next_action or "", Qt.TextElideMode.ElideRight, action_rect.width()
            ),
        )

    def _due_text(self, card: BoardCard, state: DueState) -> str:
        if card.next_action_due is None:
            return ""
        if state is DueState.TODAY:
            return QCoreApplication.translate("CardDelegate", "today")
        due = card.next_action_due
        return QLocale().toString(QDate(due.year, due.month, due.day), "d MMM")
