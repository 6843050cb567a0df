"""The dashboard's figures in words: the headline sentence and the lines of `draagvlak status`.

Core texts, translated like the rest; the GUI shows the same sentences the CLI prints.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.core.common.i18n import Context, current_language, number_text, translate
from desktop.core.dashboard.forecast import ForecastStatus, method_text, status_label

if TYPE_CHECKING:  # the figures' queries (and the ORM) stay out of the GUI's start-up
    from desktop.core.dashboard.figures import ProjectFigures

Dashboard = Context("Dashboard")

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_text(day: date) -> str:
    """A date as the language writes it: Dutch 15-03-2028, English 15 March 2028."""
    if current_language() == "nl":
        return day.strftime("%d-%m-%Y")
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def percent_text(share: float | None) -> str:
    """A share (0..1) as a whole percentage: '34%'; '–' when there is none."""
    return "–" if share is None else f"{round(share * 100)}%"


def headline(figures: ProjectFigures) -> str:
    """One sentence that says where the project stands: with a target date it opens with the
    verdict (on track, at risk, off track)."""
    f, forecast = figures, figures.forecast
    if f.enrolled == 0:
        return translate("Dashboard", "No clients are enrolled in {project} yet.").format(
            project=f.project_name
        )
    values = {
        "share": percent_text(f.share),
        "goal": f"{f.goal_percent}%",
        "target": day_text(f.target_date) if f.target_date else "",
        "date": day_text(forecast.expected) if forecast.expected else "",
        "Status": _capitalised(status_label(forecast.status)),
    }
    status = forecast.status
    if status is ForecastStatus.GOAL_MET:
        text = translate(
            "Dashboard",
            "{share} of the enrolled clients are Active: the goal of {goal} is reached.",
        )
    elif status is ForecastStatus.NO_GOAL:
        text = translate(
            "Dashboard", "{share} of the enrolled clients are Active; the project has no goal yet."
        )
    elif status is ForecastStatus.NO_DATA:
        text = translate(
            "Dashboard",
            "{share} of the enrolled clients are Active, against a goal of {goal}; a forecast "
            "needs at least a week of history.",
        )
    elif forecast.expected is None and f.target_date is not None:
        text = translate(
            "Dashboard",
            "{Status}: {share} of the enrolled clients are Active, against a goal of {goal} by "
            "{target}; at the pace of recent weeks the goal is not reached.",
        )
    elif forecast.expected is None:
        text = translate(
            "Dashboard",
            "{share} of the enrolled clients are Active, against a goal of {goal}; at the pace "
            "of recent weeks the goal is not reached.",
        )
    elif f.target_date is None:
        text = translate(
            "Dashboard",
            "{share} of the enrolled clients are Active, against a goal of {goal}; at this pace "
            "the goal is reached around {date}.",
        )
    elif status is ForecastStatus.ON_TRACK:
        text = translate(
            "Dashboard",
            "{Status}: {share} of the enrolled clients are Active; at this pace the goal of "
            "{goal} is reached around {date}, in time for the target date of {target}.",
        )
    else:
        text = translate(
            "Dashboard",
            "{Status}: {share} of the enrolled clients are Active; at this pace the goal of "
            "{goal} is reached around {date}, after the target date of {target}.",
        )
    return text.format(**values)


def status_lines(figures: ProjectFigures) -> list[str]:
    """The key figures as plain text lines, for a mail or a scheduled task."""
    f, forecast = figures, figures.forecast
    lines = [f.project_name, headline(f)]
    lines.append(
        translate("Dashboard", "Active: {active} of {enrolled} enrolled clients ({share})").format(
            active=number_text(f.active),
            enrolled=number_text(f.enrolled),
            share=percent_text(f.share),
        )
    )
    if f.goal_percent is not None:
        goal = translate("Dashboard", "Goal: {goal} Active").format(goal=f"{f.goal_percent}%")
        if f.target_date is not None:
            goal = translate("Dashboard", "Goal: {goal} Active by {target}").format(
                goal=f"{f.goal_percent}%", target=day_text(f.target_date)
            )
        lines.append(goal)
    if forecast.velocity is not None:
        lines.append(
            translate("Dashboard", "Pace: {pace} clients Active per week (last {weeks})").format(
                pace=_decimal(forecast.velocity),
                weeks=Dashboard.tr("%n weeks", "", forecast.weeks_used),
            )
        )
    if forecast.expected is not None and forecast.status is not ForecastStatus.GOAL_MET:
        band = ""
        if forecast.earliest is not None:
            latest = (
                day_text(forecast.latest)
                if forecast.latest
                else translate("Dashboard", "not in sight")
            )
            band = translate("Dashboard", " (between {earliest} and {latest})").format(
                earliest=day_text(forecast.earliest), latest=latest
            )
        lines.append(
            translate("Dashboard", "Forecast: goal reached around {date}{band}").format(
                date=day_text(forecast.expected), band=band
            )
        )
    lines.append(
        translate("Dashboard", "Status: {status}").format(status=status_label(forecast.status))
    )
    lines.append(
        translate("Dashboard", "Moves: {week} this week (from Monday), {month} this month").format(
            week=number_text(f.moves_week), month=number_text(f.moves_month)
        )
    )
    if f.stalled is not None and f.overdue is not None:  # counted with the champions
        lines.append(
            translate(
                "Dashboard", "Stalled clients: {stalled}; overdue next actions: {overdue}"
            ).format(stalled=number_text(f.stalled), overdue=number_text(f.overdue))
        )
    if forecast.velocity is not None:
        lines.append(method_text(forecast.weeks_used or 1))
    return lines


def _decimal(value: float) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if current_language() == "nl" else text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
