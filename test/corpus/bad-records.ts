// Data files with one fault each in an entity, article or vocabulary entry, or in a whole file,
// and where the validator must report it (the claims' faults are in bad-inputs.ts).
import { B, type BadInput } from './bad-inputs.ts';
import { recordAt } from './fixture.ts';

export const badRecords: BadInput[] = [
  // outlets.yaml, and an article's reference to it
  {
    when: 'an outlet has a country that is not an ISO 3166-1 alpha-2 code',
    mutate: (f) => {
      recordAt(f.outlets, 0).country = 'Pakistan';
    },
    file: 'outlets.yaml',
    path: '[0].country',
    code: 'bad_country',
  },
  {
    when: 'an outlet lacks its name',
    mutate: (f) => {
      delete recordAt(f.outlets, 1).name;
    },
    file: 'outlets.yaml',
    path: '[1].name',
    code: 'missing_field',
  },
  {
    when: 'an outlet id is used twice',
    mutate: (f) => {
      recordAt(f.outlets, 1).id = 'example-news';
    },
    file: 'outlets.yaml',
    path: '[1].id',
    code: 'duplicate_id',
  },
  {
    when: 'an article names an outlet that outlets.yaml does not have',
    mutate: (f) => {
      recordAt(f.articles, 1).outlet = 'no-such-outlet';
    },
    file: 'articles.yaml',
    path: '[1].outlet',
    code: 'unknown_outlet',
  },
  {
    when: 'an article names its outlet by name rather than by id',
    mutate: (f) => {
      recordAt(f.articles, 0).outlet = 'Example News';
    },
    file: 'articles.yaml',
    path: '[0].outlet',
    code: 'bad_slug',
  },
  // one entity, article or vocabulary entry against its schema (references to it are not reported again)
  {
    when: 'an entity has a bad kind',
    mutate: (f) => {
      recordAt(f.entities, 1).kind = 'Nation';
    },
    file: 'entities.yaml',
    path: '[1].kind',
    code: 'bad_kind',
  },
  {
    when: 'an entity has an empty alias',
    mutate: (f) => {
      recordAt(f.entities, 0).aliases = [''];
    },
    file: 'entities.yaml',
    path: '[0].aliases[0]',
    code: 'empty_value',
  },
  {
    when: 'an article lacks a field',
    mutate: (f) => {
      delete recordAt(f.articles, 0).title;
    },
    file: 'articles.yaml',
    path: '[0].title',
    code: 'missing_field',
  },
  {
    when: 'an article title is a number',
    mutate: (f) => {
      recordAt(f.articles, 0).title = 42;
    },
    file: 'articles.yaml',
    path: '[0].title',
    code: 'invalid_type',
  },
  {
    when: 'an article has a bad sha256',
    mutate: (f) => {
      recordAt(f.articles, 0).sha256 = 'ABC123';
    },
    file: 'articles.yaml',
    path: '[0].sha256',
    code: 'bad_sha256',
  },
  {
    when: 'an article event date is prose',
    mutate: (f) => {
      recordAt(f.articles, 0).eventDate = 'April 7, 2021';
    },
    file: 'articles.yaml',
    path: '[0].eventDate',
    code: 'bad_date',
  },
  {
    when: 'an article url is not http(s)',
    mutate: (f) => {
      recordAt(f.articles, 0).url = 'ftp://example.org/a';
    },
    file: 'articles.yaml',
    path: '[0].url',
    code: 'bad_url',
  },
  // an article's mentions (entities it names without a claim)
  {
    when: 'an article mentions an unknown entity',
    mutate: (f) => {
      recordAt(f.articles, 0).mentions = ['india', 'atlantis'];
    },
    file: 'articles.yaml',
    path: '[0].mentions[1]',
    code: 'unknown_entity',
  },
  {
    when: 'an article lists a mention twice',
    mutate: (f) => {
      recordAt(f.articles, 1).mentions = ['russia', 'russia'];
    },
    file: 'articles.yaml',
    path: '[1].mentions[1]',
    code: 'duplicate_mention',
  },
  {
    when: 'an article lists an entity that its own claim names',
    mutate: (f) => {
      recordAt(f.articles, 0).mentions = ['india', 'shah-mahmood-qureshi'];
    },
    file: 'articles.yaml',
    path: '[0].mentions[1]',
    code: 'mention_of_claimed_entity',
  },
  {
    when: 'an article mention is not a slug',
    mutate: (f) => {
      recordAt(f.articles, 0).mentions = ['New Delhi'];
    },
    file: 'articles.yaml',
    path: '[0].mentions[0]',
    code: 'bad_slug',
  },
  {
    when: 'a vocabulary type is not UPPER_SNAKE',
    mutate: (f) => {
      recordAt(f.vocabulary, 3).type = 'Accuses';
    },
    file: 'vocabulary.yaml',
    path: '[3].type',
    code: 'bad_type_name',
  },
  {
    when: 'a vocabulary entry has a bad polarity',
    mutate: (f) => {
      recordAt(f.vocabulary, 0).polarity = 'friendly';
    },
    file: 'vocabulary.yaml',
    path: '[0].polarity',
    code: 'bad_polarity',
  },
  // whole files (references into them are not reported again)
  {
    when: 'a claims file has a YAML syntax error',
    mutate: (f) => {
      f.verbatim[B] = '- id: [unclosed\n';
    },
    file: B,
    path: '',
    code: 'yaml_syntax',
  },
  {
    when: 'a record repeats a YAML key',
    mutate: (f) => {
      f.verbatim[B] = '- id: one\n  id: two\n';
    },
    file: B,
    path: '',
    code: 'duplicate_key',
  },
  {
    when: 'a claims file is empty',
    mutate: (f) => {
      f.verbatim[B] = '';
    },
    file: B,
    path: '',
    code: 'empty_file',
  },
  {
    when: 'articles.yaml is a mapping, not a list',
    mutate: (f) => {
      f.verbatim['articles.yaml'] = 'id: article-a\n';
    },
    file: 'articles.yaml',
    path: '',
    code: 'not_a_list',
  },
  {
    when: 'entities.yaml is missing',
    mutate: (f) => {
      f.omitted.push('entities.yaml');
    },
    file: 'entities.yaml',
    path: '',
    code: 'missing_file',
  },
  {
    when: 'the claims directory is missing',
    mutate: (f) => {
      f.claims = {};
    },
    file: 'claims/',
    path: '',
    code: 'missing_file',
  },
];
