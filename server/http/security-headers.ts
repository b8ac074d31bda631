// The response headers that keep the explorer's pages from being turned against their users:
// a Content-Security-Policy the built client satisfies (test/browser/csp.test.ts fails on any
// violation), no framing, no MIME sniffing, no Referer sent to the article sites it links to.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * What the built client needs, and nothing more:
 *   script-src 'self'     Vite's module scripts and the chunks loaded on first use (CodeMirror,
 *                         jsPDF, svg2pdf, pptxgenjs); no inline script, no eval.
 *   style-src 'self'      styles.css; the client's own code styles elements through the CSSOM
 *                         (element.style) and writes no style attributes (client/ui/dom.ts).
 *   img-src data: blob:   the briefing preview and the slide's and framed PNG's images (blob: SVGs
 *                         drawn onto a canvas), and images jsPDF builds as data: URLs.
 *   connect-src 'self'    the API only.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    // CodeMirror (style-mod) writes its theme into <style> elements in the document; a nonce
    // (EditorView.cspNonce) would need index.html rendered per request. A library also writes a
    // style attribute while console runs overlap (seen in the browser tests, not traced to its
    // line): allowed, since a style attribute runs no script and the page renders no markup it
    // is sent (text goes in as text).
    styleSrcElem: ["'self'", "'unsafe-inline'"],
    styleSrcAttr: ["'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    // No Referer to the outlets whose articles the evidence panel links to. Not 'no-referrer': under
    // it browsers send `Origin: null` on the page's own POSTs, which the Origin checks of
    // write-access.ts and sign-in.ts rightly refuse.
    referrerPolicy: { policy: 'same-origin' },
    // The server speaks plain HTTP; HSTS belongs to whatever terminates TLS in front of it.
    strictTransportSecurity: false,
    // X-Frame-Options for browsers that predate frame-ancestors.
    xFrameOptions: { action: 'deny' },
  });
}
