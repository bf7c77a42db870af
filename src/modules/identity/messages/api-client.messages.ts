import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The administrator's page of integration API clients and their keys. */
export const apiClientMessages = defineCatalogue({
  da: {
    'identity.apiClients.title': 'API-klienter',
    'identity.apiClients.lead':
      'Fagsystemer kalder integrations-API’et med en API-nøgle. Nøglen vises kun én gang; gem den i fagsystemet.',
    'identity.apiClients.tableCaption': 'API-klienter og deres rettigheder',
    'identity.apiClients.name': 'Navn',
    'identity.apiClients.nameHint': 'Fx navnet på fagsystemet og dets leverandør.',
    'identity.apiClients.scopes': 'Rettigheder',
    'identity.apiClients.created': 'Oprettet',
    'identity.apiClients.status': 'Status',
    'identity.apiClients.active': 'Aktiv',
    'identity.apiClients.revoked': 'Spærret',
    'identity.apiClients.revoke': 'Spær nøglen',
    'identity.apiClients.revokeFor': 'for {name}',
    'identity.apiClients.revokedDone': 'Nøglen er spærret. Fagsystemet kan ikke længere kalde API’et med den.',
    'identity.apiClients.create': 'Opret API-klient',
    'identity.apiClients.none': 'Der er ingen API-klienter.',
    'identity.apiClients.keyCreated': 'API-klienten {name} er oprettet',
    'identity.apiClients.keyOnce':
      'Kopiér nøglen nu. Den vises ikke igen, og kommunen gemmer kun et fingeraftryk af den.',
    'identity.apiClients.key': 'API-nøgle',
    'identity.apiClients.nameRequired': 'Skriv et navn på 1-100 tegn.',
    'identity.apiClients.scopeRequired': 'Vælg mindst én rettighed.',
    'identity.apiClients.unknownScope': 'Rettigheden kan ikke gives til en API-klient: {scopes}.',
    'identity.apiClients.backToList': 'Tilbage til API-klienter',
  },
  en: {
    'identity.apiClients.title': 'API clients',
    'identity.apiClients.lead':
      'Line-of-business systems call the integration API with an API key. The key is shown only once; store it in the system.',
    'identity.apiClients.tableCaption': 'API clients and their permissions',
    'identity.apiClients.name': 'Name',
    'identity.apiClients.nameHint': 'For example the name of the system and its supplier.',
    'identity.apiClients.scopes': 'Permissions',
    'identity.apiClients.created': 'Created',
    'identity.apiClients.status': 'Status',
    'identity.apiClients.active': 'Active',
    'identity.apiClients.revoked': 'Revoked',
    'identity.apiClients.revoke': 'Revoke the key',
    'identity.apiClients.revokeFor': 'for {name}',
    'identity.apiClients.revokedDone': 'The key is revoked. The system can no longer call the API with it.',
    'identity.apiClients.create': 'Create API client',
    'identity.apiClients.none': 'There are no API clients.',
    'identity.apiClients.keyCreated': 'The API client {name} is created',
    'identity.apiClients.keyOnce':
      'Copy the key now. It is not shown again, and the municipality keeps only a fingerprint of it.',
    'identity.apiClients.key': 'API key',
    'identity.apiClients.nameRequired': 'Enter a name of 1-100 characters.',
    'identity.apiClients.scopeRequired': 'Choose at least one permission.',
    'identity.apiClients.unknownScope': 'The permission cannot be given to an API client: {scopes}.',
    'identity.apiClients.backToList': 'Back to API clients',
  },
});
