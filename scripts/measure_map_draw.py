"""Time the map page's first draw for the code of each checkout given, in one run (issue 16).

    PYTHONPATH=. .venv/bin/python scripts/measure_map_draw.py BEFORE_CHECKOUT . [--kommuner 60]

For each checkout, a child process builds the dashboard's map page with that checkout's `dashboard.maps`
from the same inputs: the real RegSO areas of the first N kommuner (in code order) and about 36 random
250 m cells per area (fixed seed). Then headless Chromium opens each page from a file, three rounds
interleaved, and reports the seconds from navigation to the first animation frame after `load`, and
again after the labels' declutter. A checkout with `dashboard/map_kommuner.py` draws a view over more
kommuner than its rule allows as kommun totals (`--kommuner 290`: all of Sweden). A checkout is a
folder with `dashboard/` and `lagesbild/`, e.g.
`git archive HEAD~3 | tar -x -C /tmp/before`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BUILD = """
import sys
import numpy as np, pandas as pd
from lagesbild.kommuner import regso_layer
from dashboard import maps
kommuner, out = int(sys.argv[1]), sys.argv[2]
names = {"regsonamn": "name", "kommunkod": "kommun_code", "kommunnamn": "kommun"}
layer = regso_layer().rename(columns=names)
areas = layer[layer["kommun_code"].isin(sorted(layer["kommun_code"].unique())[:kommuner])].to_crs(3006)
areas["population"] = 1000
rng = np.random.default_rng(1)
rows = []
for name, (x0, y0, x1, y1) in zip(areas["name"], areas.geometry.bounds.itertuples(index=False)):
    east = rng.integers(int(x0 // 250), int(x1 // 250) + 1, 36)
    north = rng.integers(int(y0 // 250), int(y1 // 250) + 1, 36)
    rows += [{"cell_e": int(e), "cell_n": int(n), "count": int(rng.integers(1, 40)), "area": name}
             for e, n in zip(east, north)]
cells = pd.DataFrame(rows).drop_duplicates(["cell_e", "cell_n"])
cells["east"], cells["north"] = (cells["cell_e"] + 0.5) * 250, (cells["cell_n"] + 0.5) * 250
try:  # a checkout with the kommun view draws a view over many kommuner as kommun totals
    from dashboard import map_kommuner
except ImportError:
    map_kommuner = None
if map_kommuner is not None and map_kommuner.kommun_view(areas):
    page = maps.render_html(map_kommuner.build_kommun_map(areas, cells))
else:
    page = maps.render_html(maps.build_map(areas, cells, 250))
open(out, "w", encoding="utf-8").write(page)
print(f"{len(areas)} areas, {len(cells)} cells, {len(page.encode()) / 1e6:.2f} MB ({maps.__file__})")
"""
FRAME = (
    "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame("
    "() => done(performance.now()))))"
)


def build(checkout: Path, kommuner: int, out: Path) -> str:
    # run from the checkout: `python -c` puts the working folder first on the path
    env = {"PYTHONPATH": str(checkout.resolve()), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(kommuner), str(out)],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--kommuner", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="mapdraw-"))
    pages = {}
    for k, checkout in enumerate(args.checkouts):
        pages[str(checkout)] = folder / f"page{k}.html"
        print(checkout, build(checkout, args.kommuner, pages[str(checkout)].resolve()))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        for round_ in range(args.rounds):
            for name, path in pages.items():  # interleaved: the machine's load hits each alike
                tab = browser.new_page(viewport={"width": 1440, "height": 900})
                tab.goto(path.as_uri(), wait_until="load", timeout=600_000)
                first = float(tab.evaluate(FRAME)) / 1000
                tab.wait_for_timeout(100)
                settled = float(tab.evaluate(FRAME)) / 1000
                print(f"round {round_ + 1} {name}: first frame {first:.2f} s, labels settled {settled:.2f} s")
                tab.close()
        browser.close()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
