// Driving the Contact Us flow the way a seller does, for the specs.

import assert from "node:assert/strict";
import { expectAccessible } from "./harness.mjs";

/**
 * Walks the flow from /new to the saved case page.
 * `identifiers` maps a field label (e.g. "Order ID (required)") to its value;
 * `contact` fills the chosen method's fields; `axe` checks every step.
 */
export async function openCaseThroughFlow(page, baseUrl, {
  type = "Orders and returns",
  problem = "Buyer received a damaged item",
  method = "Email",
  contact = { "Reply-to email": "cases@shop.example" },
  subject = "Order 112-4738291-5047863 arrived damaged",
  identifiers = { "Order ID (required)": "112-4738291-5047863" },
  description = "The buyer sent photos of a crushed box on 20 November. Could you please advise?",
  axe = false,
} = {}) {
  await page.goto(`${baseUrl}new`);
  await page.getByRole("heading", { name: "Open a new case" }).waitFor();
  await page.getByText("Step 1 of 5: Problem type").waitFor();
  if (axe) await expectAccessible(page, "step 1");
  await page.getByRole("radio", { name: type }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await page.getByText("Step 2 of 5: Specific problem").waitFor();
  await page.getByRole("radio", { name: problem }).check();
  if (axe) await expectAccessible(page, "step 2");
  await page.getByRole("button", { name: "Continue" }).click();

  await page.getByText("Step 3 of 5: Contact method").waitFor();
  await page.getByRole("radio", { name: method }).check();
  for (const [label, value] of Object.entries(contact)) {
    if (label === "Preferred time for the call") await page.getByLabel(label).selectOption({ label: value });
    else await page.getByLabel(label).fill(value);
  }
  if (axe) await expectAccessible(page, "step 3");
  await page.getByRole("button", { name: "Continue" }).click();

  await page.getByText("Step 4 of 5: Details").waitFor();
  await page.getByLabel("Subject").fill(subject);
  for (const [label, value] of Object.entries(identifiers)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel("Description").fill(description);
  if (axe) await expectAccessible(page, "step 4");
  await page.getByRole("button", { name: "Continue to review" }).click();

  await page.getByText("Step 5 of 5: Review and send").waitFor();
  if (axe) await expectAccessible(page, "step 5");
  await page.getByRole("button", { name: "I've sent it: save the case" }).click();
  await page.getByRole("heading", { level: 1, name: subject }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/case-desk\/cases\/[0-9a-f]{24}$/);
  return new URL(page.url()).pathname;
}

/** Goes through steps 1–3 (email) and stops on the details step. */
export async function toDetails(page, baseUrl, { type = "Orders and returns", problem = "Buyer received a damaged item" } = {}) {
  await page.goto(`${baseUrl}new`);
  await page.getByRole("radio", { name: type }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("radio", { name: problem }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("radio", { name: "Email" }).check();
  await page.getByLabel("Reply-to email").fill("cases@shop.example");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByText("Step 4 of 5: Details").waitFor();
}

/** Steps 1–4 with a complete details step (subject, order ID, description), then on to the review. */
export async function toReview(page, baseUrl) {
  await toDetails(page, baseUrl);
  await fillDetails(page);
  await page.getByRole("button", { name: "Continue to review" }).click();
  await page.getByText("Step 5 of 5: Review and send").waitFor();
}

/** Fills the details step's required fields, as a seller with one damaged order would. */
export async function fillDetails(page) {
  await page.getByLabel("Subject").fill("Mug arrived broken");
  await page.getByLabel("Order ID (required)").fill("112-4738291-5047863");
  await page.getByLabel("Description").fill("The buyer sent photos of a crushed box on 20 November.");
}
