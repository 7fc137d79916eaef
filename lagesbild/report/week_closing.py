"""The closing page of the weekly report: who reported this week and who fell silent, how a rise or fall
is read, and the sources' completeness."""

from __future__ import annotations

from lagesbild.report.layout import MUTED, SOURCE_NAMES, Writer, free_text
from lagesbild.report.week_data import SOURCE_WEEKS, WeeklyData
from lagesbild.swedish import plural


class WeeklyClosing(Writer):
    """The closing page; mixed into the weekly report's writer (`week._WeeklyWriter`)."""

    data: WeeklyData

    def closing(self) -> None:
        data, pdf = self.data, self.pdf
        pdf.add_page()
        pdf.set_y(12)
        self.text(12, 186, "Källor och fullständighet", size=16, style="B", line=8, role="H1")
        pdf.set_y(pdf.get_y() + 2)
        self.text(
            12,
            186,
            "Siffrorna bygger på granskade rapporter; en händelse som rapporterats av flera källor räknas en "
            "gång.",
            size=9.5,
            style="B",
        )
        review = data.review
        self.text(
            12,
            186,
            f"Denna vecka kom {plural(review['received'], 'rapport', 'rapporter')} in. {review['reviewed']} "
            "är granskade, varav "
            f"{review['reviewed_duplicates']} var samma händelse som en annan källa redan rapporterat; "
            f"{review['waiting']} väntar på granskning och ingår inte i siffrorna.",
            size=9,
        )
        pdf.set_y(pdf.get_y() + 4)
        self.heading(12, 186, "Organisationer som rapporterat denna vecka")
        if data.reporting.empty:
            self.text(12, 186, "Ingen organisation har rapporterat denna vecka.", size=9)
        else:
            rows = [
                [free_text(r.organisation), SOURCE_NAMES.get(r.source, r.source), str(int(r.count))]
                for r in data.reporting.itertuples(index=False)
            ]
            shown = self.table(
                12,
                [("Organisation", 110, "L"), ("Källa", 40, "L"), ("Rapporter", 36, "R")],
                rows,
                size=8.3,
                line=3.8,
                max_lines=1,
                bottom=150,
            )
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} organisationer till.", size=8)
        pdf.set_y(pdf.get_y() + 4)
        self.heading(
            12, 186, f"Har rapporterat under de {SOURCE_WEEKS} föregående veckorna men inte denna vecka"
        )
        if data.silent.empty:
            self.text(
                12,
                186,
                f"Alla som rapporterat under de {SOURCE_WEEKS} föregående veckorna har rapporterat "
                "även denna vecka.",
                size=9,
            )
        else:
            rows = [
                [free_text(r.organisation), SOURCE_NAMES.get(r.source, r.source), str(r.last_week)]
                for r in data.silent.itertuples(index=False)
            ]
            shown = self.table(
                12,
                [("Organisation", 110, "L"), ("Källa", 40, "L"), ("Senast (vecka)", 36, "L")],
                rows,
                size=8.3,
                line=3.8,
                max_lines=1,
                bottom=225,
            )
            if shown < len(rows):
                self.text(12, 186, f"… och {len(rows) - shown} organisationer till.", size=8)
            self.text(
                12,
                186,
                "Saknas en källa kan veckans siffror vara för låga i dess områden.",
                size=8,
                colour=MUTED,
            )
        pdf.set_y(pdf.get_y() + 6)
        self.heading(12, 186, "Så läses ökning och minskning", size=9.5, gap=0.5)
        self.text(
            12,
            186,
            "Procent säger lite om små tal: 2 → 4 händelser är +100 % men kan vara slumpen. Veckans antal "
            "jämförs "
            "därför med snittet för de fyra veckorna innan med en z-poäng för räknedata, z = 2·(√antal − "
            "√snitt). "
            "Ökning (▲) markeras när z ≥ 2 och antalet är minst 3, minskning (▼) när z ≤ −2; det händer "
            "ungefär "
            "en vecka av tjugo av en slump i varje ruta.",
            size=8.3,
            line=3.9,
            max_lines=6,
        )
        pdf.set_y(pdf.get_y() + 2)
        self.text(
            12,
            186,
            "Framställd med Lägesbild, öppen källkod för EST-arbetet (Effektiv samordning för trygghet).",
            size=7.5,
            colour=MUTED,
        )
