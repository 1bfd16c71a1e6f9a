import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LINK_GUARD_CSP_SOURCE, LINK_GUARD_SCRIPT } from './linkGuard';
import { META_CSP } from './securityHeaders';

describe('the link guard script', () => {
  it('is allowed by the page CSP through its own hash, and by nothing broader', () => {
    const hash = createHash('sha256').update(LINK_GUARD_SCRIPT, 'utf8').digest('base64');
    expect(LINK_GUARD_CSP_SOURCE).toBe(`'sha256-${hash}'`);
    expect(META_CSP).toContain(`script-src 'self' ${LINK_GUARD_CSP_SOURCE}`);
    expect(META_CSP).not.toMatch(/unsafe-inline/);
  });
});
