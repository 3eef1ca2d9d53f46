import type { ContentKind } from './content-kinds.types.js';

export const CONTENT_SORT_FIELDS = ['startsOn', 'title', 'createdAt', 'enrolBy'] as const;
export interface ContentFilter {
  kind?: ContentKind;
  areaId?: string;
  q?: string;
  /** Only entries a bulletin would still carry today (true) or only past ones (false). */
  active?: boolean;
  archived?: boolean;
  sort?: string;
  page: number;
  pageSize: number;
}
