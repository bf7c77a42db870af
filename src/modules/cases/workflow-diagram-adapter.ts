import type { WorkflowDefinition } from './engine/workflow-definition.ts';
import { workflowDiagramSvg } from './engine/workflow-diagram.ts';

/** The engine's SVG diagram of a workflow, for the pages (one place to pass page-level options). */
export const workflowDiagram = (workflow: WorkflowDefinition, locale: 'da' | 'en', currentState?: string) =>
  workflowDiagramSvg(workflow, locale, { currentState, idPrefix: 'diagram' });
