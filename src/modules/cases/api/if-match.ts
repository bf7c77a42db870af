import { HttpProblem } from '#platform/http/problem.ts';

/** If-Match: "3" or 3 (a weak W/ prefix is accepted too). */
export function ifMatch(header: string | string[] | undefined): number | undefined {
  const value = [header].flat()[0];
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(value.trim());
  if (!match) throw new HttpProblem(400, 'cases.api.ifMatch');
  return Number(match[1]);
}
