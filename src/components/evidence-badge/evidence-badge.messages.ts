import type { EvidenceLevel, Locale } from '../../data/enums.js';

/** A word in the singular and the plural (`Intl.PluralRules` "one" and "other", enough for English and Spanish). */
export type Plural = readonly [one: string, other: string];

/**
 * Texts of `<mg-evidence-badge>` needed at its first render: the pill, the level scale, and the frame of the
 * details. The texts of a dataset claim's details (studies, participants, key studies, limitations) load with
 * them, in `evidence-badge.details.messages.ts`. Level words are short enough for the pill to fit a 320 px wide
 * screen in either language. Level meanings are the dataset's scale (data/sources/evidence/README.md, "meaning for
 * readers"); the Spanish ones are translations written here.
 */
export interface EvidenceBadgeMessages {
  /** Level words on the pill. */
  levels: Record<EvidenceLevel, string>;
  /** What each level of the scale means for readers. */
  meanings: Record<EvidenceLevel, string>;
  /** The pill of an unknown claim (or of a badge with neither `claim` nor `level`). */
  unavailable: string;
  /** Hidden end of the pill's accessible name: what the pill is about. */
  pillHint: string;
  /** "11 studies" on the pill; "sources" for claims that are not rated (guidelines and labels, not studies). */
  studies: Plural;
  sources: Plural;
  /** The collapsible scale. */
  scaleLabel: string;
  /** Dataset version and date. */
  dataset: (version: string, date: string) => string;
  /** Placeholder while the studies load, and when they could not. */
  loading: string;
  loadError: string;
  retry: string;
  /** Publisher claims. */
  publisherRated: string;
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
  meanings: {
    high: 'Very confident the effect is real; more research is unlikely to change the conclusion.',
    moderate: 'Probably true, but new research could change the size of the effect.',
    low:
      'Some human evidence supports the claim, but it is limited (small, short, unblinded or inconsistent studies). ' +
      'The true effect may be quite different.',
    'very-low':
      'Very uncertain: case reports, uncontrolled or tiny studies, results that conflict, or trials of different ' +
      'products or populations.',
    mechanistic:
      'The claim rests on cell, animal or biochemical findings; human trials of the actual claim are missing.',
    'not-rated': 'Safety or regulatory reference information (upper limits, interactions), not an efficacy claim.',
  },
  unavailable: 'Evidence rating unavailable',
  pillHint: 'evidence rating',
  studies: ['study', 'studies'],
  sources: ['source', 'sources'],
  scaleLabel: 'What the levels mean',
  dataset: (version, date) => `mg-widgets dataset ${version}, ${date}.`,
  loading: 'Loading the studies…',
  loadError: 'The study details could not be loaded.',
  retry: 'Try again',
  publisherRated: 'Rated by the publisher of this page, not taken from the mg-widgets dataset.',
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
  meanings: {
    high: 'Mucha confianza en que el efecto es real; es poco probable que más investigación cambie la conclusión.',
    moderate: 'Probablemente cierto, pero nuevas investigaciones podrían cambiar el tamaño del efecto.',
    low:
      'Algunos estudios en personas respaldan la afirmación, pero son limitados (pequeños, cortos, sin ' +
      'enmascaramiento o inconsistentes). El efecto real podría ser bastante distinto.',
    'very-low':
      'Muy incierto: casos aislados, estudios sin grupo de control o muy pequeños, resultados contradictorios, o ' +
      'ensayos con otros productos o poblaciones.',
    mechanistic:
      'La afirmación se basa en hallazgos en células, animales o bioquímicos; faltan ensayos en personas sobre la ' +
      'afirmación en sí.',
    'not-rated':
      'Información de referencia sobre seguridad o normativa (límites máximos, interacciones), no una afirmación ' +
      'sobre eficacia.',
  },
  unavailable: 'Calificación no disponible',
  pillHint: 'calificación de la evidencia',
  studies: ['estudio', 'estudios'],
  sources: ['fuente', 'fuentes'],
  scaleLabel: 'Qué significa cada nivel',
  dataset: (version, date) => `Conjunto de datos de mg-widgets ${version}, ${date}.`,
  loading: 'Cargando los estudios…',
  loadError: 'No se pudieron cargar los detalles de los estudios.',
  retry: 'Reintentar',
  publisherRated: 'Calificación del editor de esta página, no tomada del conjunto de datos de mg-widgets.',
};

/** Messages of `<mg-evidence-badge>` by locale. */
export const evidenceBadgeMessages: Record<Locale, EvidenceBadgeMessages> = { en, es };
