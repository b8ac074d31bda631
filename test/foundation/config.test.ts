import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('when nothing is set, then the embedded defaults apply', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      NEO4J_BOLT_PORT: 7687,
      NEO4J_DATA_DIR: '.neo4j',
      NEO4J_DATABASE: 'neo4j',
    });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('when values are given, then they are parsed to their types', () => {
    const config = loadConfig({ PORT: '0', NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_HEAP_MB: '2048' });

    expect(config).toMatchObject({ PORT: 0, NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_HEAP_MB: 2048 });
  });

  it('when a variable is empty, then it counts as unset', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: '' });

    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['NEO4J_BOLT_PORT', '-1'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_URI', 'localhost:7687'],
    ['NEO4J_HEAP_MB', '0'],
    ['NEO4J_CONNECT_TIMEOUT_S', 'soon'],
  ])('when %s=%s, then start-up fails naming the variable', (name, value) => {
    const attempt = () => loadConfig({ [name]: value });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('when several variables are bad, then all are named at once', () => {
    expect(() => loadConfig({ PORT: 'x', NEO4J_BOLT_PORT: 'y' })).toThrow(/PORT[\s\S]*NEO4J_BOLT_PORT/);
  });
});
