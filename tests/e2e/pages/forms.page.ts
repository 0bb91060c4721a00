import type { Locator, Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';

/** A value for a form field: text typed, an option chosen, or the values of the radios / checkboxes to tick. */
export type FieldValue = string | { tick: string[] } | { option: number };

/**
 * Fills a form as a person would — typing into text fields, choosing from lists (by value, or the n-th option),
 * ticking boxes — by the names
 * the page gives its fields, then presses its submit button (the first, or the one with `button` as its value)
 * and waits for the next page.
 */
export async function submitForm(page: Page, form: Locator, fields: Record<string, FieldValue>, button?: string) {
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'string' && 'option' in value) {
      await form.locator(`select[name="${name}"]`).selectOption({ index: value.option });
      continue;
    }
    if (typeof value !== 'string') {
      for (const tick of value.tick) await form.locator(`input[name="${name}"][value="${tick}"]`).check();
      continue;
    }
    const field = form.locator(`[name="${name}"]`).first();
    const kind = await field.evaluate((element) => {
      const node = element as unknown as { tagName: string; type?: string };
      return node.tagName === 'INPUT' ? (node.type ?? 'text') : node.tagName.toLowerCase();
    });
    if (kind === 'select') await field.selectOption(value);
    else if (kind === 'radio' || kind === 'checkbox') await form.locator(`input[name="${name}"][value="${value}"]`).check();
    else await field.fill(value);
  }
  const submit = button ? form.locator(`button[value="${button}"]`) : form.locator('button[type="submit"]').first();
  await clickAndWaitForLoad(page, submit);
}

/** The form on the page whose action ends with the given path. */
export const formFor = (page: Page, actionEnding: string) => page.locator(`form[action$="${actionEnding}"]`).first();
