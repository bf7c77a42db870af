// Prints .env.example from the config schema, so the documentation cannot drift from the code: `npx tsx scripts/env-example.ts > .env.example`
import { ConfigSchema } from '../src/config.ts';

const lines = ['# Raadhus configuration. Every variable is optional in development; see the descriptions for production.', ''];
for (const [name, schema] of Object.entries(ConfigSchema.shape)) {
  lines.push(`# ${schema.description ?? ''}`);
  const fallback = (schema as { def?: { defaultValue?: unknown } }).def?.defaultValue;
  lines.push(`# ${name}=${fallback === undefined ? '' : String(fallback)}`);
  lines.push('');
}
process.stdout.write(lines.join('\n'));
