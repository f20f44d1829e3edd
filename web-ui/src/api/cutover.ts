// Planning-service's cutover runbook: the go-live window of a site plan (GL-2 00:00 .. GL+3 00:00) by the hour.
import { api, orNotFound } from './http';
import type { components } from './generated/planning';

type Schemas = components['schemas'];
export type Runbook = Schemas['Runbook'];
export type RunbookStep = Schemas['Step'];

/** The runbook, or null when the site has no plan yet (404). */
export const readRunbook = (rolloutId: string) =>
  orNotFound(api<Runbook>(`/planning/rollouts/${encodeURIComponent(rolloutId)}/cutover`));
