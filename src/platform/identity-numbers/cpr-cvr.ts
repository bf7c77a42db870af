/**
 * CPR and CVR number checks. CPR: ddmmyy-ssss where the date must exist (the century follows from the
 * first serial digit); modulus 11 is no longer required since 2007. CVR: eight digits with a modulus 11 check.
 */
export function normaliseCpr(input: string): string | undefined {
  const compact = input.trim().replace(/[\s-]/g, '');
  return /^\d{10}$/.test(compact) ? compact : undefined;
}

export function cprBirthDate(cpr: string): Date | undefined {
  const day = Number(cpr.slice(0, 2));
  const month = Number(cpr.slice(2, 4));
  const year = Number(cpr.slice(4, 6));
  const centuryDigit = Number(cpr[6]);
  let century: number;
  if (centuryDigit <= 3) century = 1900;
  else if (centuryDigit === 4 || centuryDigit === 9) century = year <= 36 ? 2000 : 1900;
  else century = year <= 57 ? 2000 : 1800;
  const date = new Date(Date.UTC(century + year, month - 1, day));
  const exists =
    date.getUTCFullYear() === century + year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

export type CprProblem = 'format' | 'date';

export function checkCpr(input: string): { cpr: string } | { problem: CprProblem } {
  const cpr = normaliseCpr(input);
  if (!cpr) return { problem: 'format' };
  if (!cprBirthDate(cpr)) return { problem: 'date' };
  return { cpr };
}

export const isValidCpr = (input: string): boolean => 'cpr' in checkCpr(input);

/** Shows a CPR number as ddmmyy-xxxx to staff who need only to recognise it. */
export const maskedCpr = (cpr: string): string => `${cpr.slice(0, 6)}-xxxx`;
export const formattedCpr = (cpr: string): string => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

const cvrWeights = [2, 7, 6, 5, 4, 3, 2, 1];

export function isValidCvr(input: string): boolean {
  const cvr = input.trim();
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = [...cvr].reduce((total, digit, index) => total + Number(digit) * cvrWeights[index], 0);
  return sum % 11 === 0;
}
