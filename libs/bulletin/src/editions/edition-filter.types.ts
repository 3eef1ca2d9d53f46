import type { EditionStatus } from '../domain/edition.js';

export interface EditionFilter {
  areaId?: string;
  status?: EditionStatus;
  weekKey?: string;
  page: number;
  pageSize: number;
}
