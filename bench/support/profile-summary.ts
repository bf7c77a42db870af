/**
 * Reads a V8 CPU profile (`.cpuprofile`) and says where the time went: each sample is charged to the innermost
 * frame of its stack that belongs to a known part of a request (a native frame such as a string builtin counts for
 * the part that called it), and the heaviest frames by self time are listed.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Parts of a request, matched on the frame's file (first match wins) or, for V8's own entries, its name. */
const parts: Array<[string, RegExp]> = [
  ['session', /platform\/auth\/session|@fastify\/cookie|cookie-signature|\/cookie\/index/],
  ['CSRF', /csrf/],
  ['rate limit', /rate-limit/],
  ['security headers', /helmet/],
  ['authorization', /platform\/auth\/permissions|\.policy\.ts/],
  ['audit', /platform\/audit/],
  ['logging', /pino|sonic-boom|platform\/http\/logging/],
  ['i18n', /platform\/i18n/],
  ['rendering (JSX, views)', /@kitajs|\/views\/|\.tsx/],
  ['database: PGlite engine', /@electric-sql\/pglite/],
  ['database: pg driver', /node_modules\/pg|pg-protocol|pg-pool|pg-types|postgres-/],
  ['database: Kysely', /kysely/],
  ['module code (services, repositories, routes)', /src\/modules\//],
  ['platform code (other)', /src\/platform\//],
  [
    'Fastify core, router and response writing',
    /node_modules\/(fastify|find-my-way|avvio|light-my-request|@fastify\/)/,
  ],
  ['load generator / other app code', /autocannon|bench\//],
  ['tsx loader', /tsx\//],
];
/** Node's own frames (sockets, streams, crypto) count for the part that called them, when one did. */
const nodeInternals = 'Node.js (HTTP parsing, response writes, timers)';
const special: Record<string, string> = {
  '(garbage collector)': 'garbage collection',
  '(idle)': 'idle',
  '(program)': 'V8 / native (no JS frame)',
};

function partOf(node: ProfileNode): string | undefined {
  const { url, functionName } = node.callFrame;
  if (!url) return special[functionName];
  if (url.startsWith('node:')) return nodeInternals;
  return parts.find(([, pattern]) => pattern.test(url))?.[0];
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  parts: Array<{ part: string; ms: number; share: string }>;
  top: Array<{ frame: string; selfMs: number; share: string }>;
}

export function summariseProfile(profile: Profile, topCount = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const partCache = new Map<number, string>();
  const charge = (id: number): string => {
    const cached = partCache.get(id);
    if (cached) return cached;
    let found: string | undefined;
    let inNode = false;
    for (let at: number | undefined = id; at !== undefined && !found; at = parent.get(at)) {
      const part = partOf(byId.get(at)!);
      if (part === nodeInternals) inNode = true;
      else found = part;
    }
    const part = found ?? (inNode ? nodeInternals : 'other');
    partCache.set(id, part);
    return part;
  };
  const partTime = new Map<string, number>();
  const selfTime = new Map<string, number>();
  let total = 0;
  // the profiler's own start and stop (node:inspector, called from the profiled process) are not the app's work
  const ownWork = new Set(
    profile.nodes.filter((node) => node.callFrame.url === 'node:inspector').map((node) => node.id),
  );
  const isOwnWork = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (ownWork.has(at)) return true;
    return false;
  };
  profile.samples.forEach((id, index) => {
    if (isOwnWork(id)) return;
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    total += delta;
    const part = charge(id);
    partTime.set(part, (partTime.get(part) ?? 0) + delta);
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const frame = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
    selfTime.set(frame, (selfTime.get(frame) ?? 0) + delta);
  });
  const idle = partTime.get('idle') ?? 0;
  const busy = total - idle;
  const share = (ms: number) => `${((ms / busy) * 100).toFixed(1)} %`;
  return {
    totalMs: Math.round(total),
    busyMs: Math.round(busy),
    parts: [...partTime]
      .filter(([part]) => part !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .map(([part, ms]) => ({ part, ms: Math.round(ms), share: share(ms) })),
    top: [...selfTime]
      .filter(([frame]) => frame !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, topCount)
      .map(([frame, ms]) => ({ frame, selfMs: Math.round(ms), share: share(ms) })),
  };
}

const shortUrl = (url: string) =>
  url.replace(/^file:\/\/.*?\/node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench|test)\//, '$1/');
