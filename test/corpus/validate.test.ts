import { afterEach, describe, expect, it } from 'vitest';
import type { Problem, ProblemCode } from '../../server/corpus/problem.ts';
import { readCorpus } from '../../server/corpus/read.ts';
import { checkCorpus, validateCorpus } from '../../server/corpus/validate.ts';
import { recordAt, removeDataDir, validFixture, writeFixture, type FixtureFiles } from './fixture.ts';

interface Where {
  file: string;
  path: string;
  code: ProblemCode;
}

const where = ({ file, path, code }: Problem): Where => ({ file, path, code });

const A = 'claims/article-a.yaml';
const B = 'claims/article-b.yaml';
const claimA = (files: FixtureFiles, index: number) => recordAt(files.claims['article-a'], index);
const claimB = (files: FixtureFiles, index: number) => recordAt(files.claims['article-b'], index);

const dataDirs: string[] = [];
afterEach(() => {
  for (const dir of dataDirs.splice(0)) removeDataDir(dir);
});

function check(files: FixtureFiles) {
  const dataDir = writeFixture(files);
  dataDirs.push(dataDir);
  return checkCorpus(dataDir);
}

interface BadInput extends Where {
  when: string;
  mutate: (files: FixtureFiles) => void;
}

const badInputs: BadInput[] = [
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

describe('checkCorpus', () => {
  it('when the corpus is valid, then it reports no problem and reads every record', () => {
    // Arrange
    const files = validFixture();

    // Act
    const { corpus, problems } = check(files);

    // Assert
    expect(problems).toEqual([]);
    expect(corpus.vocabulary).toHaveLength(4);
    expect(corpus.articles).toHaveLength(2);
    expect(corpus.entities).toHaveLength(5);
    expect(corpus.claims.map((claim) => claim.id)).toEqual([
      'a-russia-cooperates-with-pakistan',
      'a-lavrov-met-qureshi',
      'b-india-rival-of-pakistan',
    ]);
  });

  const badInputCases = badInputs.map(
    (input) => [`${input.when}, then it reports only ${input.code} at ${input.file}:${input.path}`, input] as const,
  );

  it.each(badInputCases)('when %s', (_title, { mutate, file, path, code }) => {
    // Arrange
    const files = validFixture();
    mutate(files);

    // Act
    const { problems } = check(files);

    // Assert
    expect(problems.map(where)).toEqual([{ file, path, code }]);
  });

  it('when several files have faults, then every problem is reported at once, sorted by file then path', () => {
    // Arrange
    const files = validFixture();
    claimB(files, 0).polarity = 'hostile';
    claimA(files, 1).statedBy = 'nobody';
    claimA(files, 0).type = 'BEFRIENDS';
    recordAt(files.entities, 2).kind = 'Minister';
    recordAt(files.articles, 1).sha256 = 'not-a-hash';
    files.vocabulary.push({ ...recordAt(files.vocabulary, 3) });

    // Act
    const { problems } = check(files);

    // Assert
    expect(problems.map(where)).toEqual([
      { file: 'articles.yaml', path: '[1].sha256', code: 'bad_sha256' },
      { file: A, path: '[0].type', code: 'unknown_type' },
      { file: A, path: '[1].statedBy', code: 'unknown_entity' },
      { file: B, path: '[0].polarity', code: 'bad_polarity' },
      { file: 'entities.yaml', path: '[2].kind', code: 'bad_kind' },
      { file: 'vocabulary.yaml', path: '[4].type', code: 'duplicate_id' },
    ]);
  });

  it('when paths hold list indices, then they sort in numeric order', () => {
    // Arrange
    const files = validFixture();
    files.claims['article-a'] = Array.from({ length: 12 }, (_, index) => ({
      ...claimA(files, 0),
      id: `claim-${index}`,
      subject: 'nobody',
    }));

    // Act
    const { problems } = check(files);

    // Assert
    expect(problems.map((problem) => problem.path)).toEqual(Array.from({ length: 12 }, (_, index) => `[${index}].subject`));
  });

  it('when a YAML file has a syntax error on line 3, then the problem gives line 3', () => {
    // Arrange
    const files = validFixture();
    files.verbatim[B] = '- id: one\n  subject: russia\n  object: pakistan: india\n';

    // Act
    const { problems } = check(files);

    // Assert
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: B, code: 'yaml_syntax', line: 3 });
  });

  it('when a reference is unknown, then the problem gives the line of the field', () => {
    // Arrange
    const files = validFixture();
    claimA(files, 1).subject = 'nobody';
    const text = `# a comment first\n${JSON.stringify(files.claims['article-a'], null, 2)}\n`;
    files.verbatim[A] = text;

    // Act
    const { problems } = check(files);

    // Assert
    const subjectLine = text.split('\n').findIndex((line) => line.includes('"nobody"')) + 1;
    expect(problems).toEqual([expect.objectContaining({ file: A, path: '[1].subject', code: 'unknown_entity', line: subjectLine })]);
  });
});

describe('validateCorpus', () => {
  function read(files: FixtureFiles) {
    const dataDir = writeFixture(files);
    dataDirs.push(dataDir);
    return readCorpus(dataDir);
  }

  it('when a corpus built in code has a fault, then the problem names the claims file of its article', () => {
    // Arrange
    const { corpus } = read(validFixture());
    const claim = corpus.claims[2];
    if (claim === undefined) throw new Error('the fixture has three claims');
    claim.object = 'nobody';

    // Act
    const problems = validateCorpus(corpus);

    // Assert
    expect(problems.map(where)).toEqual([{ file: B, path: '[0].object', code: 'unknown_entity' }]);
  });

  it('when one claim has several faults, then each is reported at the claim’s place in its file', () => {
    // Arrange
    const { corpus, sources } = read(validFixture());
    const claim = corpus.claims[0];
    if (claim === undefined) throw new Error('the fixture has three claims');
    Object.assign(claim, { subject: 'ghost', object: 'ghost', article: 'article-z', type: 'HAUNTS', offsets: [5, 6] });

    // Act
    const problems = validateCorpus(corpus, sources);

    // Assert
    expect(problems.map(where)).toEqual(
      expect.arrayContaining([
        { file: A, path: '[0].subject', code: 'unknown_entity' },
        { file: A, path: '[0].object', code: 'unknown_entity' },
        { file: A, path: '[0].article', code: 'unknown_article' },
        { file: A, path: '[0].type', code: 'unknown_type' },
        { file: A, path: '[0].object', code: 'self_relation' },
        { file: A, path: '[0].offsets', code: 'bad_offsets' },
      ]),
    );
    expect(problems).toHaveLength(6);
  });
});
