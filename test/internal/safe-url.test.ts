import { expect } from '@open-wc/testing';
import { safeHttpUrl } from '../../src/internal/safe-url.js';

describe('safeHttpUrl', () => {
  it('accepts http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/policy')).to.equal('https://example.org/policy');
    expect(safeHttpUrl('  http://example.org ')).to.equal('http://example.org/');
  });

  it('resolves relative URLs against the base', () => {
    expect(safeHttpUrl('/privacy', 'https://news.example/a/b')).to.equal('https://news.example/privacy');
  });

  it('rejects script, data and other schemes', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'mailto:a@b.c',
      'tel:988',
      '',
      '   ',
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(bad as string), String(bad)).to.equal(undefined);
    }
  });
});
