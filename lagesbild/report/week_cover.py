"""The cover of the weekly report: kommun, week, areas, overview, how the data were protected and how
the status is proposed."""

from __future__ import annotations

from lagesbild import weekly
from lagesbild.report.items import upcoming_items
from lagesbild.report.layout import MUTED, Writer
from lagesbild.report.week_data import WeeklyData
from lagesbild.swedish import date_text, number
from lagesbild.weeks import human_week


class WeeklyCover(Writer):
    """The cover page; mixed into the weekly report's writer (`week._WeeklyWriter`)."""

    data: WeeklyData

    def cover(self) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_fill_color(51, 80, 110)
        pdf.rect(0, 0, pdf.w, 9, style="F")
        pdf.set_y(20)
        self.text(12, 186, data.kommun, size=13, style="B", line=6, colour=MUTED)
        self.text(12, 186, "Lägesbild", size=28, style="B", line=12, role="H1")
        self.text(12, 186, human_week(data.week).capitalize(), size=15, line=7)
        self.text(12, 186, f"ISO-vecka {data.week}", size=9, line=5, colour=MUTED)
        pdf.set_y(pdf.get_y() + 4)
        if data.basis is not None and data.basis.note():
            title = "Inga rapporter för veckan" if not data.basis.has_data else "Ofullständig vecka"
            self.warning(
                12,
                186,
                title,
                data.basis.note() + " Inget område får status grön på det underlaget; jämför inte veckan "
                "med andra veckor som om den vore komplett.",
            )
        area_names = ", ".join(f"{a.name} ({a.kommun})" for a in data.areas) or "inga områden i databasen"
        produced = data.produced
        self.text(12, 186, f"Områden: {area_names}", size=9.5)
        self.text(
            12,
            186,
            f"Framställd {date_text(produced)} kl. {produced:%H.%M} ur granskade rapporter.",
            size=9.5,
        )
        pdf.set_y(pdf.get_y() + 5)
        self.heading(12, 186, "Översikt")
        if data.areas:
            no_gap = data.basis is None or data.basis.has_data
            rows = [
                [
                    a.name,
                    a.status + ("" if a.decided else " (förslag)"),
                    str(a.total),
                    str(a.last_total),
                    number(a.mean_total),
                    number(weekly.per_thousand(a.total, a.population)) if no_gap else "–",
                ]
                for a in data.areas
            ]
            columns = [
                ("Område", 44, "L"),
                ("Status", 42, "L"),
                ("Denna vecka", 24, "R"),
                ("Förra veckan", 24, "R"),
                ("Snitt 4 v.", 24, "R"),
                ("Per 1 000 inv.", 28, "R"),
            ]
            chips = [a.status for a in data.areas]
            shown = self.table(12, columns, rows, size=8.5, line=4, bottom=170, chips=chips)
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} områden till, se områdessidorna.", size=8.5)
            if all(a.total == 0 for a in data.areas):
                self.text(
                    12, 186, "Inga granskade händelser denna vecka i de valda områdena.", size=9, style="B"
                )
        else:
            self.text(12, 186, "Det finns inga områden i databasen. Läs in områdesindelningen först.", size=9)
        if not data.kommun_upcoming.empty:
            pdf.set_y(pdf.get_y() + 3)
            self.heading(12, 186, "Kommande händelser i hela kommunen")
            self.bullets(12, 186, upcoming_items(data.kommun_upcoming), bottom=150)
        pdf.set_y(pdf.get_y() + 8)
        self.heading(12, 186, "Så har uppgifterna skyddats")
        sensitive = ", ".join(data.sensitive_labels) or "inga"
        review = data.review
        rules = [
            "Bara granskade rapporter ingår: en samordnare har läst varje rapport innan den kommer med. "
            f"Denna vecka väntar {review['waiting']} av {review['received']} inkomna rapporter på granskning "
            "och ingår inte.",
            "En händelse som rapporterats av flera källor (t.ex. polis och bostadsbolag) räknas en gång.",
            f"Platser är generaliserade: närmaste offentliga plats eller mitten av en ruta på {data.grid_m} "
            "× "
            f"{data.grid_m} m, alltid inom händelsens eget område. Adresser och fastighetsbeteckningar visas "
            "aldrig.",
            f"Känsliga kategorier ({sensitive}) visas bara som antal per område, utan plats och utan "
            "fritext.",
            "Fritext är rensad från personuppgifter (namn, personnummer, telefonnummer, e-post, "
            "registreringsnummer, husnummer, diarienummer).",
        ]
        self.bullets(12, 186, rules, size=8.3, line=3.9, max_lines=3)
        pdf.set_y(pdf.get_y() + 2)
        self.heading(12, 186, "Hur statusförslaget tas fram", size=9.5, gap=0.5, role="H3")
        self.text(12, 186, weekly.STATUS_RULES, size=8.3, line=3.9, max_lines=5)
