/** Given names common in Flanders across generations. */
export const FIRST_NAMES: readonly string[] = [
  'Arthur', 'Bart', 'Bram', 'Dirk', 'Dries', 'Elias', 'Filip', 'Finn', 'Geert', 'Hans', 'Jan', 'Jef', 'Jens',
  'Jeroen', 'Joris', 'Jules', 'Kevin', 'Koen', 'Kris', 'Lars', 'Liam', 'Louis', 'Lowie', 'Luc', 'Lucas',
  'Maarten', 'Marc', 'Mats', 'Milan', 'Mohamed', 'Nick', 'Noah', 'Pieter', 'Robbe', 'Ruben', 'Sander',
  'Seppe', 'Staf', 'Steven', 'Stijn', 'Thomas', 'Tom', 'Toon', 'Victor', 'Ward', 'Wim', 'Wout', 'Youssef',
  'Yves', 'Wannes', 'Amira', 'An', 'Anaïs', 'Annelies', 'Charlotte', 'Elena', 'Eline', 'Ellen', 'Els', 'Emma',
  'Evi', 'Fien', 'Griet', 'Hanne', 'Hilde', 'Ine', 'Inge', 'Jolien', 'Julie', 'Kathleen', 'Katrien', 'Laura',
  'Leen', 'Lien', 'Lore', 'Lotte', 'Louise', 'Marie', 'Marthe', 'Mila', 'Nathalie', 'Nele', 'Noor', 'Olivia',
  'Sara', 'Sarah', 'Sofie', 'Tine', 'Veerle', 'Yasmine',
];

/** Family names common in Flanders. */
export const LAST_NAMES: readonly string[] = [
  'Aerts', 'Baert', 'Bogaerts', 'Ceulemans', 'Claes', 'Claeys', 'Cools', 'Coppens', 'Daems', 'De Backer',
  'De Clercq', 'De Meyer', 'De Smet', 'De Vos', 'De Wilde', "D'Hondt", 'Dierckx', 'Dubois', 'El Amrani',
  'Geerts', 'Goossens', 'Govaerts', 'Hendrickx', 'Hermans', 'Heylen', 'Jacobs', 'Janssens', 'Lambrechts',
  'Leemans', 'Maes', 'Mahieu', 'Martens', 'Mertens', 'Michiels', 'Moens', 'Nys', 'Pauwels', 'Peeters',
  'Schepers', 'Segers', 'Sels', 'Smets', 'Stevens', 'Thys', 'Torfs', 'Van Acker', 'Van Damme', 'Van de Velde',
  'Van den Broeck', 'Van Dyck', 'Van Hecke', 'Van Looy', 'Vandenberghe', 'Vanhove', 'Verbruggen', 'Verhoeven',
  'Vermeulen', 'Verschueren', 'Verstraete', 'Willems', 'Wouters', 'Wuyts',
];

/** `firstname.lastname@demo.test`, lowercase ASCII: accents, spaces and apostrophes dropped. */
export function demoEmail(firstName: string, lastName: string): string {
  const ascii = (part: string) =>
    part
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${ascii(firstName)}.${ascii(lastName)}@demo.test`;
}
