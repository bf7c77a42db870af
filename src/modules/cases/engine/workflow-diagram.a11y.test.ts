import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launchBrowser, type TestBrowser } from '#test-support/browser.ts';
import { standardCaseTypes } from './standard-bank.ts';
import { workflowDiagramSvg } from './workflow-diagram.ts';

/** The diagram inside a minimal valid page, so axe judges the SVG and not a missing page frame. */
const page = (svg: string, locale: 'da' | 'en') =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Diagram</title></head><body><main><h1>Diagram</h1>${svg}</main></body></html>`;

let browser: TestBrowser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('workflow diagram in a browser', () => {
  test('every standard workflow has no WCAG 2.1 A/AA violations and an accessible name and description', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    try {
      for (const caseType of standardCaseTypes()) {
        for (const locale of ['da', 'en'] as const) {
          await tab.setContent(
            page(
              workflowDiagramSvg(caseType.workflow, locale, { currentState: caseType.workflow.initialState }),
              locale,
            ),
          );
          assert.deepEqual(await axeViolations(tab), [], `${caseType.code} (${locale})`);
          const image = tab.getByRole('img', { name: caseType.workflow.name[locale], exact: false });
          assert.equal(await image.count(), 1, `${caseType.code} (${locale}) has one named image`);
          assert.ok((await image.getAttribute('aria-labelledby'))?.endsWith('-desc'));
        }
      }
    } finally {
      await context.close();
    }
  });
});
