import { ConfigError, loadConfig } from './app-config.js';

describe('configuration', () => {
  it('has safe local defaults', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/incrocio');
    expect(config.searchBackend).toBe('postgres');
    expect(config.jwtSecret).toHaveLength(64);
  });

  it('suppresses counts of people below 5 unless told otherwise, and refuses a threshold of 0', () => {
    expect(loadConfig({}).SMALL_CELL_THRESHOLD).toBe(5);
    expect(loadConfig({ SMALL_CELL_THRESHOLD: '10' }).SMALL_CELL_THRESHOLD).toBe(10);
    expect(() => loadConfig({ SMALL_CELL_THRESHOLD: '0' })).toThrow(/SMALL_CELL_THRESHOLD/);
  });

  it('stops start-up naming every malformed variable, in Italian', () => {
    expect(() => loadConfig({ HTTP_PORT: 'ottanta', REDIS_URL: 'http://x' })).toThrow(ConfigError);
    const bad = () => loadConfig({ HTTP_PORT: '0', REDIS_URL: 'http://x' });
    expect(bad).toThrow(/HTTP_PORT: è troppo piccolo/);
    expect(bad).toThrow(/REDIS_URL: deve essere un URL redis:\/\//);
  });

  it('requires the signing secret in production and a server when Meilisearch is chosen', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ SEARCH_BACKEND: 'meilisearch' })).toThrow(/MEILI_URL/);
    expect(loadConfig({ MEILI_URL: 'http://127.0.0.1:7700' }).searchBackend).toBe('meilisearch');
  });

  it('takes a map tile server as a {z}/{x}/{y} template over http(s), and nothing else', () => {
    expect(loadConfig({}).MAP_TILE_URL).toBeUndefined();
    const tiles = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(loadConfig({ MAP_TILE_URL: tiles }).MAP_TILE_URL).toBe(tiles);
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example.org/tile.png' })).toThrow(
      /MAP_TILE_URL: deve essere un URL http\(s\) con \{z\}, \{x\} e \{y\}/,
    );
    expect(() => loadConfig({ MAP_TILE_URL: 'javascript:alert(1)//{z}{x}{y}' })).toThrow(
      /MAP_TILE_URL/,
    );
  });
});
