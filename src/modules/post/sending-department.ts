import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import { maySendForDepartment } from './post.policy.ts';
import type { PostDependencies } from './post.types.ts';

/** The department a letter is sent from: the one named, or the sender's own; a limited API client sends as its own only. */
export async function sendingDepartment(
  deps: PostDependencies,
  requested: string | null | undefined,
  actor: Principal,
): Promise<Department> {
  const department = requested ? await deps.identity.department(requested) : await deps.identity.departmentOf(actor);
  if (!department) throw new HttpProblem(400, 'post.validation.department');
  if (!maySendForDepartment(actor, department.id)) throw new HttpProblem(403, 'post.api.otherDepartment');
  return department;
}
