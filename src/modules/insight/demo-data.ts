import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { eachDay } from './each-day.ts';
import type { InsightService } from './insight.service.ts';

/** The demo telephony system, as the API client that would push its daily figures. */
const telephony = {
  kind: 'client',
  id: 'insight-demo-telephony',
  name: 'Telefoni (demo)',
  roles: ['integration'],
  scopes: ['insight:observe'],
} as const;

/**
 * Demo data: the figures computed from events need none (the other modules' demo month publishes its events
 * like any other). The phone waiting time comes from a line-of-business system, so the demo pushes 30 days of
 * it as that system would, one batch with its lineage.
 */
export async function seedInsightDemo(insight: InsightService, today = danishDay()): Promise<void> {
  const days = eachDay(addDays(today, -29), today);
  const observations = days.map((day, index) => ({ day, value: 95 + ((index * 37) % 60) }));
  await insight.observations.push(
    { ...telephony, roles: [...telephony.roles], scopes: [...telephony.scopes] },
    'phone-waiting-time',
    observations,
    today,
  );
}
