import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { roles } from '#platform/auth/principal.ts';
import { engineMessages } from './engine-messages.ts';
import { standardCaseTypes } from './standard-bank.ts';
import { CaseResult } from './workflow-definition.ts';
import { workflowDiagramSvg } from './workflow-diagram.ts';
import { sampleWorkflow } from './workflow-fixture.test-support.ts';
import { parseWorkflow } from './workflow-validation.ts';

const escapeForTest = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

describe('workflowDiagramSvg', () => {
  for (const caseType of standardCaseTypes()) {
    for (const locale of ['da', 'en'] as const) {
      test(`${caseType.code} (${locale}) is well-formed, accessible and shows every state and transition`, () => {
        const svg = workflowDiagramSvg(caseType.workflow, locale);
        assert.equal(XMLValidator.validate(svg), true);
        assert.match(svg, /^<svg [^>]*role="img"[^>]*aria-labelledby="workflow-[a-z-]+-title workflow-[a-z-]+-desc"/);
        assert.match(
          svg,
          new RegExp(
            `<title id="workflow-${caseType.code}-title">[^<]*${escapeForTest(caseType.workflow.name[locale])}`,
          ),
        );
        const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
        for (const state of caseType.workflow.states) {
          assert.ok(svg.includes(`data-state="${state.id}"`), `box for ${state.id}`);
          assert.ok(desc.includes(escapeForTest(state.label[locale])), `desc names ${state.id}`);
        }
        for (const transition of caseType.workflow.transitions)
          assert.ok(desc.includes(escapeForTest(transition.label[locale])), `desc names ${transition.id}`);
        assert.equal(
          (svg.match(/<path d="M[^"]*" fill="none"/g) ?? []).length,
          caseType.workflow.transitions.reduce((sum, transition) => sum + transition.from.length, 0),
          'one arrow per from-state',
        );
      });
    }
  }

  test('is deterministic', () => {
    const workflow = standardCaseTypes()[0].workflow;
    assert.equal(
      workflowDiagramSvg(workflow, 'da', { currentState: 'received' }),
      workflowDiagramSvg(structuredClone(workflow), 'da', { currentState: 'received' }),
    );
  });

  test('escapes text from the definition', () => {
    const input = sampleWorkflow();
    input.name = { da: 'Tegn & <script>alert("x")</script>', en: "It's <b>bold</b>" };
    input.states[1].label = { da: 'Under <behandling> & "kontrol"', en: 'In <review>' };
    input.transitions[0].label = { da: "Start 'nu' & <straks>", en: 'Start <now>' };
    const workflow = parseWorkflow(input);
    for (const locale of ['da', 'en'] as const) {
      const svg = workflowDiagramSvg(workflow, locale);
      assert.equal(XMLValidator.validate(svg), true);
      assert.ok(
        !svg.includes('<script>') && !svg.includes('<b>') && !svg.includes('<review>') && !svg.includes('<now>'),
      );
    }
    const svg = workflowDiagramSvg(workflow, 'da');
    assert.ok(svg.includes('Tegn &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(svg.includes('Under &lt;behandling&gt; &amp; &quot;kontrol&quot;'));
    assert.ok(svg.includes('Start &apos;nu&apos; &amp; &lt;straks&gt;'));
  });

  test('marks the current state in the picture and in words', () => {
    const workflow = parseWorkflow(sampleWorkflow());
    const svg = workflowDiagramSvg(workflow, 'en', { currentState: 'in_review' });
    assert.match(svg, /<g data-state="in_review" data-current="true"><rect [^>]*stroke-width="4"/);
    assert.equal((svg.match(/data-current/g) ?? []).length, 1);
    assert.match(svg, /<desc[^>]*>The case is in the state In review\./);
    assert.doesNotMatch(workflowDiagramSvg(workflow, 'en'), /data-current/);
  });

  test('marks end states with their result and automatic transitions as dashed', () => {
    const svg = workflowDiagramSvg(parseWorkflow(sampleWorkflow()), 'da');
    assert.match(svg, /<g data-state="granted">.*slut: bevilget/);
    assert.match(svg, /<g data-state="withdrawn">.*slut: trukket tilbage/);
    assert.equal((svg.match(/stroke-dasharray/g) ?? []).length, 1);
    assert.ok(svg.includes('Afventer dokumentation → Under behandling (system, automatisk)'));
  });

  test('an id prefix keeps two diagrams on one page apart', () => {
    const svg = workflowDiagramSvg(parseWorkflow(sampleWorkflow()), 'da', { idPrefix: 'diagram-2' });
    assert.match(svg, /aria-labelledby="diagram-2-title diagram-2-desc"/);
    assert.ok(svg.includes('url(#diagram-2-arrow)'));
  });

  test('its catalogue has the same keys in Danish and English, and a word for every role and result', () => {
    assert.deepEqual(Object.keys(engineMessages.en).sort(), Object.keys(engineMessages.da).sort());
    for (const role of roles) assert.ok(engineMessages.da[`cases.engine.role.${role}`], role);
    for (const result of CaseResult.options) assert.ok(engineMessages.da[`cases.engine.result.${result}`], result);
  });
});
