import type { CefrLevel, TimeWindow } from '#libs/kernel';
import type { ContentKind } from './content-kinds.types.js';

/** A course, policy, Italian course or service as staff enter it. Dates are 'YYYY-MM-DD'. */
export interface ContentInput {
  kind: ContentKind;
  title: string;
  summary?: string;
  provider: string;
  municipalityCode?: string | null;
  place?: string | null;
  areaIds?: string[];
  target?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  enrolBy?: string | null;
  cefrLevel?: CefrLevel | null;
  hours?: number | null;
  schedule?: TimeWindow[];
  free?: boolean | null;
  url?: string | null;
  howTo?: string | null;
  contact?: string | null;
}

export type ContentView = Required<Omit<ContentInput, 'summary'>> & {
  id: string;
  summary: string;
  /** Still shown in bulletins: not archived and its last day not passed. */
  active: boolean;
  archived: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
