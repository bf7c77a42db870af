import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { caseTypeCodes } from '#modules/selfservice/catalogue/solution.ts';
import { standardCaseType, standardCaseTypes } from './standard-bank.ts';
import { isAppealable, letterPlaceholders } from './workflow-definition.ts';
import { caseTypeToYaml, parseCaseType, parseCaseTypeYaml } from './workflow-validation.ts';

const folder = new URL('./standard-workflows/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const demoDepartmentCodes = ['ydelser', 'teknik', 'byg', 'borgerservice', 'it'];
const placeholderPattern = /\{\{\s*([^}]*?)\s*\}\}/g;

describe('the bank of standard workflows', () => {
  for (const file of files) {
    describe(file, () => {
      const caseType = parseCaseTypeYaml(readFileSync(new URL(file, folder), 'utf8'));
      const { workflow } = caseType;

      test('is named after its code and owned by a demo department', () => {
        assert.equal(file, `${caseType.code}.yaml`);
        assert.equal(workflow.code, caseType.code);
        assert.ok(demoDepartmentCodes.includes(caseType.departmentCode), caseType.departmentCode);
      });

      test('a copy round-trips through caseTypeToYaml and parseCaseTypeYaml', () => {
        assert.deepEqual(parseCaseTypeYaml(caseTypeToYaml(structuredClone(caseType))), caseType);
      });

      test('every state has a plain-language label for "my cases"', () => {
        for (const state of workflow.states) assert.ok(state.citizenLabel, `state ${state.id}`);
      });

      test('letters use only known placeholders and every letter is sent by some transition', () => {
        const sent = new Set(
          workflow.transitions.flatMap((transition) =>
            transition.actions.flatMap((action) => (action.kind === 'letter' ? [action.template] : [])),
          ),
        );
        for (const letter of workflow.letters) {
          assert.ok(sent.has(letter.id), `letter ${letter.id} is never sent`);
          for (const text of [letter.subject.da, letter.subject.en, letter.body.da, letter.body.en]) {
            for (const [, name] of text.matchAll(placeholderPattern))
              assert.ok((letterPlaceholders as readonly string[]).includes(name), `letter ${letter.id}: {{${name}}}`);
          }
        }
      });

      test('the applicant may withdraw, and only the applicant', () => {
        const withdraw = workflow.transitions.find((transition) => transition.id === 'withdraw');
        assert.ok(withdraw, 'a withdraw transition');
        assert.deepEqual([...withdraw.roles].sort(), [...caseType.audiences].sort());
        assert.equal(workflow.states.find((state) => state.id === withdraw.to)?.end?.result, 'withdrawn');
      });

      test('a refusal needs a note and sends a letter', () => {
        for (const transition of workflow.transitions) {
          const result = workflow.states.find((state) => state.id === transition.to)?.end?.result;
          if (result !== 'refused') continue;
          assert.equal(transition.requiresNote, true, transition.id);
          assert.ok(
            transition.actions.some((action) => action.kind === 'letter'),
            transition.id,
          );
        }
      });

      test('staff transitions name staff roles; automatic ones are taken by the integration role, from a state awaiting the applicant', () => {
        for (const transition of workflow.transitions) {
          if (transition.automatic) {
            assert.deepEqual(transition.roles, ['integration'], transition.id);
            // the handling side takes automatic transitions when a document arrives, so only where one is awaited
            for (const from of transition.from)
              assert.equal(
                workflow.states.find((state) => state.id === from)?.waitingFor,
                'applicant',
                `${transition.id} from ${from}`,
              );
          } else if (transition.id !== 'withdraw')
            assert.ok(
              transition.roles.every((role) => role !== 'citizen' && role !== 'business'),
              transition.id,
            );
        }
      });
    });
  }

  test('has every case type the self-service catalogue binds to', () => {
    const codes = standardCaseTypes().map((caseType) => caseType.code);
    for (const code of caseTypeCodes) assert.ok(codes.includes(code), code);
  });

  test('bulky waste and building permits remind the applicant of the appointment', () => {
    for (const [code, transitionId] of [
      ['bulky-waste', 'schedule'],
      ['bulky-waste', 'reschedule'],
      ['building-permit', 'schedule_site_meeting'],
    ]) {
      const transition = standardCaseType(code)!.workflow.transitions.find(
        (candidate) => candidate.id === transitionId,
      );
      assert.ok(
        transition?.actions.some((action) => action.kind === 'reminder'),
        `${code} ${transitionId}`,
      );
      assert.equal(transition?.requiresNote, true, 'the note carries the appointment time into the letter');
    }
  });

  test('access to records has the 7 working day deadline of offentlighedsloven', () => {
    assert.deepEqual(standardCaseType('access-to-records')!.legalDeadline, { amount: 7, unit: 'working_days' });
  });

  test('every case type states its processing time in working days, building permits included', () => {
    for (const caseType of standardCaseTypes()) {
      for (const duration of [caseType.serviceLevel, caseType.legalDeadline])
        if (duration) assert.equal(duration.unit, 'working_days', caseType.code);
      for (const transition of caseType.workflow.transitions)
        for (const action of transition.actions)
          if ((action.kind === 'deadline' || action.kind === 'task') && action.due)
            assert.equal(action.due.unit, 'working_days', `${caseType.code} ${transition.id}`);
    }
  });

  test("every refusal is a decision letter with the reasons and the case type's klagevejledning", () => {
    for (const caseType of standardCaseTypes()) {
      const refused = caseType.workflow.states.filter((state) => state.end?.result === 'refused');
      for (const state of refused) {
        assert.ok(isAppealable(state), `${caseType.code} ${state.id}`);
        for (const transition of caseType.workflow.transitions.filter((candidate) => candidate.to === state.id)) {
          assert.equal(transition.requiresNote, true);
          for (const action of transition.actions.filter((candidate) => candidate.kind === 'letter')) {
            const letter = caseType.workflow.letters.find((candidate) => candidate.id === action.template)!;
            assert.match(letter.body.da, /\{\{note\}\}[\s\S]*\{\{appealGuidance\}\}/, `${caseType.code} ${letter.id}`);
            assert.match(letter.body.en, /\{\{appealGuidance\}\}/);
          }
        }
      }
      assert.match(caseType.appealGuidance?.da ?? '', /klage/, caseType.code);
    }
  });

  test('a case type whose refusal letter lacks the klagevejledning, or that gives none, is refused with the reason', () => {
    const broken = standardCaseType('housing-benefit')!;
    const letter = broken.workflow.letters.find((candidate) => candidate.id === 'decision-refused')!;
    letter.body.da = letter.body.da.replace('{{appealGuidance}}', '');
    delete broken.appealGuidance;
    assert.throws(
      () => parseCaseType(broken),
      (error: Error & { reasons?: Array<{ message: string }> }) => {
        const messages = (error.reasons ?? []).map((reason) => reason.message).join('\n');
        assert.match(
          messages,
          /Letter "decision-refused" \(da\) is a decision letter: it must contain \{\{appealGuidance\}\}/,
        );
        assert.match(messages, /the case type must give appealGuidance/);
        return true;
      },
    );
  });

  test('housing benefit asks for documentation with a letter and grants with a decision letter', () => {
    const { workflow } = standardCaseType('housing-benefit')!;
    const waiting = workflow.states.find((state) => state.id === 'awaiting_documentation');
    assert.equal(waiting?.waitingFor, 'applicant');
    const request = workflow.transitions.find((transition) => transition.id === 'request_documentation');
    assert.equal(request?.to, 'awaiting_documentation');
    assert.ok(request?.actions.some((action) => action.kind === 'letter'));
    const grant = workflow.transitions.find((transition) => transition.id === 'grant');
    assert.equal(workflow.states.find((state) => state.id === grant?.to)?.end?.result, 'granted');
    assert.ok(grant?.actions.some((action) => action.kind === 'letter' && action.template === 'decision-granted'));
  });

  test('standardCaseTypes loads every file, and callers get copies', () => {
    assert.deepEqual(
      standardCaseTypes().map((caseType) => `${caseType.code}.yaml`),
      files,
    );
    standardCaseType('housing-benefit')!.name.da = 'Ændret';
    assert.equal(standardCaseType('housing-benefit')!.name.da, 'Boligstøtte');
    assert.equal(standardCaseType('no-such-type'), undefined);
  });
});
