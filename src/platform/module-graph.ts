/** A module as the graph sees it: its name and the names of the modules whose contracts it requires. */
export interface ModuleNode {
  name: string;
  requires: readonly string[];
}

/** Start-up refused: the modules do not form a graph the app can build. The message names the modules. */
export class ModuleGraphError extends Error {
  override name = 'ModuleGraphError';
}

/**
 * The order to build modules in: every module after the modules it requires, otherwise in the order given.
 * Throws a ModuleGraphError naming a module declared twice, a requirement no module provides
 * (`cases requires notify, which no module provides`) or a cycle (`identity → post → identity`).
 */
export function buildOrder<Node extends ModuleNode>(nodes: readonly Node[]): Node[] {
  const byName = new Map<string, Node>();
  for (const node of nodes) {
    if (byName.has(node.name)) throw new ModuleGraphError(`module ${node.name} is declared twice`);
    byName.set(node.name, node);
  }
  for (const node of nodes)
    for (const required of node.requires)
      if (!byName.has(required))
        throw new ModuleGraphError(`${node.name} requires ${required}, which no module provides`);

  const order: Node[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: Node) => {
    if (done.has(node.name)) return;
    const seen = path.indexOf(node.name);
    if (seen >= 0) throw new ModuleGraphError(`module cycle: ${[...path.slice(seen), node.name].join(' → ')}`);
    path.push(node.name);
    for (const required of node.requires) visit(byName.get(required)!);
    path.pop();
    done.add(node.name);
    order.push(node);
  };
  for (const node of nodes) visit(node);
  return order;
}
