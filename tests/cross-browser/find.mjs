// Finding elements the way a seller does (by role and visible name, by label,
// by text), in any engine. Puppeteer and Selenium have no getByRole, so this
// small in-page function stands in: the driver runs it, gets the element back
// and then acts on it with real input events.
//
// A query is one of:
//   { role: "button" | "link" | "heading" | "radio" | "checkbox" | "img" | "textbox", name, exact, level }
//   { label }   the form control labelled so (exact by default)
//   { text }    the innermost visible element whose text contains it (or matches it exactly with exact: true)
// `name`, `label` and `text` are strings or { regex, flags }. `target: "label"` returns
// the control's <label> instead (to click a visually hidden radio's card).

/** The in-page finder, as source for `evaluate`/`executeScript`. Returns the element or null. */
export const FIND_SOURCE = String.raw`(query) => {
  const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
  const want = query.name ?? query.label ?? query.text;
  const exact = query.exact ?? (query.label !== undefined);
  const matches = (actual) => {
    if (want && typeof want === "object") return new RegExp(want.regex, want.flags || "").test(actual);
    return exact ? actual === want : actual.includes(want);
  };
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const labelText = (el) => {
    if (el.getAttribute("aria-label")) return norm(el.getAttribute("aria-label"));
    const by = el.getAttribute("aria-labelledby");
    if (by) return norm(by.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(" "));
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(" "));
    if (el.tagName === "IMG") return norm(el.getAttribute("alt"));
    return norm(el.textContent);
  };
  const ROLES = {
    button: "button, input[type=button], input[type=submit], [role=button]",
    link: "a[href]",
    heading: "h1, h2, h3, h4, h5, h6",
    radio: "input[type=radio]",
    checkbox: "input[type=checkbox]",
    img: "img, [role=img]",
    textbox: "input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=search], textarea",
  };
  let found = null;
  if (query.role) {
    const candidates = [...document.querySelectorAll(ROLES[query.role])].filter((el) => {
      if (query.level && el.tagName !== "H" + query.level) return false;
      if (!["radio", "checkbox"].includes(query.role) && !visible(el)) return false;
      return matches(labelText(el));
    });
    found = candidates[0] ?? null;
  } else if (query.label !== undefined) {
    const controls = [...document.querySelectorAll("input, select, textarea")];
    found = controls.find((el) => (el.type === "file" || visible(el)) && matches(labelText(el))) ?? null;
  } else if (query.text !== undefined) {
    const all = [...document.body.querySelectorAll("*")].filter((el) => !["SCRIPT", "STYLE"].includes(el.tagName));
    const hits = all.filter((el) => visible(el) && matches(norm(el.textContent)));
    found = hits.find((el) => !hits.some((other) => other !== el && el.contains(other))) ?? null;
  }
  if (found && query.target === "label") found = found.labels?.[0] ?? found;
  return found;
}`;

/** Turns a RegExp in a query into something that crosses into the page. */
export function serializable(query) {
  const out = { ...query };
  for (const key of ["name", "label", "text"]) {
    if (out[key] instanceof RegExp) out[key] = { regex: out[key].source, flags: out[key].flags };
  }
  return out;
}

/** How a query reads in a failure message. */
export function describe(query) {
  const what = query.name ?? query.label ?? query.text;
  const shown = what instanceof RegExp ? String(what) : JSON.stringify(what);
  if (query.role) return `${query.role} ${shown}`;
  if (query.label !== undefined) return `field labelled ${shown}`;
  return `text ${shown}`;
}

/** What has keyboard focus: its tag, id and name, for the keyboard journey. */
export const ACTIVE_SOURCE = String.raw`() => {
  const el = document.activeElement;
  if (!el) return null;
  const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
  const name = el.getAttribute("aria-label") || (el.labels && el.labels.length ? norm(el.labels[0].textContent) : norm(el.textContent));
  return { tag: el.tagName.toLowerCase(), id: el.id, type: el.type || "", name: name.slice(0, 120), checked: !!el.checked };
}`;
