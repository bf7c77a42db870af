/** Why a definition was refused: each reason names where in the definition and what is wrong there. */
export interface DefinitionReason {
  path: string;
  message: string;
}

export class DefinitionError extends Error {
  readonly reasons: DefinitionReason[];
  constructor(reasons: DefinitionReason[], subject = 'definition') {
    const described = reasons.map((reason) => (reason.path ? `${reason.path}: ${reason.message}` : reason.message));
    super(`Invalid ${subject}: ${described.join('; ')}`);
    this.name = 'DefinitionError';
    this.reasons = reasons;
  }
}

/** Adds a reason at a path inside the definition. */
export type AddReason = (path: string, message: string) => void;
