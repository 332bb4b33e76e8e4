import type { ConnectionLine } from '@/lib/domain/model/connection-lines';

export interface QuestionBankItem {
  line: ConnectionLine;
  textNl: string;
  textEn: string;
}

/** Statements answered on a 5-point agreement scale, five per line, Dutch first. */
export const QUESTION_BANK: readonly QuestionBankItem[] = [
  // 1 · values: who I am and what the organisation stands for fit together.
  {
    line: 1,
    textNl: 'Wat deze organisatie belangrijk vindt, vind ik zelf ook belangrijk.',
    textEn: 'What this organisation values matters to me as well.',
  },
  {
    line: 1,
    textNl: 'Ik voel me verbonden met waar onze organisatie voor staat.',
    textEn: 'I feel connected to what our organisation stands for.',
  },
  {
    line: 1,
    textNl: 'Wat de organisatie van mij vraagt, strookt met mijn eigen waarden.',
    textEn: 'What the organisation asks of me is in line with my own values.',
  },
  {
    line: 1,
    textNl: 'Ik vertel met trots waar ik werk.',
    textEn: 'I am proud to tell people where I work.',
  },
  {
    line: 1,
    textNl: 'Mijn werk hier betekent voor mij meer dan alleen een inkomen.',
    textEn: 'My work here means more to me than just an income.',
  },
  // 2 · role: I can be myself in my role, and use and grow my talents.
  {
    line: 2,
    textNl: 'In mijn rol kan ik mezelf zijn.',
    textEn: 'I can be myself in my role.',
  },
  {
    line: 2,
    textNl: 'Mijn job laat me mijn talenten ten volle gebruiken.',
    textEn: 'My job lets me make full use of my talents.',
  },
  {
    line: 2,
    textNl: 'Ik krijg kansen om in mijn werk bij te leren en te groeien.',
    textEn: 'I get opportunities to learn and grow in my work.',
  },
  {
    line: 2,
    textNl: 'In mijn rol kan ik werken aan wat ik zelf graag wil bereiken.',
    textEn: 'In my role I can work towards what I personally want to achieve.',
  },
  {
    line: 2,
    textNl: 'Ik heb voldoende ruimte om mijn werk op mijn eigen manier in te vullen.',
    textEn: 'I have enough room to shape my work in my own way.',
  },
  // 3 · contribution: I see what my work adds to the shared result.
  {
    line: 3,
    textNl: 'Ik zie duidelijk wat mijn werk bijdraagt aan het resultaat van de organisatie.',
    textEn: "I clearly see what my work adds to the organisation's results.",
  },
  {
    line: 3,
    textNl: 'Ik weet hoe mijn taken passen in de doelen van mijn team.',
    textEn: "I know how my tasks fit into my team's goals.",
  },
  {
    line: 3,
    textNl: 'Ik heb het gevoel dat ik met mijn werk een verschil maak.',
    textEn: 'I feel that my work makes a difference.',
  },
  {
    line: 3,
    textNl: 'Ik hoor geregeld wat mijn inzet heeft opgeleverd.',
    textEn: 'I regularly hear what my efforts have led to.',
  },
  {
    line: 3,
    textNl: 'Ook op drukke dagen verlies ik niet uit het oog waarvoor ik het doe.',
    textEn: "Even on busy days I don't lose sight of what my work is for.",
  },
  // 4 · integrity: the organisation knows what it stands for and does what it says.
  {
    line: 4,
    textNl: 'Onze organisatie weet duidelijk waarvoor ze staat.',
    textEn: 'Our organisation knows clearly what it stands for.',
  },
  {
    line: 4,
    textNl: 'Onze organisatie doet wat ze zegt.',
    textEn: 'Our organisation does what it says.',
  },
  {
    line: 4,
    textNl: 'De waarden die we uitdragen, merk ik ook in de dagelijkse aanpak en beslissingen.',
    textEn: 'The values we proclaim show in our daily approach and decisions.',
  },
  {
    line: 4,
    textNl: 'Wie hier leiding geeft, leeft de waarden van de organisatie zelf na.',
    textEn: "Those who lead here live by the organisation's values themselves.",
  },
  {
    line: 4,
    textNl: 'Afspraken worden hier ook echt nagekomen.',
    textEn: 'Agreements made here are actually kept.',
  },
];
