/**
 * Why the LRS could not be read at launch, in words a developer or LMS
 * administrator can act on. The browser hides the cause of a failed request
 * from scripts (refused, CORS and the Content-Security-Policy look alike), so
 * what can be known from the addresses is said, and the rest is listed.
 */
export function unreachableReason(endpoint: string, pageUrl: string, failure: { status: number | null; message: string }): string {
  const where = `The LRS at ${endpoint}`;
  if (failure.status === 401 || failure.status === 403) {
    return `${where} refused the launch's credentials (HTTP ${failure.status}): check the auth the LMS passes in the launch URL.`;
  }
  if (failure.status !== null) return `${where} answered HTTP ${failure.status}: ${failure.message}`;
  const page = new URL(pageUrl);
  const lrs = new URL(endpoint, pageUrl);
  if (page.protocol === 'https:' && lrs.protocol === 'http:' && !isLoopback(lrs.hostname)) {
    return `${where} is http while the package is served over https: the browser blocks it as mixed content. Serve the LRS over https.`;
  }
  const detail = failure.message.replace(/^the LRS could not be reached \((.*)\)$/, '$1');
  return (
    `${where} could not be reached (${detail}). Either it refused the connection or is down, ` +
    `or it does not allow requests from ${page.origin} (CORS: it must answer the preflight and allow the ` +
    `Authorization, Content-Type and X-Experience-API-Version headers), or a Content-Security-Policy of the ` +
    `page that serves the package blocks it (the package itself allows connect-src 'self' https: http:).`
  );
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}
