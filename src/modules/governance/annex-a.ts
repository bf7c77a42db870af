/**
 * ISO/IEC 27001:2022 Annex A: the 93 controls by number and title, grouped in four themes. Only numbers and titles
 * are shipped; the standard's control texts are copyrighted, and each municipality writes its own descriptions and
 * reasons in the statement of applicability. Titles are the standard's English ones (reference data, like a
 * system's name); the Danish edition's titles can replace them.
 */
export const annexAThemes = ['organisational', 'people', 'physical', 'technological'] as const;
export type AnnexATheme = (typeof annexAThemes)[number];

const titles: Record<AnnexATheme, string[]> = {
  organisational: [
    'Policies for information security',
    'Information security roles and responsibilities',
    'Segregation of duties',
    'Management responsibilities',
    'Contact with authorities',
    'Contact with special interest groups',
    'Threat intelligence',
    'Information security in project management',
    'Inventory of information and other associated assets',
    'Acceptable use of information and other associated assets',
    'Return of assets',
    'Classification of information',
    'Labelling of information',
    'Information transfer',
    'Access control',
    'Identity management',
    'Authentication information',
    'Access rights',
    'Information security in supplier relationships',
    'Addressing information security within supplier agreements',
    'Managing information security in the ICT supply chain',
    'Monitoring, review and change management of supplier services',
    'Information security for use of cloud services',
    'Information security incident management planning and preparation',
    'Assessment and decision on information security events',
    'Response to information security incidents',
    'Learning from information security incidents',
    'Collection of evidence',
    'Information security during disruption',
    'ICT readiness for business continuity',
    'Legal, statutory, regulatory and contractual requirements',
    'Intellectual property rights',
    'Protection of records',
    'Privacy and protection of PII',
    'Independent review of information security',
    'Compliance with policies, rules and standards for information security',
    'Documented operating procedures',
  ],
  people: [
    'Screening',
    'Terms and conditions of employment',
    'Information security awareness, education and training',
    'Disciplinary process',
    'Responsibilities after termination or change of employment',
    'Confidentiality or non-disclosure agreements',
    'Remote working',
    'Information security event reporting',
  ],
  physical: [
    'Physical security perimeters',
    'Physical entry',
    'Securing offices, rooms and facilities',
    'Physical security monitoring',
    'Protecting against physical and environmental threats',
    'Working in secure areas',
    'Clear desk and clear screen',
    'Equipment siting and protection',
    'Security of assets off-premises',
    'Storage media',
    'Supporting utilities',
    'Cabling security',
    'Equipment maintenance',
    'Secure disposal or re-use of equipment',
  ],
  technological: [
    'User endpoint devices',
    'Privileged access rights',
    'Information access restriction',
    'Access to source code',
    'Secure authentication',
    'Capacity management',
    'Protection against malware',
    'Management of technical vulnerabilities',
    'Configuration management',
    'Information deletion',
    'Data masking',
    'Data leakage prevention',
    'Information backup',
    'Redundancy of information processing facilities',
    'Logging',
    'Monitoring activities',
    'Clock synchronization',
    'Use of privileged utility programs',
    'Installation of software on operational systems',
    'Networks security',
    'Security of network services',
    'Segregation of networks',
    'Web filtering',
    'Use of cryptography',
    'Secure development life cycle',
    'Application security requirements',
    'Secure system architecture and engineering principles',
    'Secure coding',
    'Security testing in development and acceptance',
    'Outsourced development',
    'Separation of development, test and production environments',
    'Change management',
    'Test information',
    'Protection of information systems during audit testing',
  ],
};

export interface AnnexAControl {
  code: string;
  theme: AnnexATheme;
  title: string;
}

/** The controls in order: 5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34. */
export const annexA: readonly AnnexAControl[] = annexAThemes.flatMap((theme, index) =>
  titles[theme].map((title, number) => ({ code: `${index + 5}.${number + 1}`, theme, title })),
);

export const isAnnexAControl = (code: string): boolean => annexA.some((control) => control.code === code);
