import { changeOfAddress } from './citizen/change-of-address.ts';
import { housingBenefit } from './citizen/housing-benefit.ts';
import { bulkyWaste } from './citizen/bulky-waste.ts';
import { buildingPermit } from './citizen/building-permit.ts';
import { residentParking } from './citizen/resident-parking.ts';
import { freeSchoolMeals } from './citizen/free-school-meals.ts';
import { dogRegistration } from './citizen/dog-registration.ts';
import type { SolutionInput } from './solution.ts';

/** Self-service solutions for citizens. */
export const citizenSolutions: SolutionInput[] = [
  changeOfAddress,
  housingBenefit,
  bulkyWaste,
  buildingPermit,
  residentParking,
  freeSchoolMeals,
  dogRegistration,
];
