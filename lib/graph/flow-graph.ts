/**
 * The architecture as a graph of load: resources are nodes, and every connection the templates
 * declare (notification, subscription, event source mapping, rule target, integration, state
 * machine task, origin, target group, IAM grant, log group, dead-letter queue) is an edge.
 * Built once per architecture; propagation and sweeps reuse it.
 */
import type { Architecture, ResourceModel } from '../model/architecture.js';
import type { EdgeKind, FlowEdge } from './edge-kind.js';
import { EDGE_KINDS } from './edges/index.js';
import { ResourceIndex } from './references.js';

export interface FlowGraph {
  edges: FlowEdge[];
  outgoing: Map<ResourceModel, FlowEdge[]>;
  incoming: Map<ResourceModel, FlowEdge[]>;
  kinds: Map<string, EdgeKind>;
}

export function buildFlowGraph(architecture: Architecture, kinds: EdgeKind[] = EDGE_KINDS): FlowGraph {
  const index = new ResourceIndex(architecture);
  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  for (const kind of kinds) {
    for (const edge of kind.find(index)) {
      // Several template resources can make the same connection (two API methods on one function):
      // load crosses it once.
      const key = `${edge.kind}\u0000${edge.from.stack}\u0000${edge.from.logicalId}\u0000${edge.to.logicalId}`;
      if (seen.has(key) || (edge.from === edge.to && edge.kind === 'iam-grant')) continue;
      seen.add(key);
      edges.push(edge);
    }
  }
  const outgoing = new Map<ResourceModel, FlowEdge[]>();
  const incoming = new Map<ResourceModel, FlowEdge[]>();
  for (const edge of edges) {
    push(outgoing, edge.from, edge);
    push(incoming, edge.to, edge);
  }
  return { edges, outgoing, incoming, kinds: new Map(kinds.map((k) => [k.kind, k])) };
}

function push(map: Map<ResourceModel, FlowEdge[]>, key: ResourceModel, edge: FlowEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** "UploadPipeline/Worker" for "UploadPipeline/Worker/Resource": how edges and nodes are named to users. */
export function nodeName(resource: ResourceModel): string {
  return resource.path.endsWith('/Resource') ? resource.path.slice(0, -'/Resource'.length) : resource.path;
}

export function edgeName(edge: FlowEdge): string {
  return `${nodeName(edge.from)} -> ${nodeName(edge.to)}`;
}
