/**
 * The demo month: cases as a municipality sees them over four weeks. Each story is a case type, who applied, how many
 * days ago, and the steps staff took since, each a number of days after the case came in, with the caseworker's own
 * words where the step asks for them. Fictitious, like every demo person. Letters go only to citizens 0, 3–5, 10–16 and
 * 19 and the first business: the mailboxes of the other demo citizens stay empty for the tests that count them.
 */
export interface DemoStep {
  transition: string;
  day: number;
  note?: string;
  /** for steps that book a visit: days from the step to the appointment, and where */
  appointment?: { inDays: number; place: string };
}
export interface DemoStory {
  caseType: string;
  /** a demo citizen by index, or a demo business by CVR */
  applicant: { citizen: number } | { business: string };
  daysAgo: number;
  channel?: 'selfservice' | 'phone' | 'letter' | 'attendance';
  steps: DemoStep[];
}

const lease = 'Din lejekontrakt med underskrift fra både dig og udlejer. Husk alle sider.';
const payslips = 'Lønsedler for de seneste tre måneder for alle voksne i husstanden.';
const drawings =
  'Situationsplan i målestok 1:500 og facadetegninger af carporten med mål på højde og afstand til skel.';
const insurance = 'Police på ansvarsforsikring for hunden (hundeloven § 8).';

export const demoStories: DemoStory[] = [
  // housing benefit: new, in review, waiting for documents, granted, refused after consultation
  { caseType: 'housing-benefit', applicant: { citizen: 0 }, daysAgo: 1, steps: [] },
  {
    caseType: 'housing-benefit',
    applicant: { citizen: 1 },
    daysAgo: 4,
    steps: [{ transition: 'start_review', day: 1 }],
  },
  {
    caseType: 'housing-benefit',
    applicant: { citizen: 10 },
    daysAgo: 9,
    steps: [
      { transition: 'start_review', day: 1 },
      { transition: 'request_documentation', day: 2, note: lease },
    ],
  },
  {
    caseType: 'housing-benefit',
    applicant: { citizen: 11 },
    daysAgo: 24,
    steps: [
      { transition: 'start_review', day: 1 },
      {
        transition: 'grant',
        day: 8,
        note: 'Du får 1.850 kr. om måneden i boligstøtte fra den 1. i næste måned. Støtten udbetales til din NemKonto.',
      },
    ],
  },
  {
    caseType: 'housing-benefit',
    applicant: { citizen: 12 },
    daysAgo: 27,
    steps: [
      { transition: 'start_review', day: 1 },
      {
        transition: 'consult',
        day: 5,
        note: 'Ifølge indkomstregistret har husstanden en samlet indkomst på 512.000 kr. om året.',
      },
      {
        transition: 'refuse',
        day: 16,
        note: 'Husstandens indkomst på 512.000 kr. om året er over den grænse, hvor boligstøtten bortfalder for en husstand med to voksne og ingen børn. Vi har ikke modtaget bemærkninger til partshøringen.',
      },
    ],
  },
  // building permits, from a citizen and from a business
  { caseType: 'building-permit', applicant: { citizen: 2 }, daysAgo: 2, steps: [] },
  {
    caseType: 'building-permit',
    applicant: { citizen: 13 },
    daysAgo: 12,
    steps: [
      { transition: 'start_screening', day: 1 },
      { transition: 'request_documentation', day: 3, note: drawings },
    ],
  },
  {
    caseType: 'building-permit',
    applicant: { business: '29189838' },
    daysAgo: 26,
    channel: 'selfservice',
    steps: [
      { transition: 'start_screening', day: 1 },
      { transition: 'accept_as_complete', day: 4 },
      { transition: 'notify_neighbours', day: 6 },
      { transition: 'neighbour_consultation_ended', day: 18 },
    ],
  },
  {
    caseType: 'building-permit',
    applicant: { citizen: 15 },
    daysAgo: 29,
    steps: [
      { transition: 'start_screening', day: 1 },
      { transition: 'accept_as_complete', day: 3 },
      {
        transition: 'grant',
        day: 20,
        note: 'Carporten skal opføres som vist på de godkendte tegninger og må højst være 2,5 m høj i 2,5 m afstand fra skel.',
      },
    ],
  },
  // bulky waste, change of address, dog registration, school meals, parking, access to records
  {
    caseType: 'bulky-waste',
    applicant: { citizen: 3 },
    daysAgo: 2,
    steps: [
      {
        transition: 'schedule',
        day: 1,
        note: 'Vi henter dit storskrald tirsdag fra kl. 7. Stil det ved skel senest kl. 6.',
        appointment: { inDays: 6, place: 'Ved skel ud for din adresse' },
      },
    ],
  },
  { caseType: 'bulky-waste', applicant: { citizen: 17 }, daysAgo: 0, channel: 'phone', steps: [] },
  { caseType: 'change-of-address', applicant: { citizen: 18 }, daysAgo: 3, steps: [] },
  {
    caseType: 'change-of-address',
    applicant: { citizen: 16 },
    daysAgo: 20,
    steps: [
      { transition: 'start_review', day: 0 },
      { transition: 'register', day: 2 },
    ],
  },
  {
    caseType: 'dog-registration',
    applicant: { citizen: 5 },
    daysAgo: 7,
    steps: [
      { transition: 'start_review', day: 1 },
      { transition: 'request_insurance', day: 1, note: insurance },
    ],
  },
  {
    caseType: 'dog-registration',
    applicant: { citizen: 4 },
    daysAgo: 15,
    channel: 'attendance',
    steps: [
      { transition: 'start_review', day: 0 },
      { transition: 'register', day: 1 },
    ],
  },
  { caseType: 'free-school-meals', applicant: { citizen: 7 }, daysAgo: 5, steps: [] },
  {
    caseType: 'free-school-meals',
    applicant: { citizen: 19 },
    daysAgo: 14,
    steps: [
      { transition: 'start_income_check', day: 1 },
      { transition: 'request_documentation', day: 2, note: payslips },
    ],
  },
  {
    caseType: 'resident-parking',
    applicant: { citizen: 8 },
    daysAgo: 6,
    steps: [{ transition: 'start_review', day: 1 }],
  },
  {
    caseType: 'resident-parking',
    applicant: { citizen: 10 },
    daysAgo: 18,
    steps: [
      { transition: 'start_review', day: 1 },
      { transition: 'issue', day: 2 },
    ],
  },
  {
    caseType: 'access-to-records',
    applicant: { business: '10000009' },
    daysAgo: 3,
    channel: 'letter',
    steps: [{ transition: 'start_review', day: 1 }],
  },
  {
    caseType: 'access-to-records',
    applicant: { citizen: 14 },
    daysAgo: 11,
    steps: [
      { transition: 'start_review', day: 1 },
      {
        transition: 'grant',
        day: 5,
        note: 'Vi har undtaget to interne arbejdsdokumenter efter offentlighedslovens § 23.',
      },
    ],
  },
];
