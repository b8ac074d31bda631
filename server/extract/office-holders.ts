// Office holders named with their title: "French President Emmanuel Macron", "Russia’s foreign
// minister Sergey Lavrov", or a known alias that holds the whole phrase ("Indian External Affairs
// Minister Jaishankar"). Each proposes HOLDS_OFFICE_IN from the person to the country or body.
import type { ProposedClaim } from '../../contract/index.ts';
import { fold } from './fold.ts';
import type { Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';

const TITLE =
  /\b(?:minister|president|premier|chancellor|secretary|ambassador|envoy|spokes(?:man|woman|person)|chief|general|commander|king|queen|leader|official|diplomat|adviser|advisor|representative|governor|senator|mayor|director|chair(?:man|woman|person)?|head|deputy|fellow|professor)\b/;
/** Between the country and the person: the possessive and a few words of title ("’s army chief, Gen."). */
const TITLE_GAP = /^(?:['’]s)?\s+(?:[\p{L}.-]+,?\s+){1,5}$/u;

const OFFICE_TYPE = 'HOLDS_OFFICE_IN';

function officeClaim(person: Mention, body: Mention, span: [number, number], text: string): ProposedClaim {
  return {
    subject: person.ref,
    object: body.ref,
    type: OFFICE_TYPE,
    polarity: 'neutral',
    statedBy: null,
    quote: text.slice(span[0], span[1]),
    offsets: span,
  };
}

/** A person and the country or body whose office they hold, with the words that say so. */
export interface Office {
  person: Mention;
  body: Mention;
  span: [number, number];
  /** The body is printed as the person's title ("Freedonia's foreign minister X"), not on its own. */
  inTitle: boolean;
}

/** A name inside a title is its field, not the office's body: "envoy for Freedonia", "minister of trade". */
const FIELD_BEFORE = /\b(?:for|of|to|on|in)\s+(?:the\s+)?$/i;

/**
 * A body named right before a titled person, or before a title whose field names another
 * ("Freedonia's Special Envoy for Sylvania, X": Freedonia is the body, Sylvania the field).
 */
function titledAfter(text: string, mentions: readonly Mention[], index: number): Office | null {
  const person = mentions[index];
  if (person?.kind !== 'Person') return null;
  for (let back = index - 1; back >= Math.max(0, index - 2); back -= 1) {
    const body = mentions[back];
    if (body === undefined || body.kind === 'Person') return null;
    const gap = text.slice(body.end, person.start);
    if (TITLE_GAP.test(gap) && TITLE.test(fold(gap))) return { person, body, span: [body.start, person.end], inTitle: true };
    if (!FIELD_BEFORE.test(text.slice(Math.max(0, body.start - 12), body.start))) return null;
  }
  return null;
}

/**
 * The body of a title set after the person between commas: the last organization the apposition
 * names, else its last country ("X, Deputy Director of the Asia Program at the Y Center").
 */
function titledBefore(text: string, mentions: readonly Mention[], index: number): Office | null {
  const person = mentions[index];
  if (person?.kind !== 'Person') return null;
  const apposition = /^,(?:[^,.;:()]|\.(?!\s))*/.exec(text.slice(person.end, person.end + 160))?.[0] ?? '';
  // The title opens the apposition ("X, deputy director …"), not a clause ("X, who met …").
  if (!TITLE.test(fold(apposition.slice(0, 40)))) return null;
  const end = person.end + apposition.length;
  const inside = mentions.filter((m) => m.start > person.end && m.end <= end);
  if (inside.some((m) => m.kind === 'Person')) return null;
  const body = inside.filter((m) => m.kind === 'Organization').at(-1) ?? inside.filter((m) => m.kind === 'Country').at(-1);
  return body === undefined ? null : { person, body, span: [person.start, body.end], inTitle: false };
}

/**
 * The offices one sentence names. `bodiesIn` finds the countries and organizations named inside a
 * person's own mention, for aliases that hold the whole titled phrase.
 */
export function officesIn(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  bodiesIn: (surface: string) => Mention[],
): Office[] {
  const offices: Office[] = [];
  mentions.forEach((mention, index) => {
    const titled = titledAfter(text, mentions, index) ?? titledBefore(text, mentions, index);
    if (titled !== null) offices.push(titled);
    if (mention.kind !== 'Person' || mention.start < sentence.start || !TITLE.test(fold(mention.surface))) return;
    const inner = bodiesIn(mention.surface).find((found) => found.kind !== 'Person' && found.start === 0);
    if (inner === undefined || inner.ref === mention.ref) return;
    const body = { ...inner, start: mention.start, end: mention.start + inner.end };
    offices.push({ person: mention, body, span: [mention.start, mention.end], inTitle: false });
  });
  return offices;
}

/** HOLDS_OFFICE_IN claims for the offices of a sentence. */
export function officeClaims(text: string, offices: readonly Office[]): ProposedClaim[] {
  return offices.map((office) => officeClaim(office.person, office.body, office.span, text));
}
