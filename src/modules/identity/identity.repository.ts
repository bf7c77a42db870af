// The identity module's SQL, one file per table group under repository/; services import it all from here.
export * from './repository/identity.tables.ts';
export * from './repository/people.repository.ts';
export * from './repository/business.repository.ts';
export * from './repository/department.repository.ts';
export * from './repository/staff.repository.ts';
export * from './repository/api-client.repository.ts';
export * from './repository/demo-seed.repository.ts';
