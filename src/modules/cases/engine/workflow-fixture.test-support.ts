import type { CaseTypeDefinitionInput, WorkflowDefinitionInput } from './workflow-definition.ts';

/** A small valid workflow for tests; each call gives a fresh copy the test may break. */
export const sampleWorkflow = (): WorkflowDefinitionInput => ({
  code: 'sample',
  version: 1,
  name: { da: 'Prøve', en: 'Sample' },
  initialState: 'received',
  states: [
    { id: 'received', label: { da: 'Modtaget', en: 'Received' } },
    { id: 'in_review', label: { da: 'Under behandling', en: 'In review' } },
    { id: 'waiting', label: { da: 'Afventer dokumentation', en: 'Awaiting documentation' }, waitingFor: 'applicant' },
    { id: 'granted', label: { da: 'Bevilget', en: 'Granted' }, end: { result: 'granted' } },
    { id: 'withdrawn', label: { da: 'Trukket tilbage', en: 'Withdrawn' }, end: { result: 'withdrawn' } },
  ],
  transitions: [
    { id: 'start', from: ['received'], to: 'in_review', label: { da: 'Start', en: 'Start' }, roles: ['caseworker'] },
    {
      id: 'ask',
      from: ['in_review'],
      to: 'waiting',
      label: { da: 'Bed om dokumentation', en: 'Ask' },
      roles: ['caseworker'],
      actions: [{ kind: 'letter', template: 'ask' }],
    },
    {
      id: 'received_document',
      from: ['waiting'],
      to: 'in_review',
      label: { da: 'Modtaget', en: 'Received' },
      roles: ['integration'],
      automatic: true,
    },
    {
      id: 'grant',
      from: ['in_review'],
      to: 'granted',
      label: { da: 'Bevilg', en: 'Grant' },
      roles: ['caseworker', 'manager'],
      guards: [
        { kind: 'document', documentType: 'lease' },
        { kind: 'field', field: 'monthlyRent' },
        { kind: 'noOpenTasks' },
      ],
    },
    {
      id: 'withdraw',
      from: ['received', 'in_review', 'waiting'],
      to: 'withdrawn',
      label: { da: 'Træk tilbage', en: 'Withdraw' },
      roles: ['citizen', 'business'],
    },
  ],
  letters: [
    {
      id: 'ask',
      subject: { da: 'Vi mangler', en: 'We need' },
      body: { da: 'Kære {{partyName}}', en: 'Dear {{partyName}}' },
    },
  ],
});

export const sampleCaseType = (workflow: WorkflowDefinitionInput = sampleWorkflow()): CaseTypeDefinitionInput => ({
  code: 'sample',
  name: { da: 'Prøve', en: 'Sample' },
  description: { da: 'En prøve', en: 'A sample' },
  kle: '27.24.00',
  formProcess: 'Prøve',
  departmentCode: 'ydelser',
  legalDeadline: null,
  serviceLevel: { amount: 20, unit: 'working_days' },
  requiredDocuments: [{ type: 'lease', label: { da: 'Lejekontrakt', en: 'Lease' }, requiredBefore: 'granted' }],
  audiences: ['citizen'],
  workflow,
});
