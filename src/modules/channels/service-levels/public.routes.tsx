import type { FastifyInstance } from 'fastify';
import type { ServiceLevelsService } from './service-levels.service.ts';
import { serviceLevelPaths } from './views/paths.ts';
import { ProcessingTimesPage } from './views/processing-times-page.tsx';

/** For everyone, without login: published processing times and how well they were kept last quarter. */
export function registerProcessingTimesRoutes(app: FastifyInstance, levels: ServiceLevelsService): void {
  app.get(serviceLevelPaths.processingTimes, { config: { access: 'public' } }, async (_request, reply) => {
    const report = await levels.publicReports.processingTimes();
    return reply.page(() => <ProcessingTimesPage report={report} />);
  });
}
