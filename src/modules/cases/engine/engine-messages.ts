import { defineCatalogue } from '#platform/i18n/i18n.ts';

/**
 * The engine's own texts (the workflow diagram's words). The diagram reads them from this catalogue directly, so it
 * stays a pure function; the cases module may also register the catalogue. Keys are prefixed `cases.engine.` so they
 * never collide with the handling side's `cases.*` keys.
 */
export const engineMessages = defineCatalogue({
  da: {
    'cases.engine.diagram.title': 'Arbejdsgang: {name} (version {version})',
    'cases.engine.diagram.states': 'Tilstande',
    'cases.engine.diagram.transitions': 'Overgange',
    'cases.engine.diagram.start': 'start',
    'cases.engine.diagram.end': 'slut: {result}',
    'cases.engine.diagram.automatic': 'automatisk',
    'cases.engine.diagram.current': 'Sagen er i tilstanden {state}.',
    'cases.engine.result.granted': 'bevilget',
    'cases.engine.result.refused': 'afslag',
    'cases.engine.result.withdrawn': 'trukket tilbage',
    'cases.engine.result.closed': 'lukket',
    'cases.engine.role.citizen': 'borger',
    'cases.engine.role.business': 'virksomhed',
    'cases.engine.role.caseworker': 'sagsbehandler',
    'cases.engine.role.front_desk': 'borgerservice',
    'cases.engine.role.manager': 'leder',
    'cases.engine.role.system_owner': 'systemejer',
    'cases.engine.role.administrator': 'administrator',
    'cases.engine.role.integration': 'system',
  },
  en: {
    'cases.engine.diagram.title': 'Workflow: {name} (version {version})',
    'cases.engine.diagram.states': 'States',
    'cases.engine.diagram.transitions': 'Transitions',
    'cases.engine.diagram.start': 'start',
    'cases.engine.diagram.end': 'end: {result}',
    'cases.engine.diagram.automatic': 'automatic',
    'cases.engine.diagram.current': 'The case is in the state {state}.',
    'cases.engine.result.granted': 'granted',
    'cases.engine.result.refused': 'refused',
    'cases.engine.result.withdrawn': 'withdrawn',
    'cases.engine.result.closed': 'closed',
    'cases.engine.role.citizen': 'citizen',
    'cases.engine.role.business': 'business',
    'cases.engine.role.caseworker': 'caseworker',
    'cases.engine.role.front_desk': 'front desk',
    'cases.engine.role.manager': 'manager',
    'cases.engine.role.system_owner': 'system owner',
    'cases.engine.role.administrator': 'administrator',
    'cases.engine.role.integration': 'system',
  },
});

/** A text from the engine's catalogue with {placeholders} filled; independent of the request's locale. */
export function engineText(locale: 'da' | 'en', key: string, values: Record<string, string | number> = {}): string {
  const text = engineMessages[locale][key] ?? engineMessages.da[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
