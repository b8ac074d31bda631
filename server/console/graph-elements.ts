// Every node and relationship a console result holds, wherever it sits in a row (a column, a
// list, a map, a path), deduplicated by elementId and made plain by toPlain: ready for a graph view.
import { isNode, isPath, isRelationship } from 'neo4j-driver';
import { toPlain } from '../db/to-plain.ts';
import type { ConsoleNode as PlainNode, ConsoleRelationship as PlainRelationship, ResultGraph } from '../../contract/index.ts';

/** Elements found in one value, by elementId. */
interface Found {
  nodes: Map<string, PlainNode>;
  relationships: Map<string, PlainRelationship>;
}

export class GraphCollector {
  private readonly nodes = new Map<string, PlainNode>();
  private readonly relationships = new Map<string, PlainRelationship>();

  /** The elements in a driver value not kept yet (each once); `keep` adds them. */
  unseen(value: unknown): ResultGraph {
    const found: Found = { nodes: new Map(), relationships: new Map() };
    this.walk(value, found);
    return { nodes: [...found.nodes.values()], relationships: [...found.relationships.values()] };
  }

  keep({ nodes, relationships }: ResultGraph): void {
    for (const node of nodes) this.nodes.set(node.elementId, node);
    for (const relationship of relationships) this.relationships.set(relationship.elementId, relationship);
  }

  graph(): ResultGraph {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }

  private walk(value: unknown, found: Found): void {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value)) {
      const id = value.elementId;
      if (!this.nodes.has(id) && !found.nodes.has(id)) found.nodes.set(id, toPlain(value) as PlainNode);
    } else if (isRelationship(value)) {
      const id = value.elementId;
      if (!this.relationships.has(id) && !found.relationships.has(id)) found.relationships.set(id, toPlain(value) as PlainRelationship);
    } else if (isPath(value)) {
      this.walk(value.start, found);
      for (const segment of value.segments) {
        this.walk(segment.relationship, found);
        this.walk(segment.end, found);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) this.walk(item, found);
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      // Cypher maps arrive as plain objects; temporal, spatial and Integer values hold no elements.
      for (const item of Object.values(value)) this.walk(item, found);
    }
  }
}
