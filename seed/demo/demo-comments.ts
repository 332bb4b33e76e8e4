import type { Locale } from '@/db/schema';
import { CONNECTION_LINES, type ConnectionLine } from '@/lib/domain/model/connection-lines';
import type { Random } from '../plan/random';

type Tone = 'positive' | 'negative';

interface DemoComment {
  nl: string;
  en: string;
}

/** Short free-text remarks about one connection line each, by line and tone; none mentions a person. */
export const DEMO_COMMENTS: Record<ConnectionLine, Record<Tone, readonly DemoComment[]>> = {
  1: {
    negative: [
      {
        nl: 'Ik herken me steeds minder in de koers die we varen.',
        en: 'I recognise myself less and less in the direction we are taking.',
      },
      {
        nl: 'Wat hier belangrijk gevonden wordt, staat soms ver af van wat ik zelf belangrijk vind.',
        en: 'What counts here is sometimes far from what matters to me.',
      },
      {
        nl: 'Soms voelt het alsof ik mijn eigen overtuigingen thuis moet laten.',
        en: 'Sometimes it feels as if I have to leave my own convictions at home.',
      },
    ],
    positive: [
      {
        nl: 'Ik voel me hier echt thuis, de sfeer en de waarden kloppen voor mij.',
        en: 'I really feel at home here; the atmosphere and the values feel right to me.',
      },
      {
        nl: 'Fijn dat we als bedrijf ook iets willen betekenen voor de regio.',
        en: 'Good to see that as a company we want to mean something for the region.',
      },
      {
        nl: 'De aandacht voor duurzaamheid sluit mooi aan bij wat ik zelf belangrijk vind.',
        en: 'The focus on sustainability fits well with what I find important myself.',
      },
    ],
  },
  2: {
    negative: [
      {
        nl: 'Ik doe al maanden vooral taken die niet bij mij passen.',
        en: "For months I've mostly been doing tasks that don't suit me.",
      },
      {
        nl: 'Er is weinig ruimte om iets nieuws te leren, het is vooral brandjes blussen.',
        en: "There's little room to learn anything new; it's mostly firefighting.",
      },
      {
        nl: 'Mijn opleidingsaanvraag blijft al lang liggen.',
        en: 'My training request has been on hold for a long time.',
      },
      {
        nl: 'De werkdruk is zo hoog dat ik mijn werk niet meer op mijn manier kan doen.',
        en: 'The workload is so high that I can no longer do my work my way.',
      },
    ],
    positive: [
      {
        nl: 'Ik mag een nieuw project mee trekken, dat geeft energie.',
        en: 'I get to help lead a new project, which gives me energy.',
      },
      {
        nl: 'Blij dat ik mijn eigen werk mag organiseren.',
        en: 'Glad that I can organise my own work.',
      },
      {
        nl: 'Mijn leidinggevende laat me groeien in mijn rol.',
        en: 'My manager lets me grow in my role.',
      },
    ],
  },
  3: {
    negative: [
      {
        nl: 'Ik weet niet goed wat er met mijn rapporten gebeurt.',
        en: "I don't really know what happens with my reports.",
      },
      {
        nl: 'We horen pas achteraf of een project gelukt is.',
        en: 'We only hear afterwards whether a project succeeded.',
      },
      {
        nl: 'Het is niet altijd duidelijk waarom we bepaalde taken doen.',
        en: "It isn't always clear why we do certain tasks.",
      },
      {
        nl: 'Door alle wijzigingen in de planning verlies ik het overzicht over het geheel.',
        en: 'With all the changes to the planning I lose sight of the bigger picture.',
      },
    ],
    positive: [
      {
        nl: 'Mooi om te zien dat de klant tevreden was over de levering die we samen gehaald hebben.',
        en: 'Great to see the customer was happy with the delivery we managed together.',
      },
      {
        nl: 'De maandcijfers in de teamvergadering maken duidelijk waar we samen naartoe werken.',
        en: 'The monthly figures in the team meeting make clear what we are working towards together.',
      },
      {
        nl: 'Ik zie meteen het effect van mijn werk bij de klanten.',
        en: 'I see the effect of my work on customers straight away.',
      },
      {
        nl: 'Het doet deugd om te horen dat onze aanpak het verschil maakte.',
        en: 'It is good to hear that our approach made the difference.',
      },
    ],
  },
  4: {
    negative: [
      {
        nl: 'Er wordt veel over klantgerichtheid gepraat, maar recente beslissingen zeggen iets anders.',
        en: 'There is a lot of talk about customer focus, but recent decisions say otherwise.',
      },
      {
        nl: 'Beloofde veranderingen worden telkens uitgesteld.',
        en: 'Promised changes keep getting postponed.',
      },
      {
        nl: 'De communicatie over de reorganisatie rijmt niet met wat we op de vloer zien.',
        en: "The communication about the reorganisation doesn't match what we see on the floor.",
      },
      {
        nl: 'Afspraken worden gemaakt en daarna snel vergeten.',
        en: 'Agreements are made and then quickly forgotten.',
      },
      {
        nl: 'We zeggen dat mensen centraal staan, maar bij besparingen merk ik daar weinig van.',
        en: 'We say people come first, but when costs are cut I see little of that.',
      },
    ],
    positive: [
      {
        nl: 'De directie legde open uit waarom de keuze gemaakt werd, dat waardeer ik.',
        en: 'Management openly explained why the choice was made; I appreciate that.',
      },
      {
        nl: 'Wat op de nieuwjaarsreceptie beloofd werd, is ook echt gebeurd.',
        en: 'What was promised at the new year reception actually happened.',
      },
      {
        nl: 'Onze waarden zijn geen woorden op een affiche, je merkt ze in de keuzes.',
        en: "Our values aren't just words on a poster; you see them in the choices made.",
      },
    ],
  },
};

/**
 * A comment that fits the response: a complaint about its weakest line when that line scored
 * below 3, otherwise praise for its strongest line; in the person's language.
 */
export function chooseComment(random: Random, lineScores: ReadonlyMap<ConnectionLine, number>, locale: Locale): string {
  const ranked = [...CONNECTION_LINES].sort((a, b) => (lineScores.get(a) ?? 3) - (lineScores.get(b) ?? 3));
  const weakest = ranked[0] as ConnectionLine;
  const negative = (lineScores.get(weakest) ?? 3) < 3;
  const line = negative ? weakest : (ranked[ranked.length - 1] as ConnectionLine);
  const comment = random.pick(DEMO_COMMENTS[line][negative ? 'negative' : 'positive']);
  return locale === 'en' ? comment.en : comment.nl;
}

const LINE_OF_TEXT = new Map<string, ConnectionLine>(
  CONNECTION_LINES.flatMap((line) =>
    (['positive', 'negative'] as const).flatMap((tone) =>
      DEMO_COMMENTS[line][tone].flatMap((comment) => [[comment.nl, line] as const, [comment.en, line] as const]),
    ),
  ),
);

/**
 * The line a demo comment's author tags it with: the line it is about, for every other response (by
 * its id, so the seed's random draws stay the same); the rest are left untagged, as people may.
 */
export function demoCommentLine(body: string, responseId: number): ConnectionLine | null {
  return responseId % 2 === 0 ? (LINE_OF_TEXT.get(body) ?? null) : null;
}
