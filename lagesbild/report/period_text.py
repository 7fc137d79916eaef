"""The Swedish sentences of the tertial and annual report: changes, highlights, rules and method notes."""

from __future__ import annotations

import datetime as dt

import numpy as np

from lagesbild.analysis.measures import CAVEAT, MIN_EVENTS, MeasureEffect
from lagesbild.report.period_data import TIME_BANDS, TREND_ALPHA, PeriodData
from lagesbild.report.period_followup import COMPLETENESS_SHARE, MEASURE_WEEKS_BEFORE
from lagesbild.swedish import date_text, number, plural, signed, weekday_name
from lagesbild.vocabulary import Flag

FLAG_TEXT: dict[str, str] = {Flag.RISE: "ökning ▲", Flag.FALL: "minskning ▼"}
PERCENT_FROM = 10  # below this many last year, a change is shown as a difference, not a percentage


def change_text(now: int, before: int) -> str:
    """'+25 %' against last year, or '+3' when last year had fewer than ten (a percentage of a small
    number says little: 2 → 4 is +100 %)."""
    if before >= PERCENT_FROM:
        return signed(100.0 * (now - before) / before, unit=" %")
    return signed(float(now - before))


def day_month(day: dt.date) -> str:
    return date_text(day)


def _pct(value: float) -> str:
    return signed(100.0 * value, unit=" %")


def enough(e: MeasureEffect) -> bool:
    """As in `evaluate_measure`: a verdict needs MIN_EVENTS incidents in the treated and in the comparison
    areas."""
    treated = e.treated_before * len(e.before_weeks) + e.treated_after * len(e.after_weeks)
    comparison = e.comparison_before * len(e.before_weeks) + e.comparison_after * len(e.after_weeks)
    return treated >= MIN_EVENTS - 1e-9 and comparison >= MIN_EVENTS - 1e-9


def effect_line(e: MeasureEffect) -> str:
    """'Effekt: −42 % (−66 % till −3 %), statistiskt säker' for the heading of a measure's follow-up."""
    verdict = "statistiskt säker" if e.significant else "inte statistiskt säker"
    return f"Effekt: {_pct(e.relative_effect)} ({_pct(e.ci_low)} till {_pct(e.ci_high)}), {verdict}."


def peak_text(grid: np.ndarray) -> str:
    if grid.sum() == 0:
        return "Inga händelser med klockslag."
    day, band = np.unravel_index(int(np.argmax(grid)), grid.shape)
    step = 24 // TIME_BANDS
    start = int(band) * step
    return f"Flest: {weekday_name(int(day))} kl. {start:02d}–{start + step:02d} ({int(grid[day, band])})."


def highlights(data: PeriodData) -> list[str]:
    """One line per area: count, rate, trend against last year, decided red weeks, notable categories."""
    lines = []
    for area in data.areas:
        text = f"{area.name}: {number(area.total, 0)} händelser"
        if area.rate is not None:
            text += f", {number(area.rate)} per 1 000 invånare"
        if data.has_last_year:
            text += f" ({change_text(area.total, area.last_total)} mot samma period i fjol"
            text += {Flag.RISE.value: ", en ökning", Flag.FALL.value: ", en minskning"}.get(
                area.trend, ""
            ) + ")"
        text += f"; {plural(area.red_weeks, 'vecka', 'veckor')} med beslutad röd status."
        rises = area.categories[area.categories["flag"] == Flag.RISE]
        falls = area.categories[area.categories["flag"] == Flag.FALL]
        for label, part in (("Fler än i fjol", rises), ("Färre än i fjol", falls)):
            if len(part):
                items = [
                    f"{r.label} ({r.last_year} → {r.count})" for r in part.head(3).itertuples(index=False)
                ]
                text += f" {label}: {', '.join(items)}."
        if area.changes:
            text += f" {plural(len(area.changes), 'kategori', 'kategorier')} med flaggade veckor."
        lines.append(text)
    return lines


def protection_rules(data: PeriodData) -> list[str]:
    sensitive = ", ".join(data.sensitive_labels) or "inga"
    return [
        "Bara granskade rapporter ingår, och en händelse som rapporterats av flera källor räknas en gång.",
        f"Platser är generaliserade: rutor på {data.grid_m} × {data.grid_m} m inom händelsens eget område, "
        "namngivna efter närmaste offentliga plats. Adresser och fastighetsbeteckningar visas aldrig.",
        f"Känsliga kategorier ({sensitive}) visas bara som antal per område: inte på kartan, inte "
        "bland platserna "
        "och inte i tidsmönstret.",
        "Rapporten visar ingen fritext ur rapporterna. Text som skrivits in i systemet "
        "(insatsernas rubriker, "
        "ansvariga och uppföljning) är rensad från personuppgifter.",
    ]


def method_notes(data: PeriodData) -> list[str]:
    return [
        "Rangordning: händelser per 1 000 invånare under perioden (invånarantal från områdesindelningen); "
        "vid lika avgör antalet veckor med beslutad röd status, sedan antalet händelser.",
        "Jämförelse med i fjol: samma datum ett år tidigare. ▲/▼ när ett exakt test för två Poissonantal "
        f"(binomialtest med periodernas längd) ger p < {number(TREND_ALPHA, 2)}; en ökning kräver minst tre "
        f"händelser. Förändringen visas i procent när i fjol hade minst {PERCENT_FROM} händelser, annars som "
        "skillnad i antal.",
        "Veckor med ovanligt många eller få: varje vecka och kategori jämförs med de fyra veckorna innan "
        "(larm när så många händer av en slump mer sällan än en gång på 200 veckor), med en CUSUM över en "
        "stadigare tolvveckorsperiod och, när ett års historik finns, med samma veckor i fjol, så att "
        "återkommande toppar (högtider) inte larmar.",
        f"Platser: händelserna räknas i rutor på {data.grid_m} m per område; Getis–Ord Gi* med 999 "
        "permutationer jämför rutan och dess grannar med resten av området. Rutorna namnges efter närmaste "
        "offentliga plats i områdets ortsregister (högst 1 km bort).",
        "Insatser: skillnad-i-skillnader på veckoantal i insatsens kategori, "
        f"{MEASURE_WEEKS_BEFORE} veckor före "
        "start mot veckorna därefter, mot alla andra områden; 95 % konfidensintervall med bootstrap över "
        f"veckor. Med färre än {MIN_EVENTS} händelser ges inget omdöme. {CAVEAT}",
        "Ofullständiga veckor: en organisation som rapporterat minst "
        f"{number(100 * COMPLETENESS_SHARE, 0)} % av "
        "veckorna förväntas varje vecka; en vecka utan dess rapport kan ha för låga siffror.",
    ]
