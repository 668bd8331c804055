import type { Locale } from '../../data/enums.js';

/**
 * Texts of `<mg-form-comparer>` shown at its first render, before the forms chunk arrives: the table's caption and
 * headers, and the load error. The texts shown with the forms data (rows, the add control, the calculator, the label
 * guide and the safety panel) load with it, in `form-comparer.view.messages.ts`.
 * Functions take numbers already formatted for the locale. Plain language: short sentences, common words.
 */
export interface FormComparerMessages {
  /** Caption of the table; also the name of its scroll region. */
  title: string;
  /** Under the caption: what "magnesium by weight" means, and that a label's own figure wins. */
  theoretical: string;
  /** Under the caption: what the badges of "Studied for" rate. */
  studiedNote: string;
  columns: {
    form: string;
    elemental: string;
    /** "Compound needed for 200 mg of magnesium". */
    dose: (mg: string) => string;
    absorption: string;
    gut: string;
    studied: string;
    sources: string;
    /** Header of the remove buttons' column (visually hidden). */
    remove: string;
  };
  /** Hidden text of the busy table, and the load error. */
  loading: string;
  loadError: string;
  retry: string;
}

const en: FormComparerMessages = {
  title: 'Magnesium supplement forms compared',
  theoretical:
    'Magnesium by weight is the theoretical share of magnesium in the pure compound, from its formula. ' +
    'If a label states its own figure, go by the label.',
  studiedNote: 'Studied for: the badge rates the evidence for that use as a whole, not for this form alone.',
  columns: {
    form: 'Form',
    elemental: 'Magnesium by weight (theoretical)',
    dose: (mg) => `Compound needed for ${mg} of magnesium`,
    absorption: 'Absorption compared with oxide',
    gut: 'Gut side effects',
    studied: 'Studied for',
    sources: 'Sources',
    remove: 'Remove',
  },
  loading: 'Loading the supplement forms…',
  loadError: 'The supplement forms could not be loaded.',
  retry: 'Try again',
};

const es: FormComparerMessages = {
  title: 'Formas de suplementos de magnesio comparadas',
  theoretical:
    'El magnesio por peso es la proporción teórica de magnesio en el compuesto puro, según su fórmula. ' +
    'Si la etiqueta indica su propia cifra, usa la de la etiqueta.',
  studiedNote: 'Estudiado para: la insignia valora la evidencia de ese uso en conjunto, no solo la de esta forma.',
  columns: {
    form: 'Forma',
    elemental: 'Magnesio por peso (teórico)',
    dose: (mg) => `Compuesto necesario para ${mg} de magnesio`,
    absorption: 'Absorción comparada con el óxido',
    gut: 'Efectos digestivos',
    studied: 'Estudiado para',
    sources: 'Fuentes',
    remove: 'Quitar',
  },
  loading: 'Cargando las formas de suplementos…',
  loadError: 'No se pudieron cargar las formas de suplementos.',
  retry: 'Reintentar',
};

export const formComparerMessages: Record<Locale, FormComparerMessages> = { en, es };
