import type { ChannelCode, InquiryType } from './channel-codes.ts';

/** A purpose of the shipped starter set, with its first strategy version's desired channel. */
export interface StarterPurpose {
  code: string;
  da: string;
  en: string;
  kle: string | null;
  department: string;
  type: InquiryType;
  caseType?: string;
  solution?: string;
  desired: ChannelCode;
}

const p = (
  code: string,
  da: string,
  en: string,
  kle: string | null,
  department: string,
  type: InquiryType,
  desired: ChannelCode,
  linked?: string,
): StarterPurpose => ({ code, da, en, kle, department, type, desired, caseType: linked, solution: linked });

/** The starter set of a municipality's inquiry purposes; administrators edit them from there. */
export const starterPurposes: readonly StarterPurpose[] = [
  p(
    'change-of-address',
    'Flytning',
    'Change of address',
    '16.01.00',
    'borgerservice',
    'transaction',
    'selfservice',
    'change-of-address',
  ),
  p('passport', 'Pas', 'Passport', '16.02.00', 'borgerservice', 'transaction', 'attendance'),
  p('driving-licence', 'Kørekort', 'Driving licence', '16.03.00', 'borgerservice', 'transaction', 'attendance'),
  p('health-card', 'Sundhedskort', 'Health card', '29.03.00', 'borgerservice', 'transaction', 'selfservice'),
  p(
    'housing-benefit',
    'Boligstøtte',
    'Housing benefit',
    '27.24.00',
    'ydelser',
    'transaction',
    'selfservice',
    'housing-benefit',
  ),
  p('child-benefit', 'Børnetilskud', 'Child benefit', '28.01.00', 'ydelser', 'transaction', 'selfservice'),
  p('day-care', 'Pasningsplads', 'Day-care place', '28.03.00', 'boern', 'transaction', 'selfservice'),
  p(
    'free-school-meals',
    'Gratis skolemad',
    'Free school meals',
    '17.02.00',
    'ydelser',
    'transaction',
    'selfservice',
    'free-school-meals',
  ),
  p('bulky-waste', 'Storskrald', 'Bulky waste', '07.18.00', 'teknik', 'transaction', 'selfservice', 'bulky-waste'),
  p(
    'building-permit',
    'Byggetilladelse',
    'Building permit',
    '02.34.02',
    'byg',
    'transaction',
    'selfservice',
    'building-permit',
  ),
  p(
    'resident-parking',
    'Beboerparkering',
    'Parking permit',
    '05.13.00',
    'teknik',
    'transaction',
    'selfservice',
    'resident-parking',
  ),
  p(
    'dog-registration',
    'Hunderegistrering',
    'Dog registration',
    '24.10.00',
    'teknik',
    'transaction',
    'selfservice',
    'dog-registration',
  ),
  p('pension', 'Pension', 'Pension', '32.00.00', 'ydelser', 'information', 'digital-post'),
  p('tax-card', 'Skattekort', 'Tax card', null, 'borgerservice', 'information', 'selfservice'),
  p('case-status', 'Status på min sag', 'Status of my case', null, 'borgerservice', 'case-status', 'selfservice'),
  p(
    'general-information',
    'Generel information',
    'General information',
    null,
    'borgerservice',
    'information',
    'selfservice',
  ),
];
