import type { FastifyInstance } from 'fastify';
import { registerServiceLevelAdminRoutes } from './admin.routes.tsx';
import { registerProcessingTimesRoutes } from './public.routes.tsx';
import { registerServiceLevelReportRoutes } from './report.routes.tsx';
import type { ServiceLevelsService } from './service-levels.service.ts';

/** Every service-level page: the managers' follow-up, the administrators' targets, the public processing times. */
export function registerServiceLevelRoutes(app: FastifyInstance, levels: ServiceLevelsService): void {
  registerServiceLevelReportRoutes(app, levels);
  registerServiceLevelAdminRoutes(app, levels);
  registerProcessingTimesRoutes(app, levels);
}
