import { buildingPermitBusiness } from './business/building-permit-business.ts';
import { accessToRecords } from './business/access-to-records.ts';
import type { SolutionInput } from './solution.ts';

/** Self-service solutions for businesses, and those open to both citizens and businesses. */
export const businessSolutions: SolutionInput[] = [buildingPermitBusiness, accessToRecords];
