"""What the app adds to Streamlit's page for WCAG 2.1 AA (see docs/accessibility.md).

Streamlit renders `<html lang="en">`, an English label on its page navigation and a section list
whose markup is not a valid list, and gives focused links only a faint tint. None of that is a
setting, so one small script and a style sheet fix it in the page itself, once per session:

- `lang="sv"` on the document (WCAG 3.1.1), kept if Streamlit ever resets it;
- the navigation: a Swedish label, the sections as labelled groups of links instead of `<li>`
  elements inside `<div>`s in a `<ul>` (1.3.1);
- a visible focus ring on everything that takes focus (2.4.7), in the theme's primary colour,
  3:1 or more against white and the sidebar;
- Streamlit's own English labels (skip link, "Clear all", "Download as CSV", …) in Swedish (3.1.2),
  re-applied when Streamlit redraws them.

The script runs in the app's own page (st.html with JavaScript), touches only attributes, and
makes no request. Charts' own aria texts (Vega) stay English: see docs/accessibility.md. Streamlit passes it
through DOMPurify, which drops a script whose text contains
"<" followed by a letter (even in a comment): keep markup out of SCRIPT (a test checks).
"""

from __future__ import annotations

import json
import re

import streamlit as st

FOCUS = "#1f5f8b"  # the theme's primaryColor: 6.8:1 on white

STYLE = f"""
<style>
  a:focus-visible, button:focus-visible, [role="tab"]:focus-visible, summary:focus-visible,
  input:focus-visible, textarea:focus-visible, [tabindex]:focus-visible,
  [data-testid="stSidebarNavLink"]:focus-visible {{
    outline: 3px solid {FOCUS} !important;
    outline-offset: 2px !important;
  }}
</style>
"""

# Streamlit's own English labels (aria-label, placeholder, title, link text) in Swedish (WCAG 3.1.2).
# Exact texts, and prefixes followed by the app's own label ("Remove Älta").
LABELS = {
    "Skip to main content": "Hoppa till huvudinnehållet",
    "Sidebar": "Sidopanel",
    "Collapse sidebar": "Fäll ihop sidopanelen",
    "Expand sidebar": "Fäll ut sidopanelen",
    "Link to heading": "Länk till rubriken",
    "Choose an option": "Välj",
    "Choose options": "Välj",
    "Open": "Öppna",
    "Close": "Stäng",
    "Selected values": "Valda värden",
    "Clear all": "Rensa alla",
    "Clear value": "Rensa",
    "Show/hide columns": "Visa/dölj kolumner",
    "Download as CSV": "Ladda ner som CSV",
    "Search": "Sök",
    "Fullscreen": "Helskärm",
    "Close fullscreen": "Stäng helskärm",
    "Show data": "Visa data",
    "Download as PNG": "Spara diagrammet som PNG",  # not the app's own "Ladda ner som PNG" button
    "Copy Vega-Lite spec": "Kopiera Vega-Lite-specifikationen",
    "Vega visualization": "Diagram",
    "Main menu": "Huvudmeny",
}
PREFIXES = {"Remove ": "Ta bort ", "Help for ": "Hjälp om "}

SCRIPT = """
<script>
(() => {
  const doc = window.document;
  if (doc.documentElement.dataset.lagesbildA11y) { return; }
  doc.documentElement.dataset.lagesbildA11y = "1";
  const labels = LABELS_JSON;
  const prefixes = PREFIXES_JSON;
  const swedish = (text) => {
    if (Object.prototype.hasOwnProperty.call(labels, text)) { return labels[text]; }
    for (const [english, svenska] of Object.entries(prefixes)) {
      if (text.startsWith(english)) { return svenska + text.slice(english.length); }
    }
    return null;
  };
  const translate = () => {
    doc.querySelectorAll("[aria-label], [placeholder], [title]").forEach((element) => {
      for (const name of ["aria-label", "placeholder", "title"]) {
        const value = element.getAttribute(name);
        const fixed = value ? swedish(value) : null;
        if (fixed && fixed !== value) { element.setAttribute(name, fixed); }
      }
    });
    doc.querySelectorAll("a, button").forEach((element) => {
      if (element.children.length === 0) {
        const fixed = swedish(element.textContent);
        if (fixed) { element.textContent = fixed; }
      }
    });
  };
  const fixNavigation = () => {
    const nav = doc.querySelector('[data-testid="stSidebarNav"]');
    if (!nav) { return; }
    if (nav.getAttribute("aria-label") !== "Sidor") { nav.setAttribute("aria-label", "Sidor"); }
    const list = nav.querySelector('[data-testid="stSidebarNavItems"]');
    if (!list) { return; }
    const sections = list.querySelectorAll(":scope > div");
    if (sections.length === 0) { return; }  // no sections: a plain list of links, valid as it is
    if (list.getAttribute("role") !== "none") { list.setAttribute("role", "none"); }
    sections.forEach((section) => {
      const header = section.querySelector('[data-testid="stNavSectionHeader"]');
      const name = header
        ? header.textContent.replace("expand_more", "").replace("expand_less", "").trim()
        : "";
      if (section.getAttribute("role") !== "group") { section.setAttribute("role", "group"); }
      if (name && section.getAttribute("aria-label") !== name) { section.setAttribute("aria-label", name); }
      section.querySelectorAll(":scope > li").forEach((item) => {
        if (item.getAttribute("role") !== "none") { item.setAttribute("role", "none"); }
      });
    });
  };
  let queued = false;
  const fix = () => {
    queued = false;
    if (doc.documentElement.lang !== "sv") { doc.documentElement.lang = "sv"; }
    fixNavigation();
    translate();
  };
  fix();
  new MutationObserver(() => {
    if (!queued) { queued = true; window.requestAnimationFrame(fix); }
  }).observe(doc.body, {
    childList: true, subtree: true, characterData: true,
    attributes: true, attributeFilter: ["aria-label", "placeholder", "title"],
  });
})();
</script>
""".replace("LABELS_JSON", json.dumps(LABELS, ensure_ascii=False)).replace(
    "PREFIXES_JSON", json.dumps(PREFIXES, ensure_ascii=False)
)


def script_is_kept() -> bool:
    """DOMPurify (SAFE_FOR_XML) removes an element whose content has `<x`, `</`, `]>` or `-->`."""
    body = SCRIPT.removeprefix("\n<script>").removesuffix("</script>\n")
    return re.search(r"<[/\w!]|(--!?|\])>", body) is None


def apply() -> None:
    """Add the style and the script to the page (call once per run, before the page runs)."""
    st.html(STYLE + SCRIPT, unsafe_allow_javascript=True)
