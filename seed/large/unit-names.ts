/** Names for the generated part of the large organisation: divisions, their regions and sites, and team functions. */
export const DIVISIONS: readonly string[] = [
  'Operaties',
  'Logistiek',
  'Klantendienst',
  'Techniek',
  'Zorg',
  'Onderhoud',
  'Distributie',
  'Productie Site',
  'Verkoop Regio',
  'Administratie',
  'Facilitair',
  'Projecten',
  'Energie',
  'Bouw',
  'Retail',
  'Transport',
];

export const REGIONS: readonly string[] = [
  'Antwerpen',
  'Gent',
  'Brugge',
  'Leuven',
  'Hasselt',
  'Kortrijk',
  'Mechelen',
  'Aalst',
  'Genk',
  'Oostende',
  'Brussel',
  'Turnhout',
  'Roeselare',
  'Sint-Niklaas',
  'Lier',
  'Geel',
  'Ieper',
  'Dendermonde',
];

export const SITES: readonly string[] = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Haven', 'Campus'];

export const TEAM_FUNCTIONS: readonly string[] = [
  'Ploeg',
  'Planning',
  'Kwaliteit',
  'Onthaal',
  'Backoffice',
  'Frontoffice',
  'Support',
  'Projectteam',
  'Expeditie',
  'Montage',
  'Werkvoorbereiding',
  'Dispatching',
  'Callcenter',
  'Buitendienst',
  'Administratie',
  'Magazijn',
];

/** The n-th name of a list, numbered once the list runs out, so that names stay distinct. */
export function nthName(names: readonly string[], n: number): string {
  const base = names[n % names.length] ?? 'Eenheid';
  const round = Math.floor(n / names.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}
