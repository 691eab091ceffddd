// Finds English left on a page a Chinese-speaking seller sees: visible text,
// the tab title, option labels and the accessible names and hints that a
// screen reader speaks (aria-label, title, alt, placeholder).

import assert from "node:assert/strict";

/**
 * Latin words a Chinese page may show: the product's name, identifier kinds,
 * file formats and units, and each language named in itself (the switches).
 * Anything else in Latin letters is English left untranslated.
 */
export const ALLOWED = new Set([
  "Case Desk", "CD", "English",
  "ASIN", "ASINs", "SKU", "FNSKU", "A-to-z", "POA",
  "JSON", "PDF", "PNG", "JPEG", "JPG", "GIF", "WebP", "TXT", "CSV",
  "KB", "MB", "GB", "URL", "UTC", "GMT", "IP",
  // Browsers and keys by the names on them (not 谷歌浏览器, 退出键).
  "Chrome", "Edge", "Firefox", "Safari", "Esc",
]);

const PHRASES = [...ALLOWED].filter((w) => w.includes(" "));

/** What the page shows and says, as [where, text] pairs, and the texts marked as another language. */
async function pageTexts(page) {
  return page.evaluate(() => {
    const out = [["title", document.title], ["text", document.body.innerText]];
    for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder], [aria-description]")) {
      for (const attr of ["aria-label", "title", "alt", "placeholder", "aria-description"]) {
        const value = el.getAttribute(attr);
        if (value) out.push([attr, value]);
      }
    }
    for (const option of document.querySelectorAll("option")) out.push(["option", option.textContent]);
    // Text marked as another language (the message to Amazon in English, a
    // quote of it) is meant to be in that language.
    const foreign = [...document.querySelectorAll("body [lang]")]
      .filter((el) => !el.lang.startsWith("zh"))
      .map((el) => el.innerText || el.textContent);
    return { out, foreign };
  });
}

/**
 * The English words on the page, each with the line it was found on.
 * `data` lists what the seller typed or attached (their text is theirs).
 */
export async function englishOn(page, { data = [] } = {}) {
  const found = [];
  const { out, foreign } = await pageTexts(page);
  const skip = [...foreign.flatMap((t) => t.split("\n")).map((t) => t.trim()).filter(Boolean), ...data, ...PHRASES];
  for (const [source, text] of out) {
    for (let line of text.split("\n")) {
      const original = line;
      for (const phrase of skip) line = line.split(phrase).join(" ");
      for (const word of line.match(/[A-Za-z][A-Za-z0-9'’._@/-]*/g) ?? []) {
        const bare = word.replace(/[.'’_/-]+$/, "");
        // Identifiers (B08N5WRWNW, FBA15XYZ…) carry digits, addresses an @; words neither.
        if (/[\d@]/.test(bare) || ALLOWED.has(bare)) continue;
        found.push(`${bare}  ←  ${source}: ${original.trim().slice(0, 120)}`);
      }
    }
  }
  return [...new Set(found)];
}

/** Fails with every English word left on the page, and where. */
export async function expectNoEnglish(page, screen, options) {
  const left = await englishOn(page, options);
  assert.deepEqual(left, [], `English left on "${screen}":\n  ${left.join("\n  ")}`);
}
