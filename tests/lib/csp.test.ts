import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../src/lib/csp.ts';

describe('content security policy', () => {
  it('allows only the site itself, and inline scripts only by their exact hash', () => {
    const policy = contentSecurityPolicy({ inlineScripts: ['alert(1)'] });
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${expected}'`);
    expect(policy).toMatch(/^default-src 'self';/);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(policy.match(/script-src[^;]*/)![0]).not.toContain("'unsafe-inline'");
    expect(policy).toContain("object-src 'none'");
  });

  it('adds frame-ancestors only for an HTTP header (a meta element cannot carry it)', () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ forHeader: true })).toContain("frame-ancestors 'self'");
  });

  it('hashes as browsers do: sha256 of the UTF-8 source, base64', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('video players in the content security policy', () => {
  it('frames only the player hosts the settings allow; every other directive stays the site itself', () => {
    const policy = contentSecurityPolicy({ frameHosts: ['rutube.ru', 'www.youtube-nocookie.com'] });
    expect(policy).toContain('frame-src https://rutube.ru https://www.youtube-nocookie.com;');
    expect(policy.split('; ').filter((d) => /https?:/.test(d))).toEqual(['frame-src https://rutube.ru https://www.youtube-nocookie.com']);
    expect(contentSecurityPolicy()).toContain("frame-src 'none'");
  });
});
