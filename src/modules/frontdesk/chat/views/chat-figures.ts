import { t } from '#platform/i18n/i18n.ts';
import type { Conversation } from '../conversation.ts';

export interface ChatFigures {
  count: number;
  /** the average first response as text ("45 sek." / "3 min.") */
  averageFirstResponse: string;
  resolved: number;
}

/** A duration in seconds as the inbox shows it: seconds under two minutes, whole minutes after. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return whole < 120
    ? t('frontdesk.chat.seconds', { seconds: whole })
    : t('frontdesk.chat.minutes', { minutes: Math.round(whole / 60) });
}

/** The day's figures of the ended conversations: how many, the average first response, how many resolved. */
export function chatFigures(closed: readonly Conversation[]): ChatFigures {
  const answered = closed.filter((row) => row.firstResponseAt);
  const total = answered.reduce(
    (sum, row) => sum + (row.firstResponseAt!.getTime() - row.startedAt.getTime()) / 1000,
    0,
  );
  return {
    count: closed.length,
    averageFirstResponse: answered.length ? duration(total / answered.length) : '–',
    resolved: closed.filter((row) => row.resolved).length,
  };
}
