import type { CaseTypeDefinition } from './workflow-definition.ts';
import { isAppealable } from './workflow-definition.ts';

type Reason = { path: string; message: string };

/**
 * A decision that does not grant everything applied for must give its reasons and klagevejledning
 * (forvaltningsloven §§ 22–25). The case type declares which end states are such decisions (`end.appealable`,
 * refusals by default); every transition into one requires the caseworker's note (the reasons), and every letter it
 * sends names the reasons (`{{note}}`) and the case type's klagevejledning (`{{appealGuidance}}`) in both languages.
 */
export function decisionRuleReasons(caseType: CaseTypeDefinition): Reason[] {
  const reasons: Reason[] = [];
  const { workflow } = caseType;
  const appealable = new Set(workflow.states.filter((state) => isAppealable(state)).map((state) => state.id));
  workflow.transitions.forEach((transition, index) => {
    if (!appealable.has(transition.to)) return;
    const at = `workflow.transitions.${index}`;
    if (!transition.requiresNote)
      reasons.push({
        path: `${at}.requiresNote`,
        message: `Transition "${transition.id}" is a decision that needs reasons: it must require a note`,
      });
    for (const action of transition.actions) {
      if (action.kind !== 'letter') continue;
      const letter = workflow.letters.find((candidate) => candidate.id === action.template);
      for (const locale of ['da', 'en'] as const)
        for (const placeholder of ['note', 'appealGuidance'])
          if (letter && !new RegExp(`\\{\\{\\s*${placeholder}\\s*\\}\\}`).test(letter.body[locale]))
            reasons.push({
              path: `${at}.actions`,
              message: `Letter "${letter.id}" (${locale}) is a decision letter: it must contain {{${placeholder}}}`,
            });
    }
    if (!caseType.appealGuidance)
      reasons.push({
        path: 'appealGuidance',
        message: `State "${transition.to}" is a decision that needs klagevejledning: the case type must give appealGuidance`,
      });
  });
  return reasons.filter((reason, index) => reasons.findIndex((other) => other.message === reason.message) === index);
}
