"""The rewards area's vocabulary: rule kinds, ledger sources, redemption states, board modes."""

from __future__ import annotations

import enum

from desktop.core.common.i18n import translate


class RuleKind(enum.StrEnum):
    """The verified behaviour a rule pays for."""

    STAGE_REACHED = "stage_reached"  # a client of mine reached a stage
    ASSESSMENT_COMPLETED = "assessment_completed"  # all five scores of a round entered
    TRAINING_DONE = "training_done"  # a training measure for me marked done
    ACTION_ON_TIME = "action_on_time"  # a next action completed on or before its due date


class EntrySource(enum.StrEnum):
    """Where a ledger entry comes from."""

    RULE = "rule"
    RECOGNITION = "recognition"
    REDEMPTION = "redemption"
    REFUND = "refund"  # a declined redemption's points back
    REVERSAL = "reversal"  # a correction: the opposite of an earlier entry
    DECISION = "decision"  # a manager's approval (the points) or refusal (none) of a held award


# Entries that count as points earned (leaderboards, badges); redemptions are spending.
EARNING_SOURCES = (EntrySource.RULE, EntrySource.RECOGNITION, EntrySource.DECISION)


class RedemptionStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DECLINED = "declined"


class BoardMode(enum.StrEnum):
    """How the office shows its leaderboard."""

    RELATIVE = "relative"  # five above and five below me
    TEAMS = "teams"  # team totals only
    FULL = "full"
    OFF = "off"


class BoardPeriod(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    PROJECT = "project"


RECOGNITION_TIERS = (5, 10, 20, 50)


def rule_kind_label(kind: RuleKind | str) -> str:
    labels = {
        RuleKind.STAGE_REACHED: translate("Rewards", "A client of mine reached a stage"),
        RuleKind.ASSESSMENT_COMPLETED: translate("Rewards", "Assessment completed"),
        RuleKind.TRAINING_DONE: translate("Rewards", "Training done"),
        RuleKind.ACTION_ON_TIME: translate("Rewards", "Next action completed on time"),
    }
    return labels[RuleKind(kind)]


def entry_source_label(source: EntrySource | str) -> str:
    labels = {
        EntrySource.RULE: translate("Rewards", "Rule"),
        EntrySource.RECOGNITION: translate("Rewards", "Recognition"),
        EntrySource.REDEMPTION: translate("Rewards", "Redemption"),
        EntrySource.REFUND: translate("Rewards", "Refund"),
        EntrySource.REVERSAL: translate("Rewards", "Reversal"),
        EntrySource.DECISION: translate("Rewards", "Approval"),
    }
    return labels[EntrySource(source)]


def redemption_status_label(status: RedemptionStatus | str) -> str:
    labels = {
        RedemptionStatus.PENDING: translate("Rewards", "Awaiting approval"),
        RedemptionStatus.APPROVED: translate("Rewards", "Approved"),
        RedemptionStatus.DECLINED: translate("Rewards", "Declined"),
    }
    return labels[RedemptionStatus(status)]


def board_mode_label(mode: BoardMode | str) -> str:
    labels = {
        BoardMode.RELATIVE: translate("Rewards", "Around me (five above, five below)"),
        BoardMode.TEAMS: translate("Rewards", "Team totals"),
        BoardMode.FULL: translate("Rewards", "Full ranking"),
        BoardMode.OFF: translate("Rewards", "Off"),
    }
    return labels[BoardMode(mode)]


def board_period_label(period: BoardPeriod | str) -> str:
    labels = {
        BoardPeriod.MONTH: translate("Rewards", "This month"),
        BoardPeriod.QUARTER: translate("Rewards", "This quarter"),
        BoardPeriod.PROJECT: translate("Rewards", "Project"),
    }
    return labels[BoardPeriod(period)]
