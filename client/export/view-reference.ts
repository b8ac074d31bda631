// What a briefing prints to say which view it shows. A link to a loopback address (the explorer on
// the briefer's own machine) would open nothing, or the wrong thing, for a recipient, so then the
// view's parameters are printed instead: anyone with entente and the same corpus can reopen it.

/** Whether a host name points back at the machine that opens it. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    host === '::ffff:127.0.0.1' ||
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
  );
}

/** "focus=sergey-lavrov · depth=1 · polarity=tension", or null when the view has no parameter. */
export function viewParameters(search: string): string | null {
  const entries = [...new URLSearchParams(search)].map(([key, value]) => `${key}=${value}`);
  return entries.length > 0 ? entries.join(' · ') : null;
}

/** The link when a recipient can open it; else the view's parameters. */
export function viewReference(href: string): string {
  const url = new URL(href);
  if (!isLoopbackHost(url.hostname)) return `View: ${url.href}`;
  const parameters = viewParameters(url.search);
  return parameters ? `View in entente with: ${parameters}` : 'View in entente: the whole graph, no filter';
}
