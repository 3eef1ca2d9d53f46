/** A point of the territory map, and the colour of its kind (the legend and the map share them). */
export interface MapMarker {
  id: string;
  companyId: string;
  lat: number;
  lng: number;
  label: string;
  place: string;
  kind: 'uncovered' | 'kmZero';
}

export const MARKER_COLOURS = { uncovered: '#a61d24', kmZero: '#00703c' } as const;
