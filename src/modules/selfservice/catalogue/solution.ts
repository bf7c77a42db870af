import { z } from 'zod';
import {
  FormDefinition,
  LocalizedText,
  type FieldInput,
  type LocalizedText as Text,
} from '../forms/form-definition.ts';

/** The case types the cases module ships; every solution is bound to one of them. */
export const caseTypeCodes = [
  'change-of-address',
  'housing-benefit',
  'bulky-waste',
  'building-permit',
  'resident-parking',
  'free-school-meals',
  'dog-registration',
  'access-to-records',
] as const;

export const audiences = ['citizen', 'business'] as const;
export type SolutionAudience = (typeof audiences)[number];

/** A self-service solution in the catalogue: who may apply, at what login assurance, the case type it creates, and its form. */
export const Solution = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]*$/),
  caseTypeCode: z.enum(caseTypeCodes),
  audiences: z.array(z.enum(audiences)).min(1),
  assurance: z.enum(['low', 'substantial', 'high']),
  name: LocalizedText,
  description: LocalizedText,
  /** what the applicant should have ready before starting */
  beforeYouStart: LocalizedText.optional(),
  /** raised when the form's questions change: the caseworker sees which version the answers were given in */
  formVersion: z.number().int().positive().default(1),
  form: FormDefinition,
});
export type Solution = z.infer<typeof Solution>;
export type SolutionInput = z.input<typeof Solution>;

/** Short-hands for writing solutions as data. */
export const text = (da: string, en: string): Text => ({ da, en });
export const options = (...pairs: Array<[string, string, string]>) =>
  pairs.map(([value, da, en]) => ({ value, label: text(da, en) }));
export const yesNo = options(['yes', 'Ja', 'Yes'], ['no', 'Nej', 'No']);
export const MB = 1024 * 1024;
export const documentTypes = ['application/pdf', 'image/jpeg', 'image/png'];

export const applicantFields = (): FieldInput[] => [
  { name: 'applicantName', type: 'text', label: text('Navn', 'Name'), prefill: 'name' },
  { name: 'applicantCpr', type: 'text', label: text('CPR-nummer', 'CPR number'), prefill: 'cprMasked' },
];
export const businessFields = (): FieldInput[] => [
  { name: 'businessName', type: 'text', label: text('Virksomhed', 'Business'), prefill: 'businessName' },
  { name: 'businessCvr', type: 'text', label: text('CVR-nummer', 'CVR number'), prefill: 'cvr' },
  { name: 'contactName', type: 'text', label: text('Kontaktperson', 'Contact person'), prefill: 'representativeName' },
];
export const contactFields = (requiredEmail = false): FieldInput[] => [
  {
    name: 'email',
    type: 'email',
    required: requiredEmail,
    autocomplete: 'email',
    label: text('E-mail', 'E-mail'),
    hint: text(
      'Vi bruger den, hvis vi har spørgsmål til ansøgningen.',
      'We use it if we have questions about the application.',
    ),
  },
  {
    name: 'phone',
    type: 'phone',
    autocomplete: 'tel',
    label: text('Telefonnummer', 'Phone number'),
    hint: text('8 cifre, fx 12 34 56 78', '8 digits, e.g. 12 34 56 78'),
  },
];
export const addressFields = (prefix = ''): FieldInput[] => [
  {
    name: `${prefix}${prefix ? 'Street' : 'street'}`,
    type: 'text',
    required: true,
    autocomplete: 'street-address',
    label: text('Vejnavn og husnummer', 'Street and number'),
    max: 120,
  },
  {
    name: `${prefix}${prefix ? 'Postcode' : 'postcode'}`,
    type: 'text',
    required: true,
    autocomplete: 'postal-code',
    label: text('Postnummer', 'Postcode'),
    pattern: '\\d{4}',
    patternMessage: text('Postnummeret skal være 4 cifre.', 'The postcode must be 4 digits.'),
  },
  {
    name: `${prefix}${prefix ? 'City' : 'city'}`,
    type: 'text',
    required: true,
    autocomplete: 'address-level2',
    label: text('By', 'Town'),
    max: 60,
  },
];
