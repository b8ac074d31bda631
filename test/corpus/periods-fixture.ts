// A corpus of two periods and two outlet countries, for the date, outlet and compare features:
// December 2020 and April 2021, each reported by a Pakistani and an Indian outlet, plus an undated
// wire story. Between the periods, Russia–Pakistan stays aligned (in both), Russia–India turns
// from aligned to opposed (changed sign), China–Quad is stated only in December (only in A) and
// United States–Pakistan only in April (only in B); India–Pakistan is stated only undated.
import { createHash } from 'node:crypto';
import { claimRecord, validFixture, type FixtureFiles, type LooseRecord } from './fixture.ts';

export const DECEMBER = { from: '2020-12', to: '2020-12' };
export const APRIL = { from: '2021-04', to: '2021-04' };

function article(id: string, outlet: string, published: string | null, title: string): LooseRecord {
  return {
    id,
    title,
    titleIsDescriptive: false,
    outlet,
    author: null,
    published,
    pageDate: null,
    eventDate: null,
    url: `https://example.org/${id}`,
    sha256: createHash('sha256').update(id).digest('hex'),
    notes: null,
  };
}

/** One claim per call, its quote placed after the article's previous one. */
function claimsOf(articleId: string, rows: [string, string, string, string, (string | null)?, (string | null)?][]): LooseRecord[] {
  return rows.map(([subject, type, object, quote, statedBy = null, date = null], index) =>
    claimRecord({
      id: `${articleId}-${subject}-${type.toLowerCase().replaceAll('_', '-')}-${object}`,
      subject,
      type,
      object,
      quote,
      start: 100 * (index + 1),
      article: articleId,
      polarity: type === 'MET_WITH' ? 'neutral' : type === 'COOPERATES_WITH' ? 'alliance' : 'tension',
      statedBy,
      date,
    }),
  );
}

export function periodsFixture(): FixtureFiles {
  const base = validFixture();
  return {
    ...base,
    outlets: [
      { id: 'karachi-daily', name: 'Karachi Daily', country: 'PK', url: 'https://karachi.example.org' },
      { id: 'delhi-herald', name: 'Delhi Herald', country: 'IN', url: 'https://delhi.example.org' },
      { id: 'world-wire', name: 'World Wire', country: null, url: null },
    ],
    articles: [
      article('dec-pk', 'karachi-daily', 'December 10, 2020', 'Moscow and Islamabad draw closer'),
      article('dec-in', 'delhi-herald', 'December 12, 2020', 'Delhi and Moscow reaffirm old ties'),
      article('apr-pk', 'karachi-daily', 'April 7, 2021', 'Lavrov in Islamabad'),
      article('apr-in', 'delhi-herald', 'April 6, 2021', 'A cooler welcome in Delhi'),
      article('wire', 'world-wire', null, 'Region at a glance'),
    ],
    entities: [
      ...base.entities,
      { id: 'united-states', kind: 'Country', name: 'United States', aliases: ['US'], description: 'United States of America' },
      { id: 'china', kind: 'Country', name: 'China', aliases: ['Beijing'], description: "People's Republic of China" },
      { id: 'quad', kind: 'Organization', name: 'Quad', aliases: [], description: 'Quadrilateral Security Dialogue' },
    ],
    claims: {
      'dec-pk': claimsOf('dec-pk', [
        ['russia', 'COOPERATES_WITH', 'pakistan', 'Russia and Pakistan pledged closer cooperation'],
        ['russia', 'COOPERATES_WITH', 'india', 'Moscow still counts Delhi as a partner', 'sergey-lavrov'],
      ]),
      'dec-in': claimsOf('dec-in', [
        ['russia', 'COOPERATES_WITH', 'india', 'Russia and India reaffirmed their partnership'],
        ['china', 'RIVAL_OF', 'quad', 'Beijing called the Quad a rival bloc'],
      ]),
      'apr-pk': claimsOf('apr-pk', [
        ['russia', 'COOPERATES_WITH', 'pakistan', 'Russia will cooperate with Pakistan on counterterrorism', 'sergey-lavrov'],
        ['russia', 'ACCUSES', 'india', 'Moscow accused Delhi of drifting to the West'],
        ['united-states', 'MET_WITH', 'pakistan', 'US officials met Pakistani counterparts'],
      ]),
      'apr-in': claimsOf('apr-in', [
        ['russia', 'COOPERATES_WITH', 'pakistan', 'Russia deepened ties with Pakistan'],
        ['russia', 'RIVAL_OF', 'india', 'India and Russia now compete for influence'],
        ['india', 'COOPERATES_WITH', 'united-states', 'India and the US began joint patrols in March', null, '2021-03'],
      ]),
      wire: claimsOf('wire', [['india', 'RIVAL_OF', 'pakistan', 'India and Pakistan remain at odds']]),
    },
  };
}
