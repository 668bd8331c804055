import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets one CSS custom property on an element through the CSSOM (`style.setProperty`), on every render including
 * the first. Lit's `styleMap` writes its first value as a `style` attribute string, which a strict
 * Content-Security-Policy (`style-src` without `'unsafe-inline'`) blocks; the CSSOM is always allowed.
 *
 * Usage, in element position: `<span class="fill" ${cssVar('--_fill', '37%')}></span>`.
 */
class CssVarDirective extends Directive {
  private readonly element: boolean;
  private last: string | undefined;

  constructor(info: PartInfo) {
    super(info);
    this.element = info.type === PartType.ELEMENT;
  }

  render(_name: string, _value: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof noChange {
    const key = `${name}:${value}`;
    if (this.element && key !== this.last) {
      (part.element as HTMLElement).style?.setProperty(name, value);
      this.last = key;
    }
    return noChange;
  }
}

export const cssVar = directive(CssVarDirective);
