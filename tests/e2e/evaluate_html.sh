#!/usr/bin/env bash
# lac evaluate --format html: one self-contained page for a commissioner. Its structure is
# read with Python's html.parser (not its pixels): every chart an inline <svg> with a title
# and text on it, no scripts, nothing fetched from elsewhere, every section there, and small
# figures said to be about fewer than min_cell people rather than shown.
. "$(dirname "$0")/lib.sh"

# check_page FILE [--charts N] [--months N] [--suppressed ROW]…: the page read with
# html.parser. ROW names a table row (its <th>) whose figures must say "fewer than 5
# people" and show no count.
check_page() {
  python3 - "$@" <<'PY' || fail "the page $1 (see above)"
import re, sys
from html.parser import HTMLParser

path, args = sys.argv[1], sys.argv[2:]
want = {"charts": None, "months": None, "suppressed": [], "made": None, "sustained": None}
while args:
    key, value, args = args[0].lstrip("-"), args[1], args[2:]
    if key == "suppressed": want[key].append(value)
    elif key in ("made", "sustained"): want[key] = dict(kv.split("=") for kv in value.split(",") if kv)
    else: want[key] = int(value)

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.svgs, self.h2, self.rows, self.faults = [], [], [], [], []
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "link", "img", "iframe", "object", "embed", "base", "use", "image"):
            self.faults.append(f"<{tag}> on a page that must stand alone")
        for name, value in attrs:
            if name.startswith("on"): self.faults.append(f"an event handler {name}")
            if value and re.search(r"https?:|url\(|//", value): self.faults.append(f"a reference out: {name}={value}")
        if tag == "svg":
            figure = [t for t, _ in self.stack if t == "figure"]
            self.svgs.append({"in_figure": bool(figure), "first": None, "title": "", "texts": [], "bars": []})
        elif self.svgs and any(t == "svg" for t, _ in self.stack) and self.svgs[-1]["first"] is None:
            self.svgs[-1]["first"] = tag
        if tag == "tr": self.rows.append({"th": "", "td": []})
        if tag == "td" and self.rows: self.rows[-1]["td"].append("")
        if tag not in ("meta", "br", "line"): self.stack.append((tag, dict(attrs)))
    def handle_endtag(self, tag):
        while self.stack and self.stack[-1][0] != tag: self.stack.pop()
        if self.stack: self.stack.pop()
    def handle_data(self, data):
        if re.search(r"https?://|@import|url\(", data): self.faults.append(f"a reference out: {data.strip()[:60]}")
        if not self.stack: return
        tag = self.stack[-1][0]
        if tag == "title" and len(self.stack) > 1 and self.stack[-2][0] == "svg": self.svgs[-1]["title"] += data
        if tag == "title" and len(self.stack) > 1 and self.stack[-2][0] == "rect": self.svgs[-1]["bars"].append(data)
        if tag == "text" and self.svgs: self.svgs[-1]["texts"].append(data.strip())
        if tag == "h2": self.h2.append(data.strip())
        if tag == "th" and self.rows: self.rows[-1]["th"] += data
        if tag == "td" and self.rows and self.rows[-1]["td"]: self.rows[-1]["td"][-1] += data

html = open(path, encoding="utf-8").read()
assert html.startswith("<!DOCTYPE html>"), "not an html page"
page = Page()
page.feed(html)
faults = page.faults
for h in ["Reach", "Goals by life area", "Connections", "Contributions", "Avoided crises", "Wellbeing",
          "Social return", "Co-production", "How these figures were worked out"]:
    if h not in page.h2: faults.append(f"no section '{h}' (sections: {page.h2})")
for i, svg in enumerate(page.svgs):
    if svg["first"] != "title" or not svg["title"].strip(): faults.append(f"chart {i + 1} has no <title> first")
    if len([t for t in svg["texts"] if t]) < 3: faults.append(f"chart {i + 1} has no labels: {svg['texts']}")
    if not svg["in_figure"]: faults.append(f"chart {i + 1} is not in a <figure>")
if want["charts"] is not None and len(page.svgs) != want["charts"]:
    faults.append(f"{len(page.svgs)} charts, not {want['charts']}")
if want["months"] is not None:
    months = [s for s in page.svgs if s["title"].startswith("Connections")]
    names = [t for t in months[0]["texts"] if t in "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()] if months else []
    if len(names) != want["months"]: faults.append(f"the connections chart names {len(names)} months: {names}")
months = "January February March April May June July August September October November December".split()
for series, words in (("made", "connections made"), ("sustained", "reached sustained")):
    if want[series] is None: continue
    chart = [s for s in page.svgs if s["title"].startswith("Connections")][0]
    drawn = {}
    for bar in chart["bars"]:
        m = re.fullmatch(r"(\w+) (\d{4}): (\d+) " + words, bar)
        if m and m[3] != "0": drawn[f"{m[2]}-{months.index(m[1]) + 1:02}"] = m[3]
    if drawn != want[series]: faults.append(f"connections {series} by month: drawn {drawn}, recorded {want[series]}")
for label in want["suppressed"]:
    rows = [r for r in page.rows if r["th"].strip() in label.split("|")]
    if not rows: faults.append(f"no row '{label}'")
    for r in rows:
        cells = " ".join(r["td"])
        if "fewer than 5 people" not in cells or re.search(r"[0-46-9]", cells):
            faults.append(f"row '{label}' shows '{cells}', not 'fewer than 5 people'")
for f in faults: print("evaluate_html:", f, file=sys.stderr)
sys.exit(1 if faults else 0)
PY
}

step="a demo team's year: the headline, every section, three labelled charts"
ok demo --coordinators 9 --weeks 60 --seed 7
ok evaluate --year 2026 --format html -o "$work/year.html"
by_month() { db_query "SELECT m || '=' || n FROM ($1 GROUP BY 1 ORDER BY 1) AS months" | paste -sd,; }
made=$(by_month "SELECT substr(made_on, 1, 7) m, count(*) n FROM connection WHERE made_on LIKE '2026-%'")
sustained=$(by_month "SELECT substr(on_date, 1, 7) m, count(DISTINCT connection_id) n FROM connection_change WHERE status = 'sustained' AND on_date LIKE '2026-%'")
[ -n "$made" ] && [ -n "$sustained" ] || fail "the demo made no connections to draw"
check_page "$work/year.html" --charts 3 --months 11 --made "$made" --sustained "$sustained"
page=$(cat "$work/year.html")
for words in "for each £1 spent" "Team:</strong> every team in this database" "1 January 2026 to 23 November 2026 (the year 2026 so far)" \
  "Avoided value by budget holder" "Wellbeing before and after" "Connections made and sustained, month by month" \
  "lower is better" "Deadweight" "ONS series YBGB" "HM Treasury, Wellbeing Guidance for Appraisal" \
  "site assumption" "possible 0.25, likely 0.5, certain 1" "Site assumptions.</b>" "value for each £1 spent" \
  "net value in the first year" "present value"; do
  [[ "$page" == *"$words"* ]] || fail "the page lacks: $words"
done
team=$(db_query "SELECT team FROM coordinator LIMIT 1")
ok evaluate --from 2025-11-24 --to 2026-11-23 --team "$team" --format html
[[ "$out" == *"Team:</strong> $team"* && "$out" == *"(365 days)"* ]] || fail "the team and period are not named"
printf '%s' "$out" >"$work/team.html"
check_page "$work/team.html" --charts 3 --months 13

step="small figures say 'fewer than 5 people', never a count"
LAC_DB=$(new_db small)
make_team
ok person add "Mary O'Brien" --on 2026-01-05
ok person add "Tom Reid" --on 2026-01-05
ok wellbeing Mary --life 3 --worthwhile 4 --happy 4 --anxious 8 --on 2026-01-12
ok wellbeing Mary --life 6 --worthwhile 6 --happy 7 --anxious 4 --on 2026-06-01
ok wellbeing Tom --life 5 --worthwhile 5 --happy 5 --anxious 6 --on 2026-01-12
ok wellbeing Tom --life 6 --worthwhile 6 --happy 5 --anxious 5 --on 2026-06-01
ok avoid Mary residential-care --quantity 2 --on 2026-03-02 -m "Was looking at care homes"
ok evaluate --year 2026 --format html -o "$work/small.html"
check_page "$work/small.html" --suppressed "people walked alongside" --suppressed "Life satisfaction" \
  --suppressed "adult social care" --suppressed "Anxiety (lower is better)"
grep -q "fewer than 5 people</text>" "$work/small.html" || fail "the charts do not say the figures are withheld"
pass
