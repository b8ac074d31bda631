// Data files with one fault each, and where the validator must report it: the table the
// validation tests run through.
import type { Problem, ProblemCode } from '../../server/corpus/problem.ts';
import { recordAt, type FixtureFiles } from './fixture.ts';

export interface Where {
  file: string;
  path: string;
  code: ProblemCode;
}

export const where = ({ file, path, code }: Problem): Where => ({ file, path, code });

export const A = 'claims/article-a.yaml';
export const B = 'claims/article-b.yaml';
export const claimA = (files: FixtureFiles, index: number) => recordAt(files.claims['article-a'], index);
export const claimB = (files: FixtureFiles, index: number) => recordAt(files.claims['article-b'], index);

export interface BadInput extends Where {
  when: string;
  mutate: (files: FixtureFiles) => void;
}

export const badInputs: BadInput[] = [
  // references between records
  {
    when: 'a claim names an unknown subject',
    mutate: (f) => {
      claimA(f, 0).subject = 'nobody';
    },
    file: A,
    path: '[0].subject',
    code: 'unknown_entity',
  },
  {
    when: 'a claim names an unknown object',
    mutate: (f) => {
      claimA(f, 0).object = 'nobody';
    },
    file: A,
    path: '[0].object',
    code: 'unknown_entity',
  },
  {
    when: 'a claim is stated by an unknown entity',
    mutate: (f) => {
      claimA(f, 1).statedBy = 'nobody';
    },
    file: A,
    path: '[1].statedBy',
    code: 'unknown_entity',
  },
  {
    when: 'a claim names an unknown article',
    mutate: (f) => {
      claimB(f, 0).article = 'article-z';
    },
    file: B,
    path: '[0].article',
    code: 'unknown_article',
  },
  {
    when: 'a claim has a type not in the vocabulary',
    mutate: (f) => {
      claimA(f, 0).type = 'BEFRIENDS';
    },
    file: A,
    path: '[0].type',
    code: 'unknown_type',
  },
  {
    when: 'a claim relates an entity to itself',
    mutate: (f) => {
      claimA(f, 0).object = 'russia';
    },
    file: A,
    path: '[0].object',
    code: 'self_relation',
  },
  // unique ids and names
  {
    when: 'two claim files use the same claim id',
    mutate: (f) => {
      claimB(f, 0).id = claimA(f, 0).id;
    },
    file: B,
    path: '[0].id',
    code: 'duplicate_id',
  },
  {
    when: 'two entities have the same id',
    mutate: (f) => {
      f.entities.push({ ...recordAt(f.entities, 0), name: 'Russia again', aliases: [] });
    },
    file: 'entities.yaml',
    path: '[5].id',
    code: 'duplicate_id',
  },
  {
    when: 'two articles have the same id',
    mutate: (f) => {
      f.articles.push({ ...recordAt(f.articles, 0), sha256: 'c'.repeat(64) });
    },
    file: 'articles.yaml',
    path: '[2].id',
    code: 'duplicate_id',
  },
  {
    when: 'the vocabulary lists a type twice',
    mutate: (f) => {
      f.vocabulary.push({ ...recordAt(f.vocabulary, 2) });
    },
    file: 'vocabulary.yaml',
    path: '[4].type',
    code: 'duplicate_id',
  },
  {
    when: 'two entities share an alias in different case',
    mutate: (f) => {
      (recordAt(f.entities, 4).aliases as string[]).push('moscow');
    },
    file: 'entities.yaml',
    path: '[4].aliases[1]',
    code: 'duplicate_alias',
  },
  {
    when: 'an alias is the name of another entity',
    mutate: (f) => {
      (recordAt(f.entities, 4).aliases as string[]).unshift('PAKISTAN');
    },
    file: 'entities.yaml',
    path: '[4].aliases[0]',
    code: 'duplicate_alias',
  },
  // one claim against its schema
  {
    when: 'a claim has a bad polarity',
    mutate: (f) => {
      claimA(f, 0).polarity = 'friendly';
    },
    file: A,
    path: '[0].polarity',
    code: 'bad_polarity',
  },
  {
    when: 'a claim has an empty quote',
    mutate: (f) => {
      claimA(f, 0).quote = '';
    },
    file: A,
    path: '[0].quote',
    code: 'empty_quote',
  },
  {
    when: 'a claim has a negative offset',
    mutate: (f) => {
      claimA(f, 0).offsets = [-1, 38];
    },
    file: A,
    path: '[0].offsets[0]',
    code: 'negative_offset',
  },
  {
    when: 'a claim has a fractional offset',
    mutate: (f) => {
      claimA(f, 0).offsets = [120.5, 159];
    },
    file: A,
    path: '[0].offsets[0]',
    code: 'bad_offsets',
  },
  {
    when: 'a claim has three offsets',
    mutate: (f) => {
      claimA(f, 0).offsets = [120, 159, 160];
    },
    file: A,
    path: '[0].offsets',
    code: 'bad_offsets',
  },
  {
    when: 'a claim ends before it starts',
    mutate: (f) => {
      claimA(f, 0).offsets = [159, 120];
    },
    file: A,
    path: '[0].offsets',
    code: 'bad_offsets',
  },
  {
    when: 'a claim’s offsets do not span its quote',
    mutate: (f) => {
      claimA(f, 0).offsets = [120, 130];
    },
    file: A,
    path: '[0].offsets',
    code: 'bad_offsets',
  },
  {
    when: 'a claim id is not a slug',
    mutate: (f) => {
      claimA(f, 0).id = 'Russia_Cooperates';
    },
    file: A,
    path: '[0].id',
    code: 'bad_slug',
  },
  {
    when: 'a claim has an unknown extra field',
    mutate: (f) => {
      claimA(f, 0).confidence = 'high';
    },
    file: A,
    path: '[0].confidence',
    code: 'unknown_field',
  },
  {
    when: 'a claim date is not YYYY-MM-DD',
    mutate: (f) => {
      claimA(f, 0).date = '2021/04/07';
    },
    file: A,
    path: '[0].date',
    code: 'bad_date',
  },
];
