"""How the plan document writes dates, percentages and the summary's sentences."""

from __future__ import annotations

from datetime import date

from desktop.core.common.i18n import Context, current_language, translate
from desktop.core.dashboard.forecast import ForecastStatus, status_label
from desktop.core.plans.figures import PlanFigures

PlanPdf = Context("PlanPdf")


def month_names() -> tuple[str, ...]:
    return (
        translate("Months", "January"),
        translate("Months", "February"),
        translate("Months", "March"),
        translate("Months", "April"),
        translate("Months", "May"),
        translate("Months", "June"),
        translate("Months", "July"),
        translate("Months", "August"),
        translate("Months", "September"),
        translate("Months", "October"),
        translate("Months", "November"),
        translate("Months", "December"),
    )


def long_date(day: date | None) -> str:
    """ "2 December 2026" / "2 december 2026"."""
    if day is None:
        return ""
    return f"{day.day} {month_names()[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """The date as the language writes it in tables: 02-12-2026 (Dutch) or 2026-12-02."""
    if day is None:
        return ""
    return day.strftime("%d-%m-%Y") if current_language() == "nl" else day.isoformat()


def short_month_names() -> tuple[str, ...]:
    """The months as the language abbreviates them ("Mar" / "mrt"), not cut to three letters."""
    return (
        translate("Months", "Jan"),
        translate("Months", "Feb"),
        translate("Months", "Mar"),
        translate("Months", "Apr"),
        translate("Months", "May"),
        translate("Months", "Jun"),
        translate("Months", "Jul"),
        translate("Months", "Aug"),
        translate("Months", "Sep"),
        translate("Months", "Oct"),
        translate("Months", "Nov"),
        translate("Months", "Dec"),
    )


def month_label(day: date) -> str:
    return f"{short_month_names()[day.month - 1]} {day.year % 100:02d}"


def percent_text(value: float, decimals: int = 0) -> str:
    text = f"{value:.{decimals}f}"
    if current_language() == "nl":
        text = text.replace(".", ",")
    return f"{text}%"


def summary_sentences(figures: PlanFigures) -> list[str]:
    """The state of the project in a few plain sentences, most important first."""
    lines = [
        PlanPdf.tr("%n clients take part in this project.", "", figures.enrolled)
        + " "
        + PlanPdf.tr("Of them, %n use the portal actively ({percent}).", "", figures.active).format(
            percent=percent_text(figures.active_percent)
        )
    ]
    if figures.goal_percent is None:
        lines.append(translate("PlanPdf", "No goal has been set for this project yet."))
    else:
        goal = percent_text(figures.goal_percent)
        if figures.target_date is not None:
            lines.append(
                translate("PlanPdf", "The goal is {goal} active by {date}.").format(
                    goal=goal, date=long_date(figures.target_date)
                )
            )
        else:
            lines.append(translate("PlanPdf", "The goal is {goal} active.").format(goal=goal))
        lines.append(_forecast_sentence(figures))
    return lines


def _forecast_sentence(figures: PlanFigures) -> str:
    """The dashboard's forecast in words: the same date and the same verdict."""
    forecast = figures.forecast
    status = forecast.status
    if status is ForecastStatus.GOAL_MET:
        return translate("PlanPdf", "The goal has been reached.")
    if status is ForecastStatus.NO_DATA:
        return translate("PlanPdf", "A forecast needs at least a week of history.")
    verdict = status_label(status)
    if forecast.expected is None:
        return translate(
            "PlanPdf", "At the pace of recent weeks the goal is not reached: {status}."
        ).format(status=verdict)
    text = PlanPdf.tr(
        "At the pace of the last %n weeks the goal is reached around {date}",
        "",
        forecast.weeks_used,
    ).format(date=long_date(forecast.expected))
    if figures.target_date is None:
        return text + "."
    late = (forecast.expected - figures.target_date).days
    if late > 0:
        text += PlanPdf.tr(", %n weeks after the target date", "", max(late // 7, 1))
    return text + f": {verdict}."
