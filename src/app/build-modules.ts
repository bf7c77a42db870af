import type { Logger } from 'pino';
import type { BuiltModule, ModuleContext, ModuleDeclaration } from '../platform/module.ts';

/** A module as built: its declaration and what its build returned. */
export interface Built {
  declaration: ModuleDeclaration;
  module: BuiltModule<unknown>;
}

/** Builds each module from the platform and the contracts it requires (all built before it: the graph's order). */
export async function buildModules(
  ordered: readonly ModuleDeclaration[],
  platform: Omit<ModuleContext, 'logger'> & {
    logger: Logger;
  },
): Promise<Built[]> {
  const provided = new Map<string, unknown>();
  const built: Built[] = [];
  for (const declaration of ordered) {
    const required = Object.fromEntries(declaration.requires.map((name) => [name, provided.get(name)]));
    const context: ModuleContext = { ...platform, logger: platform.logger.child({ module: declaration.name }) };
    const module = await declaration.build(context, required as never);
    provided.set(declaration.name, module.provides);
    built.push({ declaration, module });
  }
  return built;
}
