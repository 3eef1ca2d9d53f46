import type { ContractType } from '#libs/kernel';

/** The vocabulary of the synthetic vacancies: jobs, shifts, employers and places in Lombardy. */

/** Jobs the seeds describe, with the titles and skills offers use. */
export const OCCUPATIONS = [
  [
    '5.2.2.3',
    'Camerieri',
    ['Cameriere di sala', 'Cameriera ai piani', 'Cameriere per banqueting'],
    ['servizio ai tavoli', 'comanda', 'accoglienza clienti'],
  ],
  [
    '8.1.4.3',
    'Addetti alle pulizie',
    ['Addetta pulizie uffici', 'Addetto pulizie industriali', 'Pulizia scale condominiali'],
    ['uso macchinari lavasciuga', 'sanificazione', 'raccolta differenziata'],
  ],
  [
    '5.4.4.3',
    "Addetti all'assistenza personale",
    ['Assistente familiare convivente', 'Badante notturna', 'Assistente domiciliare anziani'],
    ['igiene della persona', 'preparazione pasti', 'compagnia'],
  ],
  [
    '8.1.3.1',
    'Magazzinieri',
    ['Magazziniere', 'Addetto magazzino e spedizioni', 'Magazziniera picking'],
    ['muletto', 'picking', 'inventario'],
  ],
  [
    '8.1.3.2',
    'Facchini',
    ['Facchino', 'Addetto facchinaggio', 'Facchino traslochi'],
    ['movimentazione carichi', 'carico e scarico'],
  ],
  [
    '5.2.2.1',
    'Cuochi e aiuto cuochi',
    ['Aiuto cuoco', 'Aiuto cucina mensa', 'Commis di cucina'],
    ['HACCP', 'preparazione verdure', 'cucina tradizionale'],
  ],
  [
    '5.1.2.2',
    'Commessi delle vendite al minuto',
    ['Commessa abbigliamento', 'Addetto vendite', 'Commesso banco gastronomia'],
    ['cassa', 'esposizione merce', 'vendita assistita'],
  ],
  [
    '5.3.1.1',
    'Operatori socio sanitari',
    ['OSS per RSA', 'Operatore socio sanitario turni', 'OSS assistenza domiciliare'],
    ['mobilizzazione', 'igiene della persona', 'somministrazione pasti'],
  ],
  [
    '8.1.4.4',
    'Lavapiatti',
    ['Lavapiatti', 'Addetto lavaggio stoviglie'],
    ['lavastoviglie', 'pulizia cucina'],
  ],
  [
    '5.2.2.4',
    'Baristi',
    ['Barista', 'Barista caffetteria', 'Addetto bar'],
    ['caffetteria', 'cassa', 'preparazione cocktail'],
  ],
  [
    '7.4.2.3',
    'Autisti',
    ['Autista patente C', 'Autista consegne', 'Conducente furgone'],
    ['patente B', 'patente C', 'carta tachigrafica'],
  ],
  [
    '6.4.1.3',
    'Giardinieri',
    ['Giardiniere', 'Manutentore verde pubblico'],
    ['potatura', 'decespugliatore'],
  ],
  [
    '6.4.1.1',
    'Operai agricoli',
    ["Operaio dell'azienda agricola", 'Raccoglitore frutta', 'Addetto stalla'],
    ['raccolta', 'mungitura', 'trattore'],
  ],
  [
    '8.1.5.0',
    'Addetti alla produzione',
    ['Operaio produzione', 'Addetto confezionamento', 'Operaia linea assemblaggio'],
    ['catena di montaggio', 'controllo qualità'],
  ],
] as const;

export const SHIFTS = [
  'turni di notte',
  'part-time mattina',
  'full time',
  'fine settimana',
  'orario spezzato',
  'turni a rotazione',
];
export const COMPANY_KINDS = [
  'Cooperativa Sociale',
  'Ristorante',
  'Logistica',
  'Impresa di pulizie',
  'RSA',
  'Supermercato',
  'Azienda Agricola',
  'Hotel',
];
export const COMPANY_NAMES = [
  'Aurora',
  'Il Portico',
  'Martesana',
  'Lombarda',
  'San Martino',
  'La Fenice',
  'Arcobaleno',
  'Del Parco',
  'Orizzonte',
  'Santa Rita',
];
export const CONTRACTS: ContractType[] = [
  'A.01.00',
  'A.02.00',
  'A.03.09',
  'A.05.02',
  'A.06.01',
  'C.01.00',
  'TIROCINIO_INCLUSIONE',
  'PRESTO',
];

/** Lombardy municipalities (ISTAT code, name, province, approximate centre). */
export const MUNICIPALITIES = [
  ['015146', 'Milano', 'MI', 45.4642, 9.19],
  ['108033', 'Monza', 'MB', 45.5845, 9.2744],
  ['016024', 'Bergamo', 'BG', 45.6983, 9.6773],
  ['017029', 'Brescia', 'BS', 45.5416, 10.2118],
  ['013075', 'Como', 'CO', 45.8081, 9.0852],
  ['012133', 'Varese', 'VA', 45.8206, 8.8251],
  ['097042', 'Lecco', 'LC', 45.8566, 9.3977],
  ['018110', 'Pavia', 'PV', 45.1847, 9.1582],
  ['019036', 'Cremona', 'CR', 45.1332, 10.0227],
  ['020030', 'Mantova', 'MN', 45.1564, 10.7914],
  ['098031', 'Lodi', 'LO', 45.3097, 9.5037],
  ['014061', 'Sondrio', 'SO', 46.1699, 9.8715],
  ['015081', 'Cologno Monzese', 'MI', 45.5286, 9.2783],
  ['015209', 'Sesto San Giovanni', 'MI', 45.5343, 9.2295],
  ['015140', 'Melzo', 'MI', 45.4997, 9.4233],
  ['015175', 'Pioltello', 'MI', 45.499, 9.327],
  ['015077', 'Cinisello Balsamo', 'MI', 45.5581, 9.2147],
  ['015182', 'Rho', 'MI', 45.5308, 9.0402],
  ['015118', 'Legnano', 'MI', 45.595, 8.9139],
  ['012026', 'Busto Arsizio', 'VA', 45.612, 8.8518],
  ['012070', 'Gallarate', 'VA', 45.6602, 8.7917],
  ['012119', 'Saronno', 'VA', 45.6254, 9.037],
  ['018177', 'Vigevano', 'PV', 45.3167, 8.859],
  ['017067', 'Desenzano del Garda', 'BS', 45.471, 10.539],
  ['019035', 'Crema', 'CR', 45.3629, 9.6886],
  ['016219', 'Treviglio', 'BG', 45.5211, 9.593],
  ['016197', 'Seriate', 'BG', 45.6852, 9.7236],
  ['017052', 'Chiari', 'BS', 45.5363, 9.9292],
  ['014009', 'Bormio', 'SO', 46.4667, 10.3711],
  ['014018', 'Chiavenna', 'SO', 46.3197, 9.398],
] as const;
