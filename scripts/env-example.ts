// Prints .env.example from the config schema, so the documentation cannot drift from the code: `npx tsx scripts/env-example.ts > .env.example`
import { ConfigSchema } from '#src/config.ts';

const lines = [
  '# Raadhus configuration. Every variable is optional in development; see the descriptions for production.',
  '',
];
/** `.describe()` before `.default()`/`.optional()` leaves the description on the wrapped schema: look inside. */
function descriptionOf(schema: unknown): string {
  for (
    let current = schema as { description?: string; def?: { innerType?: unknown } } | undefined;
    current;
    current = current.def?.innerType as typeof current
  ) {
    if (current.description) return current.description;
  }
  return '';
}

for (const [name, schema] of Object.entries(ConfigSchema.shape)) {
  lines.push(`# ${descriptionOf(schema)}`);
  const fallback = (schema as { def?: { defaultValue?: unknown } }).def?.defaultValue;
  lines.push(`# ${name}=${fallback === undefined ? '' : String(fallback)}`);
  lines.push('');
}
process.stdout.write(lines.join('\n'));
