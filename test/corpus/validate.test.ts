import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../server/corpus/read.ts';
import { checkCorpus, validateCorpus } from '../../server/corpus/validate.ts';
import { A, B, badInputs, claimA, claimB, where } from './bad-inputs.ts';
import { badRecords } from './bad-records.ts';
import { recordAt, removeDataDir, validFixture, writeFixture, type FixtureFiles } from './fixture.ts';

const dataDirs: string[] = [];
afterEach(() => {
  for (const dir of dataDirs.splice(0)) removeDataDir(dir);
});

function check(files: FixtureFiles) {
  const dataDir = writeFixture(files);
  dataDirs.push(dataDir);
  return checkCorpus(dataDir);
}

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

  const badInputCases = [...badInputs, ...badRecords].map(
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

  it('when an article names an unknown outlet, then the problem names the article and the outlet id', () => {
    const files = validFixture();
    const article = recordAt(files.articles, 1);
    article.outlet = 'no-such-outlet';

    const { problems } = check(files);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'articles.yaml', path: '[1].outlet', code: 'unknown_outlet' });
    expect(problems[0]!.message).toContain(String(article.id));
    expect(problems[0]!.message).toContain('no-such-outlet');
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

describe('checkCorpus on articles’ mentions', () => {
  it('when an article lists entities no claim of its own names, then they are valid, another article’s claims notwithstanding', () => {
    // Arrange: article-b's claim names Pakistan, article-a's claims do not name India.
    const files = validFixture();
    recordAt(files.articles, 0).mentions = ['india'];
    recordAt(files.articles, 1).mentions = ['russia', 'sergey-lavrov'];

    // Act
    const { corpus, problems } = check(files);

    // Assert
    expect(problems).toEqual([]);
    expect(corpus.articles.map((article) => article.mentions)).toEqual([['india'], ['russia', 'sergey-lavrov']]);
  });

  it('when an article lists an entity its claim names, then the message names the claim, its file and its line', () => {
    // Arrange
    const files = validFixture();
    recordAt(files.articles, 1).mentions = ['pakistan'];

    // Act
    const { problems } = check(files);

    // Assert
    expect(problems).toEqual([
      {
        file: 'articles.yaml',
        path: '[1].mentions[0]',
        code: 'mention_of_claimed_entity',
        message:
          `"pakistan" is named by the claim "b-india-rival-of-pakistan" of "article-b" (${B} [0], line 1), ` +
          'which makes the mention already: list only entities the article names without a claim',
        line: expect.any(Number) as number,
      },
    ]);
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
