import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pinnedNeo4jVersion } from '../global-setup.ts';

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, ComposeService> };

describe('docker-compose.yml', () => {
  it('when read, then Neo4j runs the Community image of the version the pom pins', () => {
    expect(pinnedNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
    expect(compose.services.neo4j?.image).toBe(`neo4j:${pinnedNeo4jVersion()}-community`);
  });

  it('when read, then Neo4j has a healthcheck and the app waits for it', () => {
    expect(compose.services.neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(compose.services.app?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('when read, then the app is built here and reaches Neo4j through NEO4J_URI', () => {
    expect(compose.services.app?.build).toBe('.');
    expect(compose.services.app?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('when read, then every published port is bound to 127.0.0.1', () => {
    const ports = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:/);
  });
});
