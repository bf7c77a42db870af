import { Solution, type SolutionAudience } from './solution.ts';
import { citizenSolutions } from './citizen-solutions.ts';
import { businessSolutions } from './business-solutions.ts';

/** The catalogue, validated once at load: a broken form definition stops start-up with the reason. */
const solutions: readonly Solution[] = [...citizenSolutions, ...businessSolutions].map((input) => {
  const parsed = Solution.safeParse(input);
  if (!parsed.success)
    throw new Error(
      `Self-service solution ${input.code} is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data;
});

const byCode = new Map(solutions.map((solution) => [solution.code, solution]));
if (byCode.size !== solutions.length) throw new Error('Self-service solution codes must be unique');

export const allSolutions = (): readonly Solution[] => solutions;
export const findSolution = (code: string): Solution | undefined => byCode.get(code);
export const solutionsFor = (audience: SolutionAudience): Solution[] =>
  solutions.filter((solution) => solution.audiences.includes(audience));
