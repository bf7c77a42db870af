/**
 * Danish mobile numbers: eight digits, optionally written with +45 or 0045 in front and spaces or dashes
 * between groups. Danish subscriber numbers never start with 0 or 1. Stored and sent in E.164 (+4512345678).
 */
export type PhoneNumberCheck = { ok: true; e164: string } | { ok: false; problem: 'format' | 'country' | 'range' };

export function parseDanishMobile(input: string): PhoneNumberCheck {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  if (!/^(\+|00)?\d+$/.test(compact)) return { ok: false, problem: 'format' };
  let digits = compact.replace(/^\+/, '').replace(/^00/, '');
  const international = compact.startsWith('+') || compact.startsWith('00');
  if (international) {
    if (!digits.startsWith('45')) return { ok: false, problem: 'country' };
    digits = digits.slice(2);
  } else if (digits.length === 10 && digits.startsWith('45')) {
    digits = digits.slice(2);
  }
  if (digits.length !== 8) return { ok: false, problem: 'format' };
  if (digits[0] === '0' || digits[0] === '1') return { ok: false, problem: 'range' };
  return { ok: true, e164: `+45${digits}` };
}

/** The gateway's MSISDN: country code and number without the plus. */
export const msisdnOf = (e164: string) => e164.replace(/^\+/, '');

/** Shown to the owner: +45 12 34 56 78. */
export function formatDanishMobile(e164: string): string {
  const digits = e164.replace(/^\+45/, '');
  return `+45 ${digits.replace(/(\d{2})(?=\d)/g, '$1 ')}`;
}

/** For staff and administrator lists: only the last two digits, so a list never shows someone's number. */
export const maskAddress = (address: string): string => {
  if (address.startsWith('+')) return `+45 •• •• •• ${address.slice(-2)}`;
  const [local, domain] = address.split('@');
  return `${local.slice(0, 1)}•••@${domain ?? ''}`;
};
