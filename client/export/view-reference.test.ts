import { describe, expect, it } from 'vitest';
import { isLoopbackHost, viewParameters, viewReference } from './view-reference.ts';

describe('view reference', () => {
  it('when the explorer runs on a loopback address, then the view is given by its parameters, not a link', () => {
    expect(viewReference('http://127.0.0.1:3000/?focus=sergey-lavrov&depth=1&polarity=tension')).toBe(
      'View in entente with: focus=sergey-lavrov · depth=1 · polarity=tension',
    );
    expect(viewReference('http://localhost:5173/')).toBe('View in entente: the whole graph, no filter');
    expect(viewReference('http://[::1]:3000/?focus=russia')).not.toContain('http');
  });

  it('when the explorer runs on an address others can open, then the link is printed', () => {
    expect(viewReference('https://entente.example.org/?focus=russia')).toBe('View: https://entente.example.org/?focus=russia');
  });

  it('when a host is checked, then every loopback form is recognised and nothing else', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '0.0.0.0', '[::ffff:7f00:1]']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ['example.org', '10.0.0.5', '192.168.1.2', '128.0.0.1', 'localhost.example.org']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('when parameters are listed, then they are decoded and kept in order', () => {
    expect(viewParameters('?type=SUPPLIES_ARMS_TO&statedBy=sergey-lavrov&q=MATCH%20(n)')).toBe(
      'type=SUPPLIES_ARMS_TO · statedBy=sergey-lavrov · q=MATCH (n)',
    );
    expect(viewParameters('')).toBeNull();
  });
});
