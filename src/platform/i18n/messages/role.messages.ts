import { defineCatalogue } from '../i18n.ts';

/** Names of roles and of assurance levels. */
export const roleMessages = defineCatalogue({
  da: {
    'role.citizen': 'Borger',
    'role.business': 'Virksomhedsrepræsentant',
    'role.caseworker': 'Sagsbehandler',
    'role.front_desk': 'Borgerservice',
    'role.manager': 'Leder',
    'role.system_owner': 'Systemejer',
    'role.administrator': 'Administrator',
    'role.integration': 'Integration (fagsystem)',
    'assurance.low': 'Lav',
    'assurance.substantial': 'Betydelig',
    'assurance.high': 'Høj',
  },
  en: {
    'role.citizen': 'Citizen',
    'role.business': 'Business representative',
    'role.caseworker': 'Caseworker',
    'role.front_desk': 'Front desk',
    'role.manager': 'Manager',
    'role.system_owner': 'System owner',
    'role.administrator': 'Administrator',
    'role.integration': 'Integration (line-of-business system)',
    'assurance.low': 'Low',
    'assurance.substantial': 'Substantial',
    'assurance.high': 'High',
  },
});
