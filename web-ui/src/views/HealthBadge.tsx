import type { Colour } from '../api/portfolio';
import { COLOUR_LABEL } from './format';

/** The colour and its name, so it reads without colour vision too. */
export function HealthBadge({ colour }: { colour: Colour }) {
  return <span className={`health health-${colour.toLowerCase()}`}>{COLOUR_LABEL[colour]}</span>;
}
