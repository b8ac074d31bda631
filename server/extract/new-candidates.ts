// Spans of the text that may name an entity data/ does not know yet: people, countries and
// organizations as compromise tags them, organization-like names ("… Cooperation Organisation")
// and acronyms in capitals ("SCO"). Each span is cleaned of titles, punctuation and possessives.
import nlp from 'compromise';
import { z } from 'zod';
import type { EntityKind } from '../../contract/index.ts';
import { countryNames, countryOfAcronym, demonymsOf } from './demonyms.ts';
import { foldKey } from './fold.ts';

export interface Candidate {
  name: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** A title stood before a person's name ("Foreign Minister"). */
  titled: boolean;
  /**
   * The name holds a known name and is still a new entity of its own: "Islamic Emirate of
   * Freedonia", "the Freedonian foreign ministry", "the ‘Made in Freedonia’ initiative".
   */
  wraps?: boolean;
}

/** Heads whose names wrap a country's name without being that country. */
const WRAPPING_HEAD = /\b(?:empire|emirate|caliphate|republic|kingdom|mujahideen|militia|ministry|process|initiative|format)\b/i;

const CompromiseMatches = z.array(
  z.object({ text: z.string(), offset: z.object({ start: z.int().nonnegative(), length: z.int().nonnegative() }) }),
);

const TITLE =
  /^(?:(?:the|former|then|deputy|vice|acting|chief|foreign|prime|defen[cs]e|interior|finance|army|president|minister|secretary|general|gen\.|lt\.|col\.|maj\.|mr\.|mrs\.|ms\.|dr\.|prof\.|king|queen|prince|sheikh|ambassador|senator|sen\.|chancellor|premier|spokesman|spokesperson|envoy|commander|admiral|adviser|advisor|special|representative|state|of|counsellor|counselor)\s+)+/i;
const LEADING_THE = /^the\s+/i;
const ORG_HEAD =
  'Organi[sz]ation|Council|Union|Alliance|Forum|Agency|Bank|Fund|Party|Army|Movement|Corridor|Process|Initiative|Ministry|Committee|Pact|Treaty|Agreement|Group|Conference|Front|Federation|Commission|Court|Assembly|Cent(?:er|re)|Institute|Institution|University|Foundation|Service|Mujahideen|Militia|Brigades?|Empire|Emirate|Caliphate|Republic|Kingdom';
/** Capitalised words ending in a head noun, with an "of …" after it ("Islamic Emirate of Afghanistan"). */
const ORG_NAME = new RegExp(
  `(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|the)\\s+)?){1,5}(?:${ORG_HEAD})\\b(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)?`,
  'gu',
);
/** A named process or initiative printed in lower case after its name: "the Minsk process", "the Doha format". */
const NAMED_PROCESS = /\b(?!(?:The|This|That|A|An|Its|Their|His|Her|Our)\b)\p{Lu}[\p{L}-]+\s+(?:process|format|initiative)\b/gu;
/** A quoted title with its kind: "the ‘Clean Seas’ initiative", "the “Buy Local” programme". */
const QUOTED_INITIATIVE =
  /[‘“'"](\p{Lu}[^‘’“”'"\n]{2,40})[’”'"]\s+(?:initiative|programme|program|campaign|scheme|plan|project|policy)\b/gu;
const ACRONYM = /\b\p{Lu}{2,6}\b/gu;
/** Capitals that are not names: units, titles, and common words of headlines set in capitals. */
const NOT_ACRONYMS = new Set(
  ['AM', 'PM', 'TV', 'OK', 'CEO', 'GDP', 'COVID', 'II', 'III', 'IV', 'VS', 'PS', 'AD', 'BC', 'FM'].concat([
    'A',
    'AN',
    'AND',
    'THE',
    'OF',
    'FOR',
    'TO',
    'IN',
    'ON',
    'BY',
    'AT',
    'AS',
    'IS',
    'IT',
    'WE',
    'OR',
    'NOT',
    'NEW',
    'WITH',
  ]),
);
const STATE = /\b(?:empire|emirate|caliphate|republic|kingdom)\b/i;
const GROUP = /\b(?:taliban|militia|militants|rebels|insurgents|movement|front|brigade|jihad|mujahideen|army)\b/i;
const INITIATIVE = /\b(?:process|initiative|corridor|programme|program|project|deal|agreement|pipeline|treaty|pact)\b/i;

/** The kind an organization-like name suggests. */
export function organizationKind(name: string): EntityKind {
  if (STATE.test(name)) return 'Country';
  if (INITIATIVE.test(name)) return 'Initiative';
  if (GROUP.test(name)) return 'Group';
  return 'Organization';
}

/** Trims a span to its name: no title before, no punctuation or possessive after. */
function cleaned(text: string, span: { start: number; end: number; person: boolean }): { start: number; end: number; titled: boolean } {
  let from = span.start;
  let to = span.end;
  const title = (span.person ? TITLE : LEADING_THE).exec(text.slice(from, to));
  const titled = span.person && title !== null;
  if (title !== null) from += title[0].length;
  // A hyphenated given name ("Kassym-Jomart"): the tagger may start the span after the hyphen.
  const hyphenated = /\p{Lu}[\p{L}]*-$/u.exec(text.slice(Math.max(0, from - 30), from));
  if (span.person && hyphenated !== null) from -= hyphenated[0].length;
  const tail = /(?:['’]s|['’])?[\s.,;:!?)”"’]*$/u.exec(text.slice(from, to));
  if (tail !== null) to -= tail[0].length;
  return { start: from, end: to, titled };
}

function compromiseSpans(text: string): { people: unknown; places: unknown; orgs: unknown } {
  const doc = nlp(text);
  return {
    people: doc.people().json({ offset: true }),
    places: doc.places().json({ offset: true }),
    orgs: doc.organizations().json({ offset: true }),
  };
}

const asPerson = (): EntityKind => 'Person';

function fromMatches(text: string, raw: unknown, kindOf: (name: string) => EntityKind | null): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { offset } of CompromiseMatches.parse(raw)) {
    const person = kindOf === asPerson;
    const span = cleaned(text, { start: offset.start, end: offset.start + offset.length, person });
    const name = text.slice(span.start, span.end);
    if (!/^\p{Lu}/u.test(name)) continue;
    if (person && !span.titled && !/\s/.test(name)) continue; // a lone capitalised word is rarely a new person
    const kind = kindOf(name);
    if (kind !== null) candidates.push({ name, kind, start: span.start, end: span.end, titled: span.titled });
  }
  return candidates;
}

/**
 * A dateline opens a news paragraph with the place it was filed from, in capitals: "ASTANA —",
 * "KABUL, Afghanistan (Reuters) -". A place, not an organisation's acronym.
 */
const DATELINE_REST = /^(?:,\s*[\p{L} .]+)?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]\s/u;
function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(lineStart, start).trim() === '' && DATELINE_REST.test(text.slice(end, end + 60));
}

function fromPattern(text: string, pattern: RegExp, keep: (name: string, at: number) => boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = cleaned(text, { start: match.index, end: match.index + match[0].length, person: false });
    const name = text.slice(span.start, span.end);
    if (name.length > 1 && /^\p{Lu}/u.test(name) && keep(name, span.start)) {
      const kind = countryOfAcronym(name) === undefined ? organizationKind(name) : 'Country';
      candidates.push({ name, kind, start: span.start, end: span.end, titled: false, wraps: WRAPPING_HEAD.test(name) });
    }
  }
  return candidates;
}

/** The quoted title of an initiative, without its quotes: "Clean Seas" of "the ‘Clean Seas’ initiative". */
function fromQuoted(text: string): Candidate[] {
  return [...text.matchAll(QUOTED_INITIATIVE)].map((match) => {
    const name = match[1] ?? '';
    const start = match.index + 1;
    return { name, kind: 'Initiative' as const, start, end: start + name.length, titled: false, wraps: true };
  });
}

/** "Russian foreign ministry", "the Turkish defence ministry": a government body named by its demonym. */
function ministryPattern(): RegExp {
  const demonyms = countryNames().flatMap((name) => [...demonymsOf(name)]);
  const area = 'foreign|defen[cs]e|interior|finance|trade|economy|energy|health|justice';
  return new RegExp(`\\b(?:${demonyms.join('|')})\\s+(?:${area})\\s+ministry\\b`, 'gu');
}

/** Candidate spans in text order; several may overlap (the caller decides). */
export function findCandidates(text: string): Candidate[] {
  const countries = new Set(countryNames().map(foldKey));
  const spans = compromiseSpans(text);
  const all = [
    ...fromMatches(text, spans.people, asPerson),
    ...fromMatches(text, spans.places, (name) => (countries.has(foldKey(name)) ? 'Country' : null)),
    ...fromMatches(text, spans.orgs, organizationKind),
    ...fromPattern(text, ORG_NAME, () => true),
    ...fromPattern(text, NAMED_PROCESS, () => true),
    ...fromPattern(text, ministryPattern(), () => true),
    ...fromQuoted(text),
    ...fromPattern(text, ACRONYM, (name, at) => !NOT_ACRONYMS.has(name) && !isDateline(text, at, at + name.length)),
  ];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
