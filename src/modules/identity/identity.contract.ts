import type { IdentityService } from './identity.service.ts';

/**
 * What other modules may ask identity: people, businesses and staff by id or number (lookups by CPR/CVR
 * audited with a purpose), and the departments from the one department cache, with the default department.
 */
export type IdentityContract = Pick<
  IdentityService,
  | 'getPerson'
  | 'getBusiness'
  | 'getStaff'
  | 'findPersonByCpr'
  | 'findBusinessByCvr'
  | 'findPeopleByCprs'
  | 'findBusinessesByCvrs'
  | 'lookupPersonByCpr'
  | 'lookupBusinessByCvr'
  | 'allCitizenCprs'
  | 'staffInDepartment'
  | 'testIdentities'
  | 'listDepartments'
  | 'department'
  | 'departmentByCode'
  | 'defaultDepartment'
  | 'departmentOf'
>;
