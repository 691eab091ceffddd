// The Contact Us flow, driven by labels and button names: every contact
// method, every validator's refusal, the precautions, duplicates, drafts and
// a keyboard-only run.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, openPage, useSuite, waitForApp } from "./harness.mjs";
import { fillDetails, openCaseThroughFlow, toDetails as toDetailsStep, toReview } from "./flow.mjs";

const suite = useSuite();

/** Steps 1–3 done, on the details step. */
function toDetails(page, options) {
  return toDetailsStep(page, suite.baseUrl, options);
}

/** The error text tied to a control by aria-describedby. */
async function errorOf(locator) {
  const ids = (await locator.getAttribute("aria-describedby")).split(" ");
  const page = locator.page();
  for (const id of ids) {
    if (id.endsWith("-error")) return (await page.locator(`#${id}`).textContent()).trim();
  }
  return "";
}

describe("a complete case through each contact method", () => {
  it("by email, with the message copied and Amazon's case ID recorded", async () => {
    const { page, context, guards } = await openPage(suite, { clipboard: true });
    await page.goto(`${suite.baseUrl}new`);
    await page.getByRole("radio", { name: "Orders and returns" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("radio", { name: "Buyer received a damaged item" }).check();
    // The self-help hint appears once the problem is chosen.
    await page.getByText("Check the buyer's return request first").waitFor();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("radio", { name: "Email" }).check();
    await page.getByLabel("Reply-to email").fill("cases@shop.example");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Subject").fill("Order 112-4738291-5047863 arrived damaged");
    await page.getByLabel("Order ID (required)").fill("112-4738291-5047863");
    await page.getByLabel("ASIN (if you have it)").fill("b0c7xk2m9q");
    await page.getByLabel("Description").fill("The buyer sent photos of a crushed box.");
    await page.getByLabel("This is urgent").check();
    await page.getByRole("button", { name: "Continue to review" }).click();
    await page.getByText("Step 5 of 5: Review and send").waitFor();
    await page.getByText("Email, replies to cases@shop.example").waitFor();
    await page.getByText("Order ID 112-4738291-5047863, ASIN B0C7XK2M9Q").waitFor();

    await page.getByRole("button", { name: "Copy message" }).click();
    await page.getByText("Message copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Hello Selling Partner Support,\n\nOrder 112-4738291-5047863 \(ASIN B0C7XK2M9Q\) reached the buyer damaged\./);
    assert.match(copied, /The buyer sent photos of a crushed box\./);
    await page.getByRole("button", { name: "Copy subject" }).click();
    await page.getByText("Subject copied").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "Order 112-4738291-5047863 arrived damaged");
    await expectAccessible(page, "review with copy confirmation");

    await page.getByRole("button", { name: "I've sent it: save the case" }).click();
    await page.getByRole("heading", { level: 1, name: "Order 112-4738291-5047863 arrived damaged" }).waitFor();
    await page.getByText("Sent to Amazon by email").waitFor();
    await page.getByText("Urgent", { exact: true }).waitFor();
    assert.match(await page.getByRole("timer").textContent(), /^(23:59:\d\d|24:00:00) left · due \w{3} \d\d:\d\d$/);

    const caseId = page.getByLabel("Case ID from Amazon's confirmation");
    await caseId.fill("12-34");
    await page.getByRole("button", { name: "Save case ID" }).click();
    assert.match(await errorOf(caseId), /8 to 14 digits/);
    await expectAccessible(page, "case page with a case ID error");
    await caseId.fill("12345678901");
    await page.getByRole("button", { name: "Save case ID" }).click();
    await page.getByText("Amazon case ID recorded: 12345678901").waitFor();
    assert.equal(await errorOf(caseId), "");
    await page.reload();
    await page.getByText("Amazon case ID recorded: 12345678901").waitFor();
    guards.check();
    await context.close();
  });

  it("by phone, with country code, number and callback window", async () => {
    const { page, context, guards } = await openPage(suite);
    await openCaseThroughFlow(page, suite.baseUrl, {
      type: "FBA inventory and shipments",
      problem: "Shipment received with fewer units than sent",
      method: "Phone",
      contact: { "Country code": "+44", "Phone number": "20 7946 0958", "Preferred time for the call": "Morning (9:00–12:00)" },
      subject: "Shipment FBA15ABCDE received 47 of 50 units",
      identifiers: { "FBA shipment ID (required)": "fba15abcde" },
      description: "The carrier's proof of delivery shows 50 units in 5 cartons.",
      axe: true,
    });
    await page.getByText("Phone callback to +44 2079460958, morning (9:00–12:00)").waitFor();
    await page.getByText("Sent to Amazon by phone").waitFor();
    guards.check();
    await context.close();
  });

  it("by chat, with a display name", async () => {
    const { page, context, guards } = await openPage(suite);
    await openCaseThroughFlow(page, suite.baseUrl, {
      type: "Advertising",
      problem: "Ads not serving or campaign paused",
      method: "Chat",
      contact: { "Your name for the chat": "Priya" },
      subject: "Sponsored Products campaign not serving",
      identifiers: {},
      description: "The campaign has been enabled for three days with no impressions.",
    });
    await page.getByText("Chat as Priya").waitFor();
    guards.check();
    await context.close();
  });

  it("offers email only where Amazon does", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}new`);
    await page.getByRole("radio", { name: "Account health and suspension" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("radio", { name: "Account deactivated or suspended" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("For this problem Amazon offers email only").waitFor();
    assert.equal(await page.getByRole("radio").count(), 1);
    assert.ok(await page.getByRole("radio", { name: "Email" }).isChecked());
    guards.check();
    await context.close();
  });
});

describe("validation explained next to each field", () => {
  it("refuses each identifier with its reason, as the seller leaves the field", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    const cases = [
      ["Order ID (required)", "112-473829-5047863", /3-7-7/],
      ["ASIN (if you have it)", "B0C7XK2M9", /exactly 10 letters and digits.*has 9 characters/],
      ["SKU (if you have it)", "x".repeat(41), /at most 40 characters; this one has 41/],
    ];
    for (const [label, value, message] of cases) {
      const field = page.getByLabel(label);
      await field.fill(value);
      await field.blur();
      assert.match(await errorOf(field), message, label);
      assert.equal(await field.getAttribute("aria-invalid"), "true");
    }
    await expectAccessible(page, "details with identifier errors");

    // Another problem brings FBA identifiers.
    await toDetails(page, { type: "FBA inventory and shipments", problem: "Shipment received with fewer units than sent" });
    const fbaCases = [
      ["FBA shipment ID (required)", "FBX15ABCDE", /starts with FBA followed by 5 to 12/],
      ["FNSKU (if you have it)", "Y001ABC2DE", /starting with X00/],
    ];
    for (const [label, value, message] of fbaCases) {
      const field = page.getByLabel(label);
      await field.fill(value);
      await field.blur();
      assert.match(await errorOf(field), message, label);
    }
    // A fixed value clears its error as the seller types.
    await page.getByLabel("FNSKU (if you have it)").fill("x001abc2de");
    assert.equal(await errorOf(page.getByLabel("FNSKU (if you have it)")), "");
    guards.check();
    await context.close();
  });

  it("refuses a bad email and phone number on the contact step", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}new`);
    await page.getByRole("radio", { name: "Payments and disbursements" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("radio", { name: "Disbursement on hold" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("radio", { name: "Email" }).check();
    await page.getByLabel("Reply-to email").fill("me@shop");
    await page.getByRole("button", { name: "Continue" }).click();
    assert.match(await errorOf(page.getByLabel("Reply-to email")), /name@example\.com/);
    assert.ok(await page.getByLabel("Reply-to email").evaluate((el) => el === document.activeElement));

    await page.getByRole("radio", { name: "Phone" }).check();
    await page.getByLabel("Country code").fill("0044");
    await page.getByLabel("Phone number").fill("555-CALL-NOW");
    await page.getByRole("button", { name: "Continue" }).click();
    assert.match(await errorOf(page.getByLabel("Country code")), /country calling code/);
    assert.match(await errorOf(page.getByLabel("Phone number")), /digits only/);
    assert.ok(await page.getByLabel("Country code").evaluate((el) => el === document.activeElement), "focus on the first error");
    await expectAccessible(page, "contact step with errors");
    assert.equal(new URL(page.url()).pathname.split("/").pop(), "contact", "stays on the step");
    guards.check();
    await context.close();
  });

  it("on Continue shows every error and focuses the first", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByRole("button", { name: "Continue to review" }).click();
    const subject = page.getByLabel("Subject");
    assert.match(await errorOf(subject), /Write a subject/);
    assert.match(await errorOf(page.getByLabel("Order ID (required)")), /at least one Order ID/);
    assert.match(await errorOf(page.getByLabel("Description")), /Describe the problem/);
    assert.ok(await subject.evaluate((el) => el === document.activeElement));
    await expectAccessible(page, "details with every error");
    guards.check();
    await context.close();
  });

  it("Continue on a choice step without a choice says so", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}new`);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("Choose the type of problem to continue.").waitFor();
    assert.ok(await page.getByRole("radio", { name: "Orders and returns" }).evaluate((el) => el === document.activeElement));
    await expectAccessible(page, "step 1 with an error");
    guards.check();
    await context.close();
  });
});

describe("precautions", () => {
  it("warns about rude wording with the exact phrase and an alternative, and not about polite wording", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByLabel("Description").fill("Could you please check the photos? Thank you for your help.");
    await page.getByText("Respectful wording: nothing to reconsider.").waitFor();
    assert.equal(await page.getByRole("heading", { name: /Wording to reconsider/ }).count(), 0);

    await page.getByLabel("Description").fill("This is UNACCEPTABLE!!! Fix this now or else.");
    await page.getByRole("heading", { name: "Wording to reconsider (4)" }).waitFor();
    for (const phrase of ["UNACCEPTABLE", "!!!", "Fix this now", "or else"]) {
      await page.locator("q", { hasText: phrase }).first().waitFor();
    }
    await page.getByText("Threats get a case routed to scripted replies").waitFor();
    await page.getByText(/Instead: State the next step calmly/).waitFor();
    await expectAccessible(page, "tone warnings");

    // Chinese wording too, found inside text without spaces; polite Chinese passes.
    await page.getByLabel("Description").fill("您好，请帮忙调查这个订单，谢谢！");
    await page.getByText("Respectful wording: nothing to reconsider.").waitFor();
    await page.getByLabel("Description").fill("垃圾客服！！！再不处理我就起诉亚马逊。");
    await page.getByRole("heading", { name: "Wording to reconsider (3)" }).waitFor();
    for (const phrase of ["垃圾客服", "！！！", "起诉亚马逊"]) {
      await page.locator("q", { hasText: phrase }).first().waitFor();
    }
    guards.check();
    await context.close();
  });

  it("shows the completeness of the case and counts skipped evidence", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByText("Case completeness: 0 %").waitFor();
    await page.getByLabel("Order ID (required)").fill("112-4738291-5047863");
    await page.getByText("Case completeness: 16 %").waitFor();
    await page.getByLabel('I don\'t have this: skip "Carrier tracking showing delivery"').check();
    await page.getByText("Case completeness: 33 %").waitFor();
    // A Chinese description is measured in Chinese characters (one for three English ones).
    await page.getByLabel("Description").fill("货".repeat(34));
    await page.getByText("Case completeness: 50 %").waitFor();
    guards.check();
    await context.close();
  });

  it("warns about a duplicate and adds a note to the open case instead", async () => {
    const { page, context, guards } = await openPage(suite);
    const first = await openCaseThroughFlow(page, suite.baseUrl, { subject: "Damaged mug, order 112-4738291-5047863" });
    await toDetails(page);
    await page.getByLabel("Order ID (required)").fill("112-4738291-5047863");
    await page.getByLabel("Description").fill("The buyer sent a second photo today.");
    await page.getByRole("heading", { name: "You already have an open case about this" }).waitFor();
    await page.getByRole("link", { name: "Damaged mug, order 112-4738291-5047863" }).waitFor();
    await expectAccessible(page, "duplicate warning");
    await page.getByRole("button", { name: "Add my description as a note there instead" }).click();
    await page.getByRole("heading", { level: 1, name: "Damaged mug, order 112-4738291-5047863" }).waitFor();
    assert.equal(new URL(page.url()).pathname, first);
    await page.getByText("Note added").waitFor();
    await page.getByText("The buyer sent a second photo today.").waitFor();
    // The draft became the note: it is not left behind on the log.
    await page.waitForTimeout(600);
    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { name: "Your cases" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: /Drafts/ }).count(), 0);
    guards.check();
    await context.close();
  });
});

describe("drafts", () => {
  it("keeps everything typed across a reload, lists it on the log, resumes and discards it", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByLabel("Subject").fill("Half-written case about a broken lamp");
    await page.getByLabel("Order ID (required)").fill("112-4738291-5047863");
    await page.getByLabel("Description").fill("Started writing this before lunch.");
    await page.reload(); // at once: the draft is saved when the page goes away, not only after a pause
    await page.getByText("Step 4 of 5: Details").waitFor();
    assert.equal(await page.getByLabel("Subject").inputValue(), "Half-written case about a broken lamp");
    assert.equal(await page.getByLabel("Order ID (required)").inputValue(), "112-4738291-5047863");
    assert.equal(await page.getByLabel("Description").inputValue(), "Started writing this before lunch.");

    await page.getByRole("link", { name: "Cases", exact: true }).click();
    await page.getByRole("heading", { name: "Drafts (1)" }).waitFor();
    await expectAccessible(page, "case log with a draft");
    // Everything needed is filled in, so the draft resumes at the review.
    await page.getByRole("link", { name: "Resume draft: Half-written case about a broken lamp" }).click();
    await page.getByText("Step 5 of 5: Review and send").waitFor();
    await page.getByText("Half-written case about a broken lamp", { exact: true }).waitFor();

    await page.getByRole("link", { name: "Cases", exact: true }).click();
    page.once("dialog", (dialog) => dialog.dismiss());
    await page.getByRole("button", { name: "Discard draft: Half-written case about a broken lamp" }).click();
    await page.getByRole("heading", { name: "Drafts (1)" }).waitFor();
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Discard draft: Half-written case about a broken lamp" }).click();
    await page.getByRole("heading", { name: "No cases yet" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: /Drafts/ }).count(), 0);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByRole("heading", { name: /Drafts/ }).count(), 0);
    guards.check();
    await context.close();
  });

  it("Back keeps what was typed, and a reload stays on the step", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetails(page);
    await page.getByLabel("Subject").fill("Kept across Back");
    await page.getByRole("button", { name: "Back" }).click();
    await page.getByText("Step 3 of 5: Contact method").waitFor();
    assert.equal(await page.getByLabel("Reply-to email").inputValue(), "cases@shop.example");
    await page.reload();
    await page.getByText("Step 3 of 5: Contact method").waitFor();
    await page.getByRole("button", { name: "Continue" }).click();
    assert.equal(await page.getByLabel("Subject").inputValue(), "Kept across Back");
    guards.check();
    await context.close();
  });
});

describe("the message to Amazon", () => {
  it("asks once: the usual request is filled in, the seller's own replaces it, and a reload keeps it", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetailsStep(page, suite.baseUrl);
    const ask = page.getByLabel("What do you want Amazon to do?");
    const usual = "Could you please advise how to resolve this for the buyer and whether the loss can be reimbursed?";
    assert.equal(await ask.inputValue(), usual);
    await fillDetails(page);
    await ask.fill("Could you please send the buyer a replacement at our cost?");
    await page.waitForTimeout(400); // the draft is saved 300 ms after the last keystroke
    await page.reload();
    assert.equal(await page.getByLabel("What do you want Amazon to do?").inputValue(), "Could you please send the buyer a replacement at our cost?");
    await page.getByRole("button", { name: "Continue to review" }).click();
    const message = await page.getByLabel("Message", { exact: true }).textContent();
    assert.equal(message.split("Could you please send the buyer a replacement at our cost?").length, 2, "asked once");
    assert.ok(!message.includes(usual), "the usual request is gone");
    assert.ok(!message.includes("not given"));
    await expectAccessible(page, "details with the ask");
    guards.check();
    await context.close();
  });

  it("is signed with the store name set in Settings", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}settings`);
    await page.getByLabel("Store name (optional)").fill("Blue Mug Co.");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
    await toReview(page, suite.baseUrl);
    const message = await page.getByLabel("Message", { exact: true }).textContent();
    assert.match(message, /Thank you for your help\.\n\nKind regards,\nBlue Mug Co\.$/);
    guards.check();
    await context.close();
  });

  it("the seller edits the message: kept across a reload, copied as shown, read by the tone check, undone on request", async () => {
    const { page, context, guards } = await openPage(suite, { clipboard: true });
    await toReview(page, suite.baseUrl);
    const generated = await page.getByLabel("Message", { exact: true }).textContent();
    await page.getByRole("button", { name: "Edit the message" }).click();
    const editor = page.getByRole("textbox", { name: "Message" });
    assert.equal(await editor.inputValue(), generated);
    await editor.fill(`${generated}\n\nPS: the buyer is a repeat customer.`);
    await page.waitForTimeout(400); // saved 300 ms after the last keystroke
    await page.reload();
    const kept = page.getByRole("textbox", { name: "Message" });
    assert.match(await kept.inputValue(), /PS: the buyer is a repeat customer\.$/);
    await page.getByRole("button", { name: "Copy message" }).click();
    await page.getByText("Message copied").waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /PS: the buyer is a repeat customer\.$/);
    await kept.fill(`${generated}\n\nWHY IS THIS NOT FIXED!!!`);
    await page.getByText("Wording to reconsider").first().waitFor();
    await page.getByRole("button", { name: "Back to the generated message" }).click();
    assert.equal(await page.getByLabel("Message", { exact: true }).textContent(), generated);
    await expectAccessible(page, "review after editing the message");
    guards.check();
    await context.close();
  });
});

describe("the message to Amazon: what was tried, one ask, within the limit", () => {
  it("says what the seller already tried when ticked, and does not ask again after a description that asks", async () => {
    const { page, context, guards } = await openPage(suite);
    await toDetailsStep(page, suite.baseUrl);
    await fillDetails(page);
    const usual = "Could you please advise how to resolve this for the buyer and whether the loss can be reimbursed?";
    await page.getByLabel("Description").fill("The buyer sent photos of a crushed box on 20 November. Could you please check the photos?");
    await page.getByText("Your description already asks: \u201cCould you please check the photos?\u201d").waitFor();
    const tried = page.getByRole("checkbox", { name: /^I already did this: Check the buyer's return request first/ });
    await tried.check();
    await page.getByText("The message will say: \u201cI have already checked the buyer's return request for this order.\u201d").waitFor();
    await page.getByRole("button", { name: "Continue to review" }).click();
    const message = await page.getByLabel("Message", { exact: true }).textContent();
    assert.ok(message.includes("20 November. Could you please check the photos?\n\nI have already checked the buyer's return request for this order."), message);
    assert.ok(!message.includes(usual), "the usual request gives way to the seller's own");
    assert.equal(message.split("Could you please").length, 2, `one request in:\n${message}`);
    await page.getByRole("button", { name: "Back" }).click();
    await page.getByRole("checkbox", { name: /^I already did this/ }).uncheck();
    await page.getByRole("button", { name: "Continue to review" }).click();
    assert.ok(!(await page.getByLabel("Message", { exact: true }).textContent()).includes("I have already checked"));
    await expectAccessible(page, "review with a description that asks");
    guards.check();
    await context.close();
  });

  it("refuses to copy a message Seller Central could cut, says what to shorten, and copies once it fits", async () => {
    const { page, context, guards } = await openPage(suite, { clipboard: true });
    await toReview(page, suite.baseUrl);
    const generated = await page.getByLabel("Message", { exact: true }).textContent();
    await page.getByText(`${generated.length} / 4000 characters`).waitFor();
    await page.getByRole("button", { name: "Edit the message" }).click();
    const long = `${generated}\n\n${"The buyer wrote to us again about the box. ".repeat(100).trim()}`;
    await page.getByRole("textbox", { name: "Message" }).fill(long);
    const over = long.length - 4000;
    await page.getByText(`${long.length} / 4000 characters`).waitFor();
    await page.getByRole("alert").filter({ hasText: `Shorten your edit of the message by ${over} characters.` }).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText("what was there before"));
    await page.getByRole("button", { name: "Copy message" }).click();
    await page.getByText("Message not copied: shorten it first").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "what was there before", "nothing copied");
    await page.getByRole("textbox", { name: "Message" }).fill(`${generated}\n\nThe buyer wrote to us again.`);
    await page.getByRole("button", { name: "Copy message" }).click();
    await page.getByText("Message copied").waitFor();
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /The buyer wrote to us again\.$/);
    assert.equal(await page.getByRole("alert").filter({ hasText: "Shorten" }).count(), 0);
    guards.check();
    await context.close();
  });
});

describe("keyboard only", () => {
  it("completes the whole flow without a mouse", async () => {
    const { page, context, guards } = await openPage(suite);
    await page.goto(`${suite.baseUrl}new`);
    await page.getByText("Step 1 of 5: Problem type").waitFor();
    const focusOn = async (name, role) => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press("Tab");
        const here = await page.evaluate(() => {
          const el = document.activeElement;
          const label = el.labels?.[0]?.querySelector(".choice-title")?.textContent ?? el.labels?.[0]?.textContent ?? el.textContent;
          return { role: el.type === "radio" ? "radio" : el.tagName.toLowerCase(), label: (label ?? "").trim() };
        });
        if (here.label.startsWith(name) && (!role || here.role === role)) return;
      }
      throw new Error(`could not reach "${name}" with Tab`);
    };
    // Radios: Tab reaches the group, arrows choose.
    await focusOn("Orders and returns", "radio");
    await page.keyboard.press("Space");
    await focusOn("Continue", "button");
    await page.keyboard.press("Enter");
    await page.getByText("Step 2 of 5: Specific problem").waitFor();
    await focusOn("Buyer received a damaged item", "radio");
    await page.keyboard.press("Space");
    await focusOn("Continue", "button");
    await page.keyboard.press("Enter");
    await page.getByText("Step 3 of 5: Contact method").waitFor();
    await focusOn("Email", "radio");
    await page.keyboard.press("Space");
    await focusOn("Reply-to email");
    await page.keyboard.type("cases@shop.example");
    await page.keyboard.press("Enter");
    await page.getByText("Step 4 of 5: Details").waitFor();
    await focusOn("Subject");
    await page.keyboard.type("Typed with the keyboard only");
    await page.keyboard.press("Tab");
    await page.keyboard.type("112-4738291-5047863");
    await focusOn("Description");
    await page.keyboard.type("Every step of this case was done with the keyboard.");
    await focusOn("Continue to review", "button");
    await page.keyboard.press("Enter");
    await page.getByText("Step 5 of 5: Review and send").waitFor();
    await focusOn("I've sent it: save the case", "button");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Typed with the keyboard only" }).waitFor();
    guards.check();
    await context.close();
  });
});
