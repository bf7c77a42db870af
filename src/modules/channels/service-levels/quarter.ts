/** The calendar quarter before the one `day` falls in: its first and last day (YYYY-MM-DD) and its name parts. */
export function previousQuarter(day: string): { from: string; to: string; year: number; quarter: number } {
  const year = Number(day.slice(0, 4));
  const current = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const [qYear, q] = current === 0 ? [year - 1, 3] : [year, current - 1];
  const startMonth = q * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(qYear, endMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${qYear}-${pad(startMonth)}-01`,
    to: `${qYear}-${pad(endMonth)}-${pad(lastDay)}`,
    year: qYear,
    quarter: q + 1,
  };
}
