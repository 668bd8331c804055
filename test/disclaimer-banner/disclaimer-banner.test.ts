import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/disclaimer-banner/mg-disclaimer-banner.js';
import '../../src/components/reader-profile/mg-reader-profile.js';
import {
  DISCLAIMER_KINDS,
  DISMISS_STORAGE_PREFIX,
  MgDisclaimerBanner,
} from '../../src/components/disclaimer-banner/disclaimer-banner.js';
import { disclaimerBannerMessages } from '../../src/components/disclaimer-banner/disclaimer-banner.messages.js';
import { CRISIS_LINES } from '../../src/data/generated/crisis-lines.js';
import type { MgAffiliateDetectEvent } from '../../src/events/affiliate-detect.js';
import type { MgDismissEvent } from '../../src/events/dismiss.js';
import type { MgDismissRequestEvent } from '../../src/events/dismiss-request.js';
import { defineElement } from '../../src/internal/define-element.js';
import { captureWarnings, countTasks, nextFrames, shadowText, uniqueTag, whilePrinting } from '../helpers.js';

const en = disclaimerBannerMessages.en;
const es = disclaimerBannerMessages.es;
const NOTICE_KINDS = ['medical', 'affiliate', 'supplement'] as const;
const US_LINE = CRISIS_LINES.find((line) => line.region === 'us')!;

function $<T extends Element = HTMLElement>(el: MgDisclaimerBanner, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

/** The text a reader sees in the shadow tree (rendered text only: dismissed or collapsed parts are left out). */
function seen(el: MgDisclaimerBanner): string {
  const base = $(el, '[part~="base"]');
  return base ? base.innerText.replace(/[ \t\n\r\f]+/g, ' ').trim() : '';
}

function isShown(element: Element | null): boolean {
  return !!element && (element as HTMLElement).checkVisibility();
}

function dismissButton(el: MgDisclaimerBanner): HTMLButtonElement | null {
  return $<HTMLButtonElement>(el, 'button.dismiss');
}

function clearStored(): void {
  for (const area of [localStorage, sessionStorage]) {
    for (const key of Object.keys(area)) if (key.startsWith(DISMISS_STORAGE_PREFIX)) area.removeItem(key);
  }
}

function storedKeys(area: Storage): string[] {
  return Object.keys(area).filter((key) => key.startsWith(DISMISS_STORAGE_PREFIX));
}

async function settle(el: MgDisclaimerBanner): Promise<void> {
  await el.updateComplete;
  await nextFrames();
}

/** Makes every Storage method throw, as blocked storage does; returns the undo. */
function breakStorageMethods(): () => void {
  const proto = Storage.prototype;
  const original = { get: proto.getItem, set: proto.setItem, remove: proto.removeItem };
  const fail = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  proto.getItem = fail;
  proto.setItem = fail;
  proto.removeItem = fail;
  return () => {
    proto.getItem = original.get;
    proto.setItem = original.set;
    proto.removeItem = original.remove;
  };
}

/** Makes the `localStorage` and `sessionStorage` getters throw (sandboxed iframes, blocked cookies). */
function breakStorageGetters(): () => void {
  const descriptors = ['localStorage', 'sessionStorage'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const,
  );
  for (const [name] of descriptors) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  }
  return () => {
    for (const [name, descriptor] of descriptors) Object.defineProperty(window, name, descriptor);
  };
}

describe('<mg-disclaimer-banner>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearStored();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    clearStored();
  });

  describe('registration', () => {
    it('is defined and upgraded', async () => {
      const el = await fixture(html`<mg-disclaimer-banner></mg-disclaimer-banner>`);
      expect(el).to.be.instanceOf(MgDisclaimerBanner);
      expect(customElements.get('mg-disclaimer-banner')).to.equal(MgDisclaimerBanner);
    });

    it('tolerates a second define of the same version', () => {
      expect(() => defineElement('mg-disclaimer-banner', class extends MgDisclaimerBanner {})).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    const kindSets = [...DISCLAIMER_KINDS, 'medical affiliate supplement crisis'];
    for (const kind of kindSets) {
      for (const variant of ['inline', 'compact']) {
        for (const theme of ['light', 'dark']) {
          it(`passes axe: kind="${kind}", ${variant}, ${theme}`, async () => {
            const el = await fixture<MgDisclaimerBanner>(
              html`<mg-disclaimer-banner
                kind=${kind}
                variant=${variant}
                theme=${theme}
                dismissible
                policy-href="https://example.com/policy"
              ></mg-disclaimer-banner>`,
            );
            await expect(el).to.be.accessible();
            if (variant === 'compact' && kind !== 'crisis') {
              el.open = true;
              await settle(el);
              await expect(el).to.be.accessible();
            }
          });
        }
      }
    }

    it('passes axe in Spanish, as a landmark, and when dismissed', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner
          lang="es"
          landmark
          dismissible
          remember="none"
          kind="medical affiliate crisis"
        ></mg-disclaimer-banner>`,
      );
      await expect(el).to.be.accessible();
      el.dismiss();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('is a note named "Important notes" by default, a named region with landmark', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner></mg-disclaimer-banner>`);
      const base = $(el, '[part~="base"]')!;
      expect(base.getAttribute('role')).to.equal('note');
      expect(base.getAttribute('aria-label')).to.equal('Important notes');
      el.landmark = true;
      el.label = 'Health notes';
      await el.updateComplete;
      expect(base.getAttribute('role')).to.equal('region');
      expect(base.getAttribute('aria-label')).to.equal('Health notes');
    });

    it('gives the dismiss button a name and at least 24 x 24 px, even in small text', async () => {
      for (const size of ['16px', '10px']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: ${size}">
            <mg-disclaimer-banner dismissible variant="compact"></mg-disclaimer-banner>
          </div>`,
        );
        const el = wrapper.querySelector('mg-disclaimer-banner')!;
        await settle(el);
        for (const button of el.shadowRoot!.querySelectorAll('button')) {
          const box = button.getBoundingClientRect();
          expect(box.width, `${button.className} width at ${size}`).to.be.at.least(24);
          expect(box.height, `${button.className} height at ${size}`).to.be.at.least(24);
        }
        expect(dismissButton(el)!.getAttribute('aria-label')).to.equal('Hide these notes');
      }
    });

    it('reflows at 320 px wide and at 200% text size without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        for (const [size, lang] of [
          ['16px', 'en'],
          ['32px', 'en'],
          ['32px', 'es'],
        ] as const) {
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="font-size: ${size}" lang=${lang}>
              <mg-disclaimer-banner
                kind="medical affiliate supplement crisis"
                dismissible
                policy-href="https://example.com/p"
              ></mg-disclaimer-banner>
              <mg-disclaimer-banner
                variant="compact"
                open
                kind="medical affiliate supplement crisis"
                dismissible
              ></mg-disclaimer-banner>
            </div>`,
          );
          for (const el of wrapper.querySelectorAll('mg-disclaimer-banner')) await settle(el);
          expect(document.documentElement.scrollWidth, `page width at ${size}`).to.be.at.most(320);
          for (const el of wrapper.querySelectorAll('mg-disclaimer-banner')) {
            for (const node of el.shadowRoot!.querySelectorAll('button, a, p')) {
              expect(node.getBoundingClientRect().right, `${node.localName} at ${size}`).to.be.at.most(320);
            }
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps borders and buttons visible in forced-colors mode', async () => {
      // The test runner cannot switch Chromium to forced colors, so the element's own forced-colors rules are applied
      // unconditionally (as the media query would) and the result is measured.
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="medical crisis" variant="compact" dismissible></mg-disclaimer-banner>`,
      );
      const forced = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) =>
        [...sheet.cssRules]
          .filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
          )
          .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText)),
      );
      expect(forced.join('\n')).to.contain('CanvasText');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(forced.join('\n'));
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
      const systemColor = (name: string): string => {
        const probe = document.createElement('span');
        probe.style.color = name;
        document.body.append(probe);
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color;
      };
      for (const selector of ['.group', '.crisis', 'button.toggle', 'button.dismiss']) {
        const style = getComputedStyle($(el, selector)!);
        expect(style.borderTopStyle, selector).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), selector).to.be.greaterThan(0);
        expect(style.borderTopColor, selector).not.to.equal('rgba(0, 0, 0, 0)');
      }
      expect(getComputedStyle($(el, '.group')!).borderTopColor).to.equal(systemColor('CanvasText'));
      expect(getComputedStyle($(el, 'button.dismiss')!).borderTopColor).to.equal(systemColor('ButtonText'));
      expect(getComputedStyle($(el, '.crisis a')!).color).to.equal(systemColor('LinkText'));
    });

    it('prints every notice, even dismissed or collapsed, and no buttons', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner
          kind="medical supplement crisis"
          variant="compact"
          dismissible
          remember="none"
        ></mg-disclaimer-banner>`,
      );
      el.dismiss();
      await settle(el);
      expect(isShown($(el, '.group'))).to.equal(false);
      await whilePrinting(() => {
        expect(isShown($(el, '.group'))).to.equal(true);
        expect(isShown($(el, '.details'))).to.equal(true);
        expect(seen(el)).to.contain(en.medical()).and.to.contain(en.supplement).and.to.contain(en.crisisLead);
        for (const button of el.shadowRoot!.querySelectorAll('button')) expect(isShown(button)).to.equal(false);
      });
    });
  });

  describe('kinds and texts', () => {
    it('shows the medical disclaimer by default', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner></mg-disclaimer-banner>`);
      expect(seen(el)).to.equal(en.medical());
      expect(seen(el)).to.contain('It is not medical advice');
      expect(dismissButton(el)).to.equal(null);
    });

    it('shows each kind, in the order given', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="supplement affiliate medical"></mg-disclaimer-banner>`,
      );
      const kinds = [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map((n) => n.getAttribute('data-kind'));
      expect(kinds).to.deep.equal(['supplement', 'affiliate', 'medical']);
      expect(seen(el)).to.equal(`${en.supplement} ${en.affiliate()} ${en.medical()}`);
    });

    it('uses the FDA structure/function statement for supplement', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="supplement"></mg-disclaimer-banner>`,
      );
      expect(seen(el)).to.contain('have not been evaluated by the Food and Drug Administration');
      expect(seen(el)).to.contain('not intended to diagnose, treat, cure or prevent any disease');
    });

    it('uses a plain-language affiliate disclosure, naming the publisher when given', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="affiliate medical"></mg-disclaimer-banner>`,
      );
      expect(seen(el)).to.contain('We earn a commission if you buy something through links on this page.');
      el.publisher = 'The Everyday Health Desk';
      await el.updateComplete;
      expect(seen(el)).to.contain(
        'The Everyday Health Desk earns a commission if you buy something through links on this page.',
      );
      expect(seen(el)).to.contain('This article from The Everyday Health Desk is for general information only.');
      el.removeAttribute('publisher');
      el.publisher = null;
      await el.updateComplete;
      expect(seen(el)).to.equal(`${en.affiliate()} ${en.medical()}`);
    });

    it('renders publisher text as text, never as markup', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner publisher=${'<img src=x onerror=alert(1)>'}></mg-disclaimer-banner>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(seen(el)).to.contain('This article from <img src=x onerror=alert(1)> is for general information only.');
    });

    it('links to the policy with http(s) only, and removing kind restores medical', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="affiliate" policy-href="/about/affiliates"></mg-disclaimer-banner>`,
      );
      const link = $<HTMLAnchorElement>(el, 'a[part="policy-link"]')!;
      expect(link.href).to.equal(new URL('/about/affiliates', document.baseURI).href);
      expect(link.textContent).to.equal('Read our full policy');
      el.removeAttribute('kind');
      el.removeAttribute('policy-href');
      el.kind = null;
      el.policyHref = null;
      await el.updateComplete;
      expect(seen(el)).to.equal(en.medical());
      expect($(el, 'a')).to.equal(null);
    });

    it('shows the verified US crisis line with real tel: and sms: links, and what to do elsewhere', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner kind="crisis"></mg-disclaimer-banner>`);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.crisis a')];
      expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        [`tel:${US_LINE.callOrText}`, `call ${US_LINE.callOrText}`],
        [`sms:${US_LINE.callOrText}`, `text ${US_LINE.callOrText}`],
        [new URL(US_LINE.url).href, US_LINE.name],
      ]);
      const text = seen(el);
      expect(text).to.equal(
        'If you are thinking about suicide or are in crisis, help is available. In the US, call 988 or text 988 to reach ' +
          'the 988 Suicide & Crisis Lifeline. It is free and confidential, day or night. Outside the US, call your local ' +
          'emergency number or a crisis line near you.',
      );
      // No number other than the verified line's.
      expect(text.match(/\d+/g)).to.deep.equal([US_LINE.callOrText, US_LINE.callOrText, US_LINE.callOrText]);
    });

    it('places the crisis notice first when listed first, else last', async () => {
      const first = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="crisis medical"></mg-disclaimer-banner>`,
      );
      expect($(first, '[part~="base"]')!.firstElementChild!.className).to.equal('crisis');
      const last = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="medical crisis"></mg-disclaimer-banner>`,
      );
      expect($(last, '[part~="base"]')!.lastElementChild!.className).to.equal('crisis');
    });
  });

  describe('slots', () => {
    it('replaces the medical text with default-slot content', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner><p>Our lawyers' medical wording.</p></mg-disclaimer-banner>`,
      );
      const p = el.querySelector('p')!;
      expect(p.assignedSlot?.name).to.equal('');
      expect(isShown(p)).to.equal(true);
      expect(seen(el)).not.to.contain(en.medical());
    });

    for (const kind of [...NOTICE_KINDS, 'crisis'] as const) {
      it(`replaces the ${kind} text with slot="${kind}"`, async () => {
        const el = await fixture<MgDisclaimerBanner>(
          html`<mg-disclaimer-banner kind=${kind}><p slot=${kind}>Own ${kind} wording.</p></mg-disclaimer-banner>`,
        );
        const p = el.querySelector('p')!;
        expect(p.assignedSlot?.name).to.equal(kind);
        expect(isShown(p)).to.equal(true);
        expect(seen(el)).to.equal('');
      });
    }

    it('keeps the default text when only whitespace is slotted, and for kinds not replaced', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="medical affiliate">
          <span slot="affiliate">Own affiliate wording.</span>
        </mg-disclaimer-banner>`,
      );
      expect(seen(el)).to.equal(en.medical());
      expect(isShown(el.querySelector('span'))).to.equal(true);
    });

    it('replaces the compact summary with slot="summary"', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner variant="compact" kind="medical affiliate">
          <span slot="summary">Our notes.</span>
        </mg-disclaimer-banner>`,
      );
      expect(el.querySelector('span')!.assignedSlot?.name).to.equal('summary');
      expect(seen(el)).to.equal('Details');
    });

    it('does not show content slotted for a kind that is not shown', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="medical"><p slot="affiliate">Hidden</p></mg-disclaimer-banner>`,
      );
      expect(isShown(el.querySelector('p'))).to.equal(false);
    });
  });

  describe('compact variant', () => {
    it('shows one line with a disclosure that expands the rest', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner
          variant="compact"
          kind="medical affiliate"
          policy-href="https://example.com/p"
        ></mg-disclaimer-banner>`,
      );
      const toggle = $<HTMLButtonElement>(el, 'button.toggle')!;
      const details = $(el, '#details')!;
      expect(seen(el)).to.equal(`${en.summary.medical} ${en.summary.affiliate} Details`);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('details');
      expect(isShown(details)).to.equal(false);
      toggle.click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(details)).to.equal(true);
      expect(seen(el)).to.contain(en.medical()).and.to.contain(en.affiliate()).and.to.contain('Read our full policy');
    });

    it('never collapses the crisis notice', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner variant="compact" kind="medical crisis"></mg-disclaimer-banner>`,
      );
      expect(isShown($(el, '.crisis'))).to.equal(true);
      expect(seen(el)).to.contain(en.crisisLead);
    });
  });

  describe('dismiss and remember', () => {
    it('fires mg-dismiss-request then mg-dismiss, hides the notes and remembers them (local by default)', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible kind="medical affiliate"></mg-disclaimer-banner>`,
      );
      const order: string[] = [];
      const request = oneEvent(el, 'mg-dismiss-request') as Promise<MgDismissRequestEvent>;
      const done = oneEvent(el, 'mg-dismiss') as Promise<MgDismissEvent>;
      el.addEventListener('mg-dismiss-request', () => order.push(`request, visible: ${isShown($(el, '.group'))}`));
      el.addEventListener('mg-dismiss', () => order.push(`dismiss, visible: ${isShown($(el, '.group'))}`));
      dismissButton(el)!.click();
      const requestEvent = await request;
      expect(requestEvent.cancelable).to.equal(true);
      expect(requestEvent.bubbles).to.equal(true);
      expect(requestEvent.composed).to.equal(true);
      expect(requestEvent.detail).to.deep.equal({ kinds: ['medical', 'affiliate'] });
      const event = await done;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ kinds: ['medical', 'affiliate'], remember: 'local', stored: true });
      expect(Object.isFrozen(event.detail)).to.equal(true);
      expect(order).to.deep.equal(['request, visible: true', 'dismiss, visible: false']);
      expect(el.dismissed).to.equal(true);
      expect(el.matches(':state(dismissed)')).to.equal(true);
      expect(seen(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(storedKeys(localStorage)).to.have.length(1);
      expect(storedKeys(sessionStorage)).to.have.length(0);
    });

    it('stays dismissed on a later page view, from the first render (no flash, no layout shift)', async () => {
      const first = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible publisher="Desk"></mg-disclaimer-banner>`,
      );
      expect(first.dismiss()).to.equal(true);
      await settle(first);
      first.remove();

      const tag = uniqueTag('spy-banner');
      const firstRender: { dismissed?: boolean; height?: number } = {};
      customElements.define(
        tag,
        class extends MgDisclaimerBanner {
          protected override firstUpdated(): void {
            firstRender.dismissed = this.renderRoot.querySelector('.group')!.classList.contains('dismissed');
            firstRender.height = this.getBoundingClientRect().height;
          }
        },
      );
      const later = document.createElement(tag) as MgDisclaimerBanner;
      later.setAttribute('dismissible', '');
      later.setAttribute('publisher', 'Desk');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(later);
      await settle(later);
      expect(firstRender).to.deep.equal({ dismissed: true, height: 0 });
      expect(later.dismissed).to.equal(true);
      expect(later.getBoundingClientRect().height).to.equal(0);
    });

    it('shows again when the text changes: publisher, slotted text, language', async () => {
      const first = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible publisher="Desk"></mg-disclaimer-banner>`,
      );
      first.dismiss();
      await settle(first);
      const renamed = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible publisher="Desk Inc."></mg-disclaimer-banner>`,
      );
      expect(renamed.dismissed).to.equal(false);
      expect(seen(renamed)).to.contain('This article from Desk Inc.');

      const slotted = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible><p>Version 1 of our wording.</p></mg-disclaimer-banner>`,
      );
      slotted.dismiss();
      await settle(slotted);
      expect(isShown($(slotted, '.group'))).to.equal(false);
      slotted.querySelector('p')!.textContent = 'Version 2 of our wording.';
      await settle(slotted);
      expect(slotted.dismissed).to.equal(false);
      expect(isShown($(slotted, '.group'))).to.equal(true);

      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><mg-disclaimer-banner dismissible></mg-disclaimer-banner></div>`,
      );
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      await settle(el);
      el.dismiss();
      await settle(el);
      wrapper.setAttribute('lang', 'es');
      await settle(el);
      expect(el.dismissed).to.equal(false);
      expect(seen(el)).to.equal(es.medical());
    });

    it('remember="session" uses sessionStorage; remember="none" lasts this page view only', async () => {
      const session = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible remember="session"></mg-disclaimer-banner>`,
      );
      const done = oneEvent(session, 'mg-dismiss') as Promise<MgDismissEvent>;
      session.dismiss();
      expect((await done).detail).to.deep.equal({ kinds: ['medical'], remember: 'session', stored: true });
      expect(storedKeys(sessionStorage)).to.have.length(1);
      expect(storedKeys(localStorage)).to.have.length(0);
      clearStored();

      const none = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible remember="none"></mg-disclaimer-banner>`,
      );
      const noneDone = oneEvent(none, 'mg-dismiss') as Promise<MgDismissEvent>;
      none.dismiss();
      expect((await noneDone).detail).to.deep.equal({ kinds: ['medical'], remember: 'none', stored: false });
      expect(none.dismissed).to.equal(true);
      expect(storedKeys(localStorage).length + storedKeys(sessionStorage).length).to.equal(0);
      const again = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible remember="none"></mg-disclaimer-banner>`,
      );
      expect(again.dismissed).to.equal(false);
    });

    it('honours a canceled mg-dismiss-request: nothing hides, nothing is stored, no mg-dismiss', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner dismissible></mg-disclaimer-banner>`);
      let dismissed = 0;
      el.addEventListener('mg-dismiss', () => (dismissed += 1));
      document.addEventListener('mg-dismiss-request', (event) => event.preventDefault(), { once: true });
      dismissButton(el)!.click();
      await settle(el);
      expect(el.dismissed).to.equal(false);
      expect(seen(el)).to.equal(en.medical());
      expect(storedKeys(localStorage)).to.deep.equal([]);
      expect(dismissed).to.equal(0);
    });

    it('never dismisses the crisis notice', async () => {
      const only = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible kind="crisis"></mg-disclaimer-banner>`,
      );
      expect(dismissButton(only)).to.equal(null);
      expect(only.dismiss()).to.equal(false);

      const both = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible kind="medical crisis"></mg-disclaimer-banner>`,
      );
      const request = oneEvent(both, 'mg-dismiss-request') as Promise<MgDismissRequestEvent>;
      both.dismiss();
      expect((await request).detail.kinds).to.deep.equal(['medical']);
      await settle(both);
      expect(isShown($(both, '.group'))).to.equal(false);
      expect(isShown($(both, '.crisis'))).to.equal(true);
      expect(seen(both)).to.contain(en.crisisLead);
      expect($(both, '[part~="base"]')!.getAttribute('role')).to.equal('note');
    });

    it('does nothing without dismissible', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner></mg-disclaimer-banner>`);
      expect(dismissButton(el)).to.equal(null);
      expect(el.dismiss()).to.equal(false);
      expect(el.dismissed).to.equal(false);
    });

    it('reset() shows the notes again and forgets the remembered dismissal', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner dismissible></mg-disclaimer-banner>`);
      el.dismiss();
      await settle(el);
      expect(storedKeys(localStorage)).to.have.length(1);
      el.reset();
      await el.updateComplete;
      expect(el.dismissed).to.equal(false);
      expect(el.matches(':state(dismissed)')).to.equal(false);
      expect(seen(el)).to.equal(en.medical());
      expect(storedKeys(localStorage)).to.deep.equal([]);
    });

    it('works when every Storage method throws: shows, dismisses for this page view, stored: false', async () => {
      const restore = breakStorageMethods();
      try {
        const el = await fixture<MgDisclaimerBanner>(
          html`<mg-disclaimer-banner dismissible kind="medical affiliate"></mg-disclaimer-banner>`,
        );
        expect(seen(el)).to.equal(`${en.medical()} ${en.affiliate()}`);
        const done = oneEvent(el, 'mg-dismiss') as Promise<MgDismissEvent>;
        expect(() => dismissButton(el)!.click()).not.to.throw();
        expect((await done).detail.stored).to.equal(false);
        expect(el.dismissed).to.equal(true);
        expect(() => el.reset()).not.to.throw();
        await el.updateComplete;
        expect(el.dismissed).to.equal(false);
      } finally {
        restore();
      }
    });

    it('works when the storage getters themselves throw', async () => {
      const restore = breakStorageGetters();
      try {
        const el = await fixture<MgDisclaimerBanner>(
          html`<mg-disclaimer-banner dismissible remember="session"></mg-disclaimer-banner>`,
        );
        expect(seen(el)).to.equal(en.medical());
        const done = oneEvent(el, 'mg-dismiss') as Promise<MgDismissEvent>;
        el.dismiss();
        expect((await done).detail).to.deep.equal({ kinds: ['medical'], remember: 'session', stored: false });
        expect(el.dismissed).to.equal(true);
      } finally {
        restore();
      }
    });

    it('moves focus to the crisis notice when it stays, else keeps it on the banner, never on body', async () => {
      const withCrisis = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible remember="none" kind="medical crisis"></mg-disclaimer-banner>`,
      );
      dismissButton(withCrisis)!.focus();
      const done = oneEvent(withCrisis, 'mg-dismiss');
      dismissButton(withCrisis)!.click();
      await done;
      expect(document.activeElement).to.equal(withCrisis);
      expect(withCrisis.shadowRoot!.activeElement).to.equal($(withCrisis, '.crisis'));

      const alone = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible remember="none"></mg-disclaimer-banner>`,
      );
      dismissButton(alone)!.focus();
      const aloneDone = oneEvent(alone, 'mg-dismiss');
      dismissButton(alone)!.click();
      await aloneDone;
      expect(document.activeElement).to.equal(alone);
      expect(document.activeElement).not.to.equal(document.body);
      alone.blur();
      expect(alone.hasAttribute('tabindex')).to.equal(false);
    });

    it('does not steal focus when dismissed from script', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <input aria-label="elsewhere" /><mg-disclaimer-banner dismissible remember="none"></mg-disclaimer-banner>
        </div>`,
      );
      const input = wrapper.querySelector('input')!;
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      await settle(el);
      input.focus();
      const done = oneEvent(el, 'mg-dismiss');
      el.dismiss();
      await done;
      expect(document.activeElement).to.equal(input);
    });
  });

  describe('detect-affiliate', () => {
    it('shows the affiliate disclosure and reports the count when the page has affiliate links', async () => {
      const listener = oneEvent(document, 'mg-affiliate-detect') as Promise<MgAffiliateDetectEvent>;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <a href="https://shop.example/x" rel="sponsored noopener">Sponsored</a>
          <a href="https://www.amazon.com/dp/B000?tag=desk-20">Amazon</a>
          <a href="https://example.org/plain">Plain</a>
          <mg-disclaimer-banner kind="medical affiliate" detect-affiliate>
            <p>See <a href="https://amzn.to/abc">our pick</a>.</p>
          </mg-disclaimer-banner>
        </div>`,
      );
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      const event = await listener;
      expect(event.target).to.equal(el);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ count: 2, shown: true });
      expect(el.affiliateLinkCount).to.equal(2);
      expect(seen(el)).to.contain(en.affiliate());
    });

    it('hides the affiliate disclosure and reports 0 when the page has none', async () => {
      const listener = oneEvent(document, 'mg-affiliate-detect') as Promise<MgAffiliateDetectEvent>;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <a href="https://example.org/plain">Plain</a>
          <mg-disclaimer-banner kind="medical affiliate" detect-affiliate></mg-disclaimer-banner>
        </div>`,
      );
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      expect((await listener).detail).to.deep.equal({ count: 0, shown: false });
      expect(seen(el)).to.equal(en.medical());
      expect(el.shadowRoot!.querySelector('[data-kind="affiliate"]')).to.equal(null);
    });

    it('adds the affiliate disclosure when links are found even if kind does not list it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <a href=${'https://www.shareasale.com/r.cfm?b=1&u=2'}>Deal</a>
          <mg-disclaimer-banner detect-affiliate></mg-disclaimer-banner>
        </div>`,
      );
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      await settle(el);
      expect(seen(el)).to.equal(`${en.medical()} ${en.affiliate()}`);
    });

    it('has its final size at first render', async () => {
      const tag = uniqueTag('spy-detect');
      let firstHeight = -1;
      customElements.define(
        tag,
        class extends MgDisclaimerBanner {
          protected override firstUpdated(): void {
            firstHeight = this.getBoundingClientRect().height;
          }
        },
      );
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><a rel="sponsored" href="https://shop.example/">Shop</a></div>`,
      );
      const el = document.createElement(tag) as MgDisclaimerBanner;
      el.setAttribute('kind', 'affiliate');
      el.toggleAttribute('detect-affiliate', true);
      wrapper.append(el);
      await settle(el);
      expect(firstHeight).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height).to.equal(firstHeight);
    });

    it('below the first screen, counts the links and reads storage in a task before its first render', async () => {
      const reads: boolean[] = [];
      const { getItem } = Storage.prototype;
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><a rel="sponsored" href="https://shop.example/">Shop</a><div style="height: 300vh"></div></div>`,
      );
      const el = document.createElement('mg-disclaimer-banner') as MgDisclaimerBanner;
      el.setAttribute('kind', 'medical affiliate');
      el.toggleAttribute('detect-affiliate', true);
      el.toggleAttribute('dismissible', true);
      Storage.prototype.getItem = function (this: Storage, key: string) {
        reads.push(el.hasUpdated);
        return getItem.call(this, key);
      };
      // What the banner knew at the start of each task until its first render.
      const seenBefore: Array<number | undefined> = [];
      let fired = 0;
      el.addEventListener('mg-affiliate-detect', () => (fired += 1));
      const tasks = countTasks(() => {
        if (!el.hasUpdated) seenBefore.push(el.affiliateLinkCount);
      });
      try {
        wrapper.append(el);
        await settle(el);
      } finally {
        Storage.prototype.getItem = getItem;
        tasks.stop();
      }
      expect(seenBefore, 'the count, known in a task before the first render').to.include(1);
      expect(reads, 'storage read before the first render, and not again in it').to.deep.equal([false]);
      expect(fired).to.equal(1);
      expect(seen(el)).to.equal(`${en.medical()} ${en.affiliate()}`);
    });

    it('counts again on detectAffiliateLinks()', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><mg-disclaimer-banner kind="affiliate" detect-affiliate></mg-disclaimer-banner></div>`,
      );
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      await settle(el);
      expect(seen(el)).to.equal('');
      const link = document.createElement('a');
      link.href = 'https://click.linksynergy.com/deeplink?id=x';
      link.textContent = 'Later link';
      wrapper.append(link);
      const listener = oneEvent(el, 'mg-affiliate-detect') as Promise<MgAffiliateDetectEvent>;
      expect(el.detectAffiliateLinks()).to.equal(1);
      expect((await listener).detail).to.deep.equal({ count: 1, shown: true });
      expect(seen(el)).to.equal(en.affiliate());
    });

    it('does not count, nor fire, without detect-affiliate', async () => {
      let fired = 0;
      const count = () => (fired += 1);
      document.addEventListener('mg-affiliate-detect', count);
      try {
        const el = await fixture<MgDisclaimerBanner>(
          html`<mg-disclaimer-banner kind="affiliate"></mg-disclaimer-banner>`,
        );
        await settle(el);
        expect(el.affiliateLinkCount).to.equal(undefined);
        expect(el.detectAffiliateLinks()).to.equal(undefined);
        expect(fired).to.equal(0);
        expect(seen(el)).to.equal(en.affiliate());
      } finally {
        document.removeEventListener('mg-affiliate-detect', count);
      }
    });
  });

  describe('keyboard', () => {
    it('can be used with the keyboard alone: expand, follow links, dismiss, keep its place', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <mg-disclaimer-banner
            variant="compact"
            kind="medical affiliate"
            dismissible
            remember="none"
            policy-href="https://example.com/p"
          ></mg-disclaimer-banner>
          <button id="after">After</button>
        </div>`,
      );
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      await settle(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.toggle'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, 'button.toggle')!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.dismiss'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'a[part="policy-link"]'));
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.toggle'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      await sendKeys({ press: 'Tab' });
      const done = oneEvent(el, 'mg-dismiss');
      await sendKeys({ press: 'Enter' });
      await done;
      expect(el.dismissed).to.equal(true);
      expect(document.activeElement).to.equal(el);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('reaches the crisis links with Tab', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner kind="crisis"></mg-disclaimer-banner>`);
      const focused: string[] = [];
      const start = document.createElement('button');
      start.textContent = 'start';
      el.before(start);
      start.focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
      }
      start.remove();
      expect(focused).to.deep.equal([
        `tel:${US_LINE.callOrText}`,
        `sms:${US_LINE.callOrText}`,
        new URL(US_LINE.url).href,
      ]);
    });
  });

  describe('context and i18n', () => {
    it('writes Spanish by lang, with the crisis line in Spanish', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner
          lang="es"
          kind="medical affiliate supplement crisis"
          dismissible
          publisher="El Diario"
        ></mg-disclaimer-banner>`,
      );
      const text = seen(el);
      expect(text).to.contain('Este artículo de El Diario es solo información general.');
      expect(text).to.contain('El Diario gana una comisión si usted compra algo');
      expect(text).to.contain(es.supplement);
      expect(text).to.contain('Si está pensando en el suicidio o está pasando por una crisis, hay ayuda.');
      expect(text).to.contain('llame al 988 o envíe un mensaje de texto al 988');
      expect(text).to.contain('Fuera de EE.\u00a0UU., llame al número de emergencias de su país');
      expect($(el, '[part~="base"]')!.getAttribute('aria-label')).to.equal('Avisos importantes');
      expect(dismissButton(el)!.getAttribute('aria-label')).to.equal('Ocultar estos avisos');
      expect($(el, '.crisis span[lang="en"]')!.textContent).to.equal(US_LINE.name);
    });

    it('re-renders when an ancestor lang changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><mg-disclaimer-banner variant="compact"></mg-disclaimer-banner></div>`,
      );
      const el = wrapper.querySelector('mg-disclaimer-banner')!;
      await settle(el);
      expect(seen(el)).to.equal(`${en.summary.medical} Details`);
      wrapper.setAttribute('lang', 'es-MX');
      await settle(el);
      expect(seen(el)).to.equal(`${es.summary.medical} Detalles`);
    });

    it('follows the theme of a <mg-reader-profile>, and its own theme attribute over it', async () => {
      const profile = await fixture(
        html`<mg-reader-profile theme="dark"
          ><mg-disclaimer-banner></mg-disclaimer-banner><mg-disclaimer-banner theme="light"></mg-disclaimer-banner
        ></mg-reader-profile>`,
      );
      const [dark, light] = [...profile.querySelectorAll('mg-disclaimer-banner')];
      await settle(dark!);
      await settle(light!);
      expect($(dark!, '[part~="base"]')!.classList.contains('theme-dark')).to.equal(true);
      expect($(light!, '[part~="base"]')!.classList.contains('theme-light')).to.equal(true);
      const bare = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner></mg-disclaimer-banner>`);
      expect($(bare, '[part~="base"]')!.classList.contains('theme-auto')).to.equal(true);
    });
  });

  describe('bad input', () => {
    it('warns for an unknown kind token, keeps the valid ones', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="affiliate medial"></mg-disclaimer-banner>`,
      );
      expect(warnings.messages).to.deep.equal([
        '<mg-disclaimer-banner>: kind="medial" is not valid. Valid values: medical, affiliate, supplement, crisis. Did you mean "medical"? Using the valid tokens only.',
      ]);
      expect(seen(el)).to.equal(en.affiliate());
    });

    it('falls back to medical when no kind token is valid', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner kind="legal"></mg-disclaimer-banner>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-disclaimer-banner>: kind="legal" is not valid. Valid values: medical, affiliate, supplement, crisis. Using the valid tokens only.',
      ]);
      expect(seen(el)).to.equal(en.medical());
    });

    it('warns for a javascript: policy link and renders no link', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner policy-href="javascript:alert(1)"></mg-disclaimer-banner>`,
      );
      expect(warnings.messages).to.deep.equal([
        '<mg-disclaimer-banner>: policy-href="javascript:alert(1)" is not valid. Valid values: an http: or https: URL. Using no policy link.',
      ]);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(seen(el)).to.equal(en.medical());
    });

    it('warns for an unknown remember value and remembers locally', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner dismissible remember="forever"></mg-disclaimer-banner>`,
      );
      expect(warnings.messages).to.deep.equal([
        '<mg-disclaimer-banner>: remember="forever" is not valid. Valid values: none, session, local. Using "local".',
      ]);
      const done = oneEvent(el, 'mg-dismiss') as Promise<MgDismissEvent>;
      el.dismiss();
      expect((await done).detail.remember).to.equal('local');
      expect(storedKeys(localStorage)).to.have.length(1);
    });

    it('warns for an unknown variant with a did-you-mean and uses inline', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner variant="compacted"></mg-disclaimer-banner>`,
      );
      expect(warnings.messages).to.deep.equal([
        '<mg-disclaimer-banner>: variant="compacted" is not valid. Valid values: inline, compact. Did you mean "compact"? Using "inline".',
      ]);
      expect($(el, 'button.toggle')).to.equal(null);
      expect(seen(el)).to.equal(en.medical());
    });

    it('warns for an unknown theme and lang, and falls back', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner theme="blue" lang="fr"></mg-disclaimer-banner>`,
      );
      const text = warnings.messages.join('\n');
      expect(text).to.contain('<mg-disclaimer-banner>: theme="blue" is not valid. Valid values: auto, light, dark.');
      expect(text).to.contain('<mg-disclaimer-banner>: lang="fr" is not valid. Valid values: en, es.');
      expect(seen(el)).to.equal(en.medical());
    });

    it('warns once per bad value, and recovers when corrected', async () => {
      const el = await fixture<MgDisclaimerBanner>(
        html`<mg-disclaimer-banner kind="medial" variant="slim"></mg-disclaimer-banner>`,
      );
      el.publisher = 'X';
      await el.updateComplete;
      expect(warnings.messages).to.have.length(2);
      el.kind = 'supplement';
      el.variant = 'compact';
      await el.updateComplete;
      expect(seen(el)).to.equal(`${en.summary.supplement} Details`);
    });

    it('never throws for odd property values', async () => {
      const el = await fixture<MgDisclaimerBanner>(html`<mg-disclaimer-banner></mg-disclaimer-banner>`);
      for (const value of ['💊', '', '   ', 'crisis crisis', ',medical,,']) {
        el.kind = value;
        el.policyHref = value;
        el.publisher = value;
        await el.updateComplete;
      }
      expect(shadowText(el)).to.contain('This article from ,medical,, is for general information only.');
      expect(() => el.dismiss()).not.to.throw();
    });
  });
});
