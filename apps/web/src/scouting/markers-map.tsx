import 'leaflet/dist/leaflet.css';
import { circleMarker, latLngBounds, map as leafletMap, tileLayer } from 'leaflet';
import { useEffect, useRef } from 'react';
import { scoutingLabels } from './labels';
import { type MapMarker, MARKER_COLOURS } from './map-markers';

/**
 * The tile source, configured on the server (MAP_TILE_URL) and written by it into the page; none:
 * the markers on a blank background. Markers never depend on the tiles.
 */
const TILE_URL: string =
  document.querySelector<HTMLMetaElement>('meta[name="incrocio-map-tiles"]')?.content ?? '';
const TILE_ATTRIBUTION = '© OpenStreetMap contributors';

/** Leaflet with vector markers (no image assets), drawn whether or not the tiles load. */
export default function MarkersMap({ markers }: { markers: MapMarker[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = leafletMap(element.current!, { scrollWheelZoom: false });
    if (TILE_URL) tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 }).addTo(map);
    for (const m of [...markers].sort((a, b) => a.kind.localeCompare(b.kind)).reverse()) {
      circleMarker([m.lat, m.lng], {
        // A km zero business drawn smaller, so that one at the same place stays visible on top.
        radius: m.kind === 'kmZero' ? 6 : 10,
        color: '#fff',
        weight: 2,
        fillColor: MARKER_COLOURS[m.kind],
        fillOpacity: 0.9,
      })
        .bindTooltip(m.label)
        .addTo(map);
    }
    if (markers.length > 0)
      map.fitBounds(latLngBounds(markers.map((m) => [m.lat, m.lng])), {
        padding: [24, 24],
        maxZoom: 14,
      });
    else map.setView([45.4642, 9.19], 10);
    return () => {
      map.remove();
    };
  }, [markers]);
  return (
    <>
      {!TILE_URL && <p className="small text-muted">{scoutingLabels.territory.noTiles}</p>}
      <div
        ref={element}
        className="markers-map"
        role="region"
        aria-label={scoutingLabels.territory.mapLabel}
      />
    </>
  );
}
