// The one place driver values become plain JSON: integers, temporal and spatial values, and
// graph structures (nodes, relationships, paths). Everything the API returns passes through here.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';
import type { ConsoleNode as PlainNode, ConsoleRelationship as PlainRelationship } from '../../contract/index.ts';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isNode(value)) return plainNode(value);
  if (isRelationship(value)) return plainRelationship(value);
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(plainNode),
      relationships: value.segments.map((segment) => plainRelationship(segment.relationship)),
    };
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return toPlain(properties) as Record<string, unknown>;
}

function plainNode(node: { elementId: string; labels: string[]; properties: Record<string, unknown> }): PlainNode {
  return { elementId: node.elementId, labels: [...node.labels], properties: plainProperties(node.properties) };
}

function plainRelationship(rel: {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}
