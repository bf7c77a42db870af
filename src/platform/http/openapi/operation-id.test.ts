import { test } from 'node:test';
import assert from 'node:assert/strict';
import { derivedOperationId } from './operation-id.ts';

test('a route without an operationId gets one from its method and path: stable, unique per route, URL safe', () => {
  for (const [method, url, expected] of [
    ['GET', '/api/v1/whoami', 'getWhoami'],
    ['POST', '/api/v1/messages', 'createMessages'],
    ['GET', '/api/v1/bulk-letters/:id', 'getBulkLettersById'],
    ['POST', '/api/v1/cases/:id/documents', 'createCasesByIdDocuments'],
    ['PATCH', '/api/v1/cases/:id', 'updateCasesById'],
    ['DELETE', '/api/v1/reminders/:id', 'deleteRemindersById'],
    ['GET', '/api/v1/cases/:caseId/tasks/:task_id', 'getCasesByCaseIdTasksByTaskId'],
  ])
    assert.equal(derivedOperationId(method, url), expected);
});
