import { engineText } from '../engine-messages.ts';
import type { CaseResult, StateDefinition, WorkflowDefinition } from '../workflow-definition.ts';

export type Locale = 'da' | 'en';

/** The words of one diagram, in its language, from the engine's catalogue. */
export function wordsFor(locale: Locale) {
  const word = (key: string, values?: Record<string, string | number>) =>
    engineText(locale, `cases.engine.${key}`, values);
  return { locale, word, endNote: (result: CaseResult) => word('diagram.end', { result: word(`result.${result}`) }) };
}
export type Words = ReturnType<typeof wordsFor>;

/** What the picture shows, in words, for the <desc>: the current state, every state and every transition. */
export function describeInWords(
  workflow: WorkflowDefinition,
  locale: Locale,
  words: Words,
  legend: string[],
  currentState?: StateDefinition,
): string {
  const describeState = (state: StateDefinition) => {
    const notes = [
      state.id === workflow.initialState ? words.word('diagram.start') : undefined,
      state.end ? words.endNote(state.end.result) : undefined,
    ].filter(Boolean);
    return notes.length > 0 ? `${state.label[locale]} (${notes.join(', ')})` : state.label[locale];
  };
  return [
    ...(currentState ? [words.word('diagram.current', { state: currentState.label[locale] })] : []),
    `${words.word('diagram.states')}: ${workflow.states.map(describeState).join('; ')}.`,
    `${words.word('diagram.transitions')}: ${legend.join('; ')}.`,
  ].join(' ');
}
