import type { ArticleLang, EntityType } from '../stages/types.js';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#D55E00',
  place: '#0072B2',
  organization: '#009E73',
};

export const TYPE_PLURALS: Record<EntityType, string> = {
  person: 'people',
  place: 'places',
  organization: 'organizations',
};

export const LANG_NAMES: Record<ArticleLang, string> = {
  nb: 'Norwegian Bokmål',
  da: 'Danish',
  en: 'English',
  und: 'undetermined',
};

export const DIMMED_COLOR = '#e4e4e4';
export const EDGE_COLOR = '#d6d6d6';
export const STATEMENT_EDGE_COLOR = '#9a9a9a';
export const SELECTED_EDGE_COLOR = '#505050';
