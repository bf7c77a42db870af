import { loadConfig, ConfigError } from './config.ts';
import { createRaadhus } from './app.ts';

/** Start-up: validate config (fail fast, every problem listed), open the database, migrate, start queue and HTTP. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const started = performance.now();
  const raadhus = await createRaadhus(config);
  if (raadhus.http) await raadhus.http.listen({ host: config.HOST, port: config.PORT });
  raadhus.logger.info(
    {
      url: config.publicUrl,
      mode: config.RUN_MODE,
      database: raadhus.database.embedded ? 'embedded (PGlite)' : 'PostgreSQL server',
      startupMs: Math.round(performance.now() - started),
    },
    'Raadhus is running',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    raadhus.logger.info({ signal }, 'shutting down: finishing requests and jobs in flight');
    const timer = setTimeout(() => process.exit(1), 30_000);
    timer.unref();
    await raadhus.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`Raadhus failed to start: ${error.message}`);
  process.exit(1);
});
