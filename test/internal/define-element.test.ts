import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define-element.js';
import { VERSION } from '../../src/internal/version.js';
import packageJson from '../../package.json';
import { captureWarnings, uniqueTag } from '../helpers.js';

describe('defineElement', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('keeps VERSION equal to package.json', () => {
    expect(VERSION).to.equal(packageJson.version);
  });

  it('defines a new tag', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {
      static version = VERSION;
    }
    defineElement(tag, A);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('is silent when the same version defines the tag again (script loaded twice)', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {
      static version = VERSION;
    }
    class B extends HTMLElement {
      static version = VERSION;
    }
    defineElement(tag, A);
    expect(() => defineElement(tag, B)).not.to.throw();
    expect(() => defineElement(tag, A)).not.to.throw();
    expect(customElements.get(tag)).to.equal(A);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once, naming both versions, when another version defined it; never throws', () => {
    const tags = [uniqueTag(), uniqueTag()];
    class Old extends HTMLElement {
      static version = '0.0.1-old';
    }
    for (const tag of tags) defineElement(tag, class extends Old {});
    for (const tag of tags) {
      expect(() => defineElement(tag, class extends HTMLElement {
        static version = VERSION;
      })).not.to.throw();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(`mg-widgets ${VERSION}`);
    expect(warnings.messages[0]).to.contain('mg-widgets 0.0.1-old');
    expect(customElements.get(tags[0]!)!.prototype).to.be.instanceOf(Old);
  });

  it('warns when another script owns the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    defineElement(tag, class extends HTMLElement {});
    expect(warnings.messages[0]).to.contain('another script');
  });

  it('turns a define error into a warning', () => {
    expect(() => defineElement('not-valid-Tag', class extends HTMLElement {})).not.to.throw();
    expect(warnings.messages[0]).to.contain('could not define <not-valid-Tag>');
  });
});
