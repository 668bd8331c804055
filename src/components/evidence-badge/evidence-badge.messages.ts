import type { EvidenceLevel, Locale } from '../../data/enums.js';
import { formatNumber } from '../../i18n/index.js';

/** A word in the singular and the plural (CLDR "one" and "other", enough for English and Spanish). */
export type Plural = readonly [one: string, other: string];

/**
 * A count and the word that agrees with it ("11 studies", "1 estudio"). For whole numbers, English and Spanish
 * use "one" for exactly 1 (Spanish's "many", for millions, takes the plural too), so no `Intl.PluralRules` is needed.
 */
export function formatCount(locale: Locale, count: number, words: Plural): string {
  return `${formatNumber(locale, count)} ${count === 1 ? words[0] : words[1]}`;
}

/**
 * Texts of `<mg-evidence-badge>` needed at its first render: the pill, and the placeholder or error shown while the
 * details load. Everything else the details say (level meanings, the scale, studies, participants, limitations)
 * loads with them, in `evidence-badge.details.messages.ts`. Level words are short enough for the pill to fit a
 * 320 px wide screen in either language.
 */
export interface EvidenceBadgeMessages {
  /** Level words on the pill. */
  levels: Record<EvidenceLevel, string>;
  /** The pill of an unknown claim (or of a badge with neither `claim` nor `level`). */
  unavailable: string;
  /** Hidden end of the pill's accessible name: what the pill is about. */
  pillHint: string;
  /** "11 studies" on the pill; "sources" for claims that are not rated (guidelines and labels, not studies). */
  studies: Plural;
  sources: Plural;
  /** Placeholder while the details load, and when they could not. */
  loading: string;
  loadError: string;
  retry: string;
}

const en: EvidenceBadgeMessages = {
  levels: {
    high: 'High certainty',
    moderate: 'Moderate certainty',
    low: 'Low certainty',
    'very-low': 'Very low certainty',
    mechanistic: 'Mostly lab or animal',
    'not-rated': 'Not rated',
  },
  unavailable: 'Evidence rating unavailable',
  pillHint: 'evidence rating',
  studies: ['study', 'studies'],
  sources: ['source', 'sources'],
  loading: 'Loading the studies…',
  loadError: 'The study details could not be loaded.',
  retry: 'Try again',
};

const es: EvidenceBadgeMessages = {
  levels: {
    high: 'Certeza alta',
    moderate: 'Certeza moderada',
    low: 'Certeza baja',
    'very-low': 'Certeza muy baja',
    mechanistic: 'Sobre todo de laboratorio',
    'not-rated': 'Sin calificar',
  },
  unavailable: 'Calificación no disponible',
  pillHint: 'calificación de la evidencia',
  studies: ['estudio', 'estudios'],
  sources: ['fuente', 'fuentes'],
  loading: 'Cargando los estudios…',
  loadError: 'No se pudieron cargar los detalles de los estudios.',
  retry: 'Reintentar',
};

/** Messages of `<mg-evidence-badge>` by locale. */
export const evidenceBadgeMessages: Record<Locale, EvidenceBadgeMessages> = { en, es };
