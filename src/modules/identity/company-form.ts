/**
 * The CVR register's company forms (virksomhedsformer) of public authorities: the state's administrative units,
 * the regions and the municipalities. A business whose form is one of them is an authority, not a business, when
 * the rest of the system says who a letter went to.
 */
const publicAuthorityForms = new Set(
  ['Statslig administrativ enhed', 'Region', 'Primærkommune', 'Kommune'].map((form) => form.toLowerCase()),
);

/** Whether a company form from the CVR register is a public authority's (an unknown form is not). */
export const isPublicAuthorityForm = (companyForm: string | null | undefined): boolean =>
  !!companyForm && publicAuthorityForms.has(companyForm.trim().toLowerCase());
